// One result of the démarche's search: the verbatim with its matched words marked, who said it by public only, its séance and phase, a link to its séance's notes.
import type { ComponentChildren } from 'preact';
import type { SearchHit } from '../../domain/search';
import type { SessionId, VerbatimId, VerbatimSpeaker } from '../../domain/types';
import { useI18n } from '../../i18n';
import { routeHref } from '../common/routes';

/** What a result shows of its séance, worked out once per séance. */
export interface SeanceInfo {
  /** « séance de Lyon, 2 mars 2027 » */
  label: string;
  /** The speaker as a public (« Usager »), '' when the séance has several publics or none. */
  speaker: string;
  phases: ReadonlyMap<number, string>;
}

/** The text with each found range in a <mark>. */
export function marked(text: string, ranges: readonly [number, number][]): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let at = 0;
  ranges.forEach(([s, e], i) => {
    if (s > at) out.push(text.slice(at, s));
    out.push(<mark key={i}>{text.slice(s, e)}</mark>);
    at = e;
  });
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function SearchResult({ hit, seance, speaker }: { hit: SearchHit; seance: SeanceInfo | undefined; speaker: VerbatimSpeaker }) {
  const { t } = useI18n();
  // Never a name: a participant is shown as the séance's public, the others by their role.
  const who =
    hit.kind === 'note' ? t('consolidation.search.note') : speaker === 'animateur' ? t('qdpx.speaker.animateur') : speaker === 'groupe' ? t('qdpx.speaker.groupe') : speaker === 'inconnu' ? '' : (seance?.speaker ?? '');
  return (
    <li class="search-hit">
      <p class="search-text" dir="auto">
        {who && <span class="search-who">{t('qdpx.text.said', { speaker: who })}</span>}
        {marked(hit.text, hit.ranges)}
      </p>
      <p class="search-meta">
        {hit.key && <span class="search-key-badge">{t('consolidation.search.keyBadge')}</span>}
        <span>{seance?.label ?? ''}</span>
        <span>{seance?.phases.get(hit.phase) ?? t('qdpx.text.phase.untitled', { index: hit.phase })}</span>
        <a class="btn btn-tertiary search-open" href={routeHref({ name: 'notes', id: hit.seanceId as SessionId, verbatim: hit.verbatimId as VerbatimId })}>
          {t('consolidation.search.open')}
        </a>
      </p>
    </li>
  );
}
