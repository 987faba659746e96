// The verbatims by phase, newest at the bottom; follows new ones unless the secrétaire scrolled up.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Participant, Verbatim, VerbatimId } from '../../domain/types';
import { isFiltering, matches, sectionsByPhase, speakerLabel, type VerbatimFilter } from '../../domain/verbatims';
import { countKey, useI18n } from '../../i18n';
import { VerbatimItem } from './VerbatimItem';

interface Props {
  verbatims: readonly Verbatim[];
  carded: ReadonlySet<VerbatimId>;
  everyone: readonly Participant[];
  filter: VerbatimFilter;
  /** How many are shown (the latest): while filtering too, 5,000 verbatims must not slow typing down. */
  limit: number;
  /** How many more a tap on « précédents » shows at most. */
  page: number;
  /** Older verbatims not read yet (no filter active), up to one page. */
  older: number;
  onMore: () => void;
}

export function Timeline({ verbatims, carded, everyone, filter, limit, page, older, onMore }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const [away, setAway] = useState(false);

  const shown = verbatims.filter((v) => matches(v, filter));
  const visible = shown.slice(-limit);
  const sections = sectionsByPhase(visible);
  const hidden = isFiltering(filter) ? Math.min(page, shown.length - visible.length) : older;
  const people = new Map(everyone.map((p) => [p.id as string, p]));
  const words = {
    animateur: t('notes.speaker.animateur'),
    groupe: t('notes.speaker.groupe'),
    inconnu: t('notes.speaker.inconnu'),
    removed: (name: string) => t('notes.removed', { name }),
  };

  // Keyed on the newest verbatim, not the count: with a window of 60 the count stops changing.
  useLayoutEffect(() => {
    const el = box.current;
    if (el && following.current) el.scrollTop = el.scrollHeight;
  }, [verbatims[verbatims.length - 1]?.id, filter]);

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    following.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 48;
    setAway(!following.current);
  };
  const toLatest = () => {
    following.current = true;
    setAway(false);
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  };

  return (
    <section class="timeline-box" aria-labelledby="timeline-title">
      <h2 id="timeline-title" class="visually-hidden">
        {t('notes.timeline')}
      </h2>
      {isFiltering(filter) && (
        <p class="timeline-count" role="status">
          {t('notes.shown', { shown: shown.length, total: verbatims.length })}
        </p>
      )}
      <div class="timeline-scroll" ref={box} onScroll={onScroll} tabIndex={0} aria-label={t('notes.timeline')}>
        {hidden > 0 && (
          <button
            type="button"
            class="btn btn-tertiary more"
            onClick={() => {
              following.current = false;
              onMore();
            }}
          >
            {t(countKey('notes.more', hidden), { n: hidden })}
          </button>
        )}
        {verbatims.length === 0 && <p class="hint">{t('notes.none')}</p>}
        {verbatims.length > 0 && shown.length === 0 && <p class="hint">{t('notes.noMatch')}</p>}
        {sections.map((section, i) => (
          // The window's first section is cut by the window itself: keyed as « first », not by its first item, so
          // an Enter that slides the window adds one item and drops one (its first item's id rebuilt it: 60 out, 60 in).
          <div key={i === 0 ? 'first' : section.items[0]!.id} class="phase-section">
            <h3 class="phase-section-title">{t('notes.phaseShort', { n: section.phase })}</h3>
            <ol class="verbatim-list">
              {section.items.map((v) => (
                <VerbatimItem key={v.id} verbatim={v} speaker={speakerLabel(v, people, words)} carded={carded.has(v.id)} />
              ))}
            </ol>
          </div>
        ))}
      </div>
      {away && (
        <button type="button" class="btn btn-secondary to-latest" onClick={toLatest}>
          <span aria-hidden="true">↓ </span>
          {t('notes.latest')}
        </button>
      )}
    </section>
  );
}
