// Search across every verbatim of a démarche: the index is folded once per change of the data (when the screen opens), each keystroke only scans it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DemarcheData } from '../../db/demarcheReads';
import { PHASE_INDEXES } from '../../domain/guide';
import { buildSearchIndex, NO_SEARCH_FILTER, searchVerbatims, sitesOf, type SearchFilters } from '../../domain/search';
import type { Audience, PhaseIndex, SessionId, VerbatimSpeaker } from '../../domain/types';
import { countKey, INTL_LOCALE, useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { routeHref } from '../common/routes';
import { seanceLabel, speakerPublic } from './labels';
import { SearchFiltersForm, type FilterChoices } from './SearchFilters';
import { SearchResult, type SeanceInfo } from './SearchResults';
import './search.css';

/** Results shown at first and added by each « Afficher plus »: more than a screen holds, few enough to draw at each keystroke (50 took 45 ms at p95 over 25,000 verbatims, 20 take 33). */
export const PAGE = 20;
/** How long typing pauses before the address takes the words. */
const ADDRESS_AFTER = 400;

/** `initialQuery`: the words the address holds (back from a result's notes, the same results). */
export function SearchView({ data, initialQuery = '' }: { data: DemarcheData; initialQuery?: string }) {
  const { t, locale } = useI18n();
  const intl = INTL_LOCALE[locale];
  // Hundreds of ms at 25,000 verbatims: once per change of the data, never per keystroke.
  const index = useMemo(() => buildSearchIndex(data.seances), [data.seances]);
  const speakers = useMemo(() => {
    const m = new Map<string, VerbatimSpeaker>();
    for (const s of data.seances) for (const v of s.verbatims) m.set(v.id, v.speaker);
    return m;
  }, [data.seances]);
  const seances = useMemo(() => {
    const m = new Map<string, SeanceInfo>();
    for (const s of data.seances) {
      const phases = new Map(s.phases.filter((p) => !p.deleted).map((p) => [p.index as number, p.title.trim() ? t('qdpx.text.phase', { index: p.index, title: p.title.trim() }) : t('qdpx.text.phase.untitled', { index: p.index })]));
      const day = s.session.date ? formatShortDay(s.session.date, intl) : '';
      const label = day ? t('consolidation.search.seanceOn', { seance: seanceLabel(s.session, t), date: day }) : seanceLabel(s.session, t);
      m.set(s.session.id, { label, speaker: speakerPublic(s.session, t), phases });
    }
    return m;
  }, [data.seances, t, intl]);
  const choices = useMemo<FilterChoices>(() => {
    const audiences = new Set<Audience>(data.seances.flatMap((s) => s.session.audience));
    // The five phases always, titled as the first séance that has them titles them.
    const phases = new Map<PhaseIndex, string>(PHASE_INDEXES.map((i) => [i, t('qdpx.text.phase.untitled', { index: i })]));
    for (const info of [...seances.values()].reverse()) for (const [i, label] of info.phases) phases.set(i as PhaseIndex, label);
    return {
      seances: data.seances.map((s) => ({ id: s.session.id as SessionId, label: seances.get(s.session.id)?.label ?? '' })),
      sites: sitesOf(data.seances),
      audiences: (['usagers', 'agents', 'partenaires', 'elus'] as const).filter((a) => audiences.has(a)),
      phases: [...phases].sort((a, b) => a[0] - b[0]).map(([index, label]) => ({ index, label })),
    };
  }, [data.seances, seances, t]);

  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<SearchFilters>(NO_SEARCH_FILTER);
  const [limit, setLimit] = useState(PAGE);
  const empty = query.trim() === '';
  const result = useMemo(() => (empty ? null : searchVerbatims(index, query, filters, limit)), [index, query, filters, limit, empty]);

  // The filters are not drawn again at each keystroke (their lists hold every séance and site of the démarche).
  const filtersForm = useMemo(
    () => (
      <SearchFiltersForm
        choices={choices}
        filters={filters}
        onChange={(f) => {
          setFilters(f);
          setLimit(PAGE);
        }}
      />
    ),
    [choices, filters],
  );
  // The words in the address, for « Retour aux résultats », once typing pauses: Chromium's history.replaceState takes
  // milliseconds, too many for each keystroke. No new history entry, nor a hashchange (the screen stays as it is).
  const rememberWords = () => history.replaceState(history.state, '', routeHref({ name: 'demarche', id: data.demarche.id, tab: 'recherche', print: false, query: query.trim() }));
  useEffect(() => {
    const later = setTimeout(rememberWords, ADDRESS_AFTER);
    return () => clearTimeout(later);
  }, [query, data.demarche.id]);

  const status = result === null ? '' : result.total === 0 ? t('consolidation.search.none', { query: query.trim() }) : t(countKey('consolidation.search.count', result.total), { n: result.total });
  return (
    <div class="search">
      <form class="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field search-field">
          <label for="search-query">{t('consolidation.search.label')}</label>
          <input
            id="search-query"
            // A text field (the app's field look) that the on-screen keyboard treats as a search.
            type="text"
            inputMode="search"
            enterKeyHint="search"
            value={query}
            autoComplete="off"
            spellcheck={false}
            aria-describedby="search-help"
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setLimit(PAGE);
            }}
          />
          <p id="search-help" class="hint">
            {t('consolidation.search.help')}
          </p>
        </div>
        {filtersForm}
      </form>
      <p class="search-status" role="status">
        {status}
      </p>
      {result === null ? (
        <p class="hint search-empty">{index.entries.length === 0 ? t('consolidation.search.nothingYet') : t('consolidation.search.hint', { n: index.entries.length })}</p>
      ) : (
        result.hits.length > 0 && (
          <>
            {/* A result opened right after the last keystroke: the words go in the address before it leaves. */}
            <ol class="search-hits" onClickCapture={rememberWords}>
              {result.hits.map((h) => (
                <SearchResult key={`${h.seanceId}:${h.verbatimId}`} hit={h} seance={seances.get(h.seanceId)} speaker={speakers.get(h.verbatimId) ?? 'inconnu'} />
              ))}
            </ol>
            {result.total > result.hits.length && (
              <button type="button" class="btn btn-secondary search-more" onClick={() => setLimit((n) => n + PAGE)}>
                {t('consolidation.search.more', { shown: result.hits.length, total: result.total })}
              </button>
            )}
          </>
        )
      )}
    </div>
  );
}
