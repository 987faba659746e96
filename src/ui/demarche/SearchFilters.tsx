// The filters of the démarche's search: séance, site, public, phase, étiquette, citation clé; combinable, cleared in one tap.
import type { SearchFilters } from '../../domain/search';
import type { Audience, PhaseIndex, SessionId, VerbatimTag } from '../../domain/types';
import { VERBATIM_TAGS } from '../../domain/verbatims';
import { useI18n } from '../../i18n';

export interface FilterChoices {
  seances: { id: SessionId; label: string }[];
  sites: { key: string; label: string }[];
  audiences: Audience[];
  phases: { index: PhaseIndex; label: string }[];
}

interface Props {
  choices: FilterChoices;
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}

const ALL = '';

export function SearchFiltersForm({ choices, filters, onChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  const any = filters.seance !== null || filters.site !== null || filters.audience !== null || filters.phase !== null || filters.tag !== null || filters.keyOnly;
  const select = (id: string, label: string, all: string, value: string | null, options: { value: string; label: string }[], pick: (v: string | null) => void) => (
    <div class="field search-filter">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ALL} onChange={(e) => pick(e.currentTarget.value === ALL ? null : e.currentTarget.value)}>
        <option value={ALL}>{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="search-filters">
      <legend>{t('consolidation.search.filters')}</legend>
      {select('filter-seance', t('consolidation.search.seance'), t('consolidation.search.allF'), filters.seance, choices.seances.map((s) => ({ value: s.id, label: s.label })), (v) => set({ seance: v as SessionId | null }))}
      {choices.sites.length > 1 && select('filter-site', t('consolidation.search.site'), t('consolidation.search.allM'), filters.site, choices.sites.map((s) => ({ value: s.key, label: s.label })), (v) => set({ site: v }))}
      {select('filter-public', t('consolidation.search.public'), t('consolidation.search.allM'), filters.audience, choices.audiences.map((a) => ({ value: a, label: t(`field.audience.${a}`) })), (v) => set({ audience: v as Audience | null }))}
      {select('filter-phase', t('consolidation.search.phase'), t('consolidation.search.allF'), filters.phase === null ? null : String(filters.phase), choices.phases.map((p) => ({ value: String(p.index), label: p.label })), (v) => set({ phase: v === null ? null : (Number(v) as PhaseIndex) }))}
      {select('filter-tag', t('consolidation.search.tag'), t('consolidation.search.allF'), filters.tag, VERBATIM_TAGS.map((g) => ({ value: g, label: t(`notes.tag.${g}`) })), (v) => set({ tag: v as VerbatimTag | null }))}
      <label class="choice search-key">
        <input type="checkbox" checked={filters.keyOnly} onChange={(e) => set({ keyOnly: e.currentTarget.checked })} />
        <span>{t('consolidation.search.keyOnly')}</span>
      </label>
      {any && (
        <button type="button" class="btn btn-tertiary" onClick={() => onChange({ seance: null, site: null, audience: null, phase: null, tag: null, keyOnly: false })}>
          {t('consolidation.search.clear')}
        </button>
      )}
    </fieldset>
  );
}
