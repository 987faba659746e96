// Route #/plan: every fiche action of the tablet in one table, filtered, exported, printed; each row opens its fiche de suivi.
import { useState } from 'preact/hooks';
import { countKey, useI18n } from '../../i18n';
import { formatCount } from '../../i18n/format';
import type { PlanFilters } from '../../report/planTable';
import { Loading } from '../common/SessionMissing';
import { usePlanFilters } from './filterStore';
import { PlanExport } from './PlanExport';
import { PlanFilterBar } from './PlanFilterBar';
import { PlanTable } from './PlanTable';
import { usePlan } from './usePlan';
import './plan.css';

/**
 * Rows drawn at once. A tablet with a hundred séances holds hundreds of fiches: drawing them all makes opening the
 * plan and every filter wait for a table no one reads at once (`npm run bench`, case plan); the rest come on request.
 */
export const PAGE = 25;

export function PlanScreen() {
  const { t, intl } = useI18n();
  const [filters, setFilters] = usePlanFilters();
  const plan = usePlan(filters);
  const [limit, setLimit] = useState(PAGE);
  // Another filter starts again from the top (set with the filter: one render, not one more after it).
  const filter = (next: PlanFilters) => {
    setFilters(next);
    setLimit(PAGE);
  };
  if (!plan) return <Loading />;
  const { all, shown } = plan;
  const rest = shown.length - limit;
  return (
    <main id="main" class="page plan-page">
      <div class="page-head">
        <h1>{t('plan.title')}</h1>
      </div>
      {all.length === 0 ? (
        <section class="empty-state" aria-labelledby="plan-empty-title">
          <h2 id="plan-empty-title">{t('plan.empty.title')}</h2>
          <p>{t('plan.empty.body')}</p>
        </section>
      ) : (
        <>
          <p class="plan-lead">{t('plan.lead')}</p>
          <PlanFilterBar rows={all} filters={filters} onChange={filter} />
          <p class="plan-count" role="status">
            {t(countKey('plan.count', shown.length), { n: formatCount(shown.length, intl), total: formatCount(all.length, intl) })}
          </p>
          {shown.length > 0 && <PlanTable rows={shown.length > limit ? shown.slice(0, limit) : shown} />}
          {rest > 0 && (
            <button type="button" class="btn btn-secondary plan-more" onClick={() => setLimit(limit + PAGE)}>
              {t('plan.more', { n: formatCount(Math.min(PAGE, rest), intl), rest: formatCount(rest, intl) })}
            </button>
          )}
          <PlanExport filters={filters} />
        </>
      )}
    </main>
  );
}
