// Filter the timeline by person, tag and phase, and search its words (accents and case ignored).
import type { Participant, PhaseIndex, VerbatimSpeaker } from '../../domain/types';
import { isFiltering, NO_FILTER, VERBATIM_TAGS, type VerbatimFilter } from '../../domain/verbatims';
import { useI18n } from '../../i18n';

interface Props {
  filter: VerbatimFilter;
  onChange: (f: VerbatimFilter) => void;
  everyone: readonly Participant[];
}

export function NotesFilters({ filter, onChange, everyone }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<VerbatimFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset class="notes-filters" id="notes-filters">
      <legend class="visually-hidden">{t('notes.filters')}</legend>
      <label>
        <span>{t('notes.search')}</span>
        <input type="search" value={filter.search} onInput={(e) => set({ search: e.currentTarget.value })} />
      </label>
      <label>
        <span>{t('notes.filter.speaker')}</span>
        <select value={filter.speaker ?? ''} onChange={(e) => set({ speaker: (e.currentTarget.value || null) as VerbatimSpeaker | null })}>
          <option value="">{t('notes.filter.allPeople')}</option>
          {everyone.map((p) => (
            <option key={p.id} value={p.id}>
              {p.deleted ? t('notes.removed', { name: p.pseudonym }) : p.pseudonym}
            </option>
          ))}
          <option value="animateur">{t('notes.speaker.animateur')}</option>
          <option value="groupe">{t('notes.speaker.groupe')}</option>
          <option value="inconnu">{t('notes.speaker.inconnu')}</option>
        </select>
      </label>
      <label>
        <span>{t('notes.filter.tag')}</span>
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: (e.currentTarget.value || null) as VerbatimFilter['tag'] })}>
          <option value="">{t('notes.filter.all')}</option>
          {VERBATIM_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {t(`notes.tag.${tag}`)}
            </option>
          ))}
          <option value="cle">{t('notes.key')}</option>
        </select>
      </label>
      <label>
        <span>{t('notes.filter.phase')}</span>
        <select value={filter.phase ?? ''} onChange={(e) => set({ phase: e.currentTarget.value ? (Number(e.currentTarget.value) as PhaseIndex) : null })}>
          <option value="">{t('notes.filter.all')}</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {t('notes.phaseShort', { n })}
            </option>
          ))}
        </select>
      </label>
      {isFiltering(filter) && (
        <button type="button" class="btn btn-tertiary" onClick={() => onChange(NO_FILTER)}>
          {t('notes.clearFilters')}
        </button>
      )}
    </fieldset>
  );
}
