// Route #/plan: every fiche action of the tablet in one table, filtered, exported, printed; each row opens its fiche de suivi.
import { countKey, useI18n } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { Loading } from '../common/SessionMissing';
import { usePlanFilters } from './filterStore';
import { PlanExport } from './PlanExport';
import { PlanFilterBar } from './PlanFilterBar';
import { PlanTable } from './PlanTable';
import { usePlan } from './usePlan';
import './plan.css';

export function PlanScreen() {
  const { t, intl } = useI18n();
  const [filters, setFilters] = usePlanFilters();
  const plan = usePlan(filters);
  if (!plan) return <Loading />;
  const { all, shown } = plan;
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
          <PlanFilterBar rows={all} filters={filters} onChange={setFilters} />
          <p class="plan-count" role="status">
            {t(countKey('plan.count', shown.length), { n: formatCount(shown.length, intl), total: formatCount(all.length, intl) })}
          </p>
          {shown.length > 0 && <PlanTable rows={shown} />}
          <PlanExport filters={filters} />
        </>
      )}
    </main>
  );
}
