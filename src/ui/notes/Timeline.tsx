// The verbatims by phase, newest at the bottom; follows new ones unless the secrétaire scrolled up, or opens at one verbatim, marked.
import type { VNode } from 'preact';
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
  /** The verbatim to open at (a search result): brought into view, marked and focused once, instead of the latest. */
  target?: VerbatimId | undefined;
}

export function Timeline({ verbatims, carded, everyone, filter, limit, page, older, onMore, target }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const following = useRef(!target);
  const reached = useRef(false);
  const [away, setAway] = useState(false);

  const shown = verbatims.filter((v) => matches(v, filter));
  // The window reaches back to the target if it is older than the latest `limit`.
  const at = target ? shown.findIndex((v) => v.id === target) : -1;
  const visible = shown.slice(-Math.max(limit, at >= 0 ? shown.length - at : 0));
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

  // Once, when the target is drawn: into view and focused (a screen reader says it too). One that is gone: the latest, as usual.
  useLayoutEffect(() => {
    const el = box.current;
    if (!target || reached.current || !el) return;
    reached.current = true;
    const item = el.querySelector<HTMLElement>('.verbatim.is-target');
    if (!item) {
      following.current = true;
      el.scrollTop = el.scrollHeight;
      return;
    }
    item.focus({ preventScroll: true });
    item.scrollIntoView?.({ block: 'center' });
    // The items above are laid out at an estimated height (content-visibility) until drawn: once they are, aim again.
    requestAnimationFrame(() => item.scrollIntoView?.({ block: 'center' }));
  });

  // An item already on screen and unchanged is handed back as the same element, which Preact does not diff again:
  // each Enter (and each read that follows it) renders one new item, not the 60 of the window.
  const rendered = useRef(new Map<string, { sig: string; node: VNode }>());
  const next = new Map<string, { sig: string; node: VNode }>();
  const item = (v: Verbatim) => {
    const speaker = speakerLabel(v, people, words);
    const isCarded = carded.has(v.id);
    const isTarget = v.id === target;
    const sig = `${v.rev}|${v.deviceId}|${v.updatedAt}|${speaker}|${isCarded}|${isTarget}`;
    const hit = rendered.current.get(v.id);
    const node = hit && hit.sig === sig ? hit.node : <VerbatimItem key={v.id} verbatim={v} speaker={speaker} carded={isCarded} target={isTarget} />;
    next.set(v.id, { sig, node });
    return node;
  };

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

  const body = sections.map((section, i) => (
    // The window's first section is cut by the window itself: keyed as « first », not by its first item, so
    // an Enter that slides the window adds one item and drops one (its first item's id rebuilt it: 60 out, 60 in).
    <div key={i === 0 ? 'first' : section.items[0]!.id} class="phase-section">
      <h3 class="phase-section-title">{t('notes.phaseShort', { n: section.phase })}</h3>
      <ol class="verbatim-list">
        {section.items.map(item)}
      </ol>
    </div>
  ));
  rendered.current = next;

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
        {body}
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
