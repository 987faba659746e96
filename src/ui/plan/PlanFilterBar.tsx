// The plan's four filters (statut, responsable, engagement, séance), combinable, each a labelled native select.
import { useMemo } from 'preact/hooks';
import { ENGAGEMENTS } from '../../domain/engagements';
import { ACTION_STATUSES } from '../../domain/plan';
import type { Engagement, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { filterChoices, isFiltered, NO_FILTERS, type PlanFilters, type PlanRow, type StatusFilter } from '../../report/planTable';
import { statusLabel } from '../../report/planSheet';

interface Props {
  rows: readonly PlanRow[];
  filters: PlanFilters;
  onChange: (next: PlanFilters) => void;
}

function Select({ id, label, value, onInput, children }: { id: string; label: string; value: string; onInput: (v: string) => void; children: preact.ComponentChildren }) {
  return (
    <div class="plan-filter">
      <label for={id}>{label}</label>
      <select id={id} class="input" value={value} onChange={(e) => onInput(e.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}

export function PlanFilterBar({ rows, filters, onChange }: Props) {
  const { t, intl } = useI18n();
  // A hundred séances make a hundred options: built when the rows change, and handed unchanged to Preact at each
  // filter, which then skips them.
  const [ownerOptions, sessionOptions] = useMemo(() => {
    const { owners, sessions } = filterChoices(rows);
    return [
      owners.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      )),
      sessions.map((s) => (
        <option key={s.id} value={s.id}>
          {[s.title || t('plan.untitledSession'), formatShortDay(s.date, intl)].filter(Boolean).join(' — ')}
        </option>
      )),
    ];
  }, [rows, t, intl]);
  const set = (patch: Partial<PlanFilters>) => onChange({ ...filters, ...patch });
  return (
    <form class="plan-filters" aria-label={t('plan.filters')} onSubmit={(e) => e.preventDefault()}>
      <Select id="plan-filter-status" label={t('plan.filter.status')} value={filters.status} onInput={(v) => set({ status: v as StatusFilter | '' })}>
        <option value="">{t('plan.filter.all')}</option>
        <option value="late">{t('plan.filter.late')}</option>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s, t)}
          </option>
        ))}
      </Select>
      <Select id="plan-filter-owner" label={t('plan.filter.owner')} value={filters.owner} onInput={(v) => set({ owner: v })}>
        <option value="">{t('plan.filter.all')}</option>
        {ownerOptions}
      </Select>
      <Select id="plan-filter-engagement" label={t('plan.filter.engagement')} value={filters.engagement} onInput={(v) => set({ engagement: v as Engagement | '' })}>
        <option value="">{t('plan.filter.all')}</option>
        {ENGAGEMENTS.map((e) => (
          <option key={e} value={e}>
            {t(`engagement.short.${e}`)}
          </option>
        ))}
      </Select>
      <Select id="plan-filter-session" label={t('plan.filter.session')} value={filters.sessionId} onInput={(v) => set({ sessionId: v as SessionId | '' })}>
        <option value="">{t('plan.filter.allSessions')}</option>
        {sessionOptions}
      </Select>
      {isFiltered(filters) && (
        <button type="button" class="btn btn-tertiary plan-clear" onClick={() => onChange(NO_FILTERS)}>
          {t('plan.filter.clear')}
        </button>
      )}
    </form>
  );
}
