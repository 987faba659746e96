// Route #/plan/imprimer: the plan (with the screen's filters) alone on A4 landscape, printed or saved as PDF by the browser.
import { useEffect } from 'preact/hooks';
import { reportFileName } from '../../format/fileName';
import { countKey, useI18n, type MessageKey } from '../../i18n';
import { formatCount, formatShortDay } from '../../i18n/format';
import { LIST, statusLabel } from '../../report/planSheet';
import type { PlanFilters, PlanRow } from '../../report/planTable';
import { Loading } from '../common/SessionMissing';
import { routeHref } from '../common/routes';
import { usePlanFilters } from './filterStore';
import { useLandscapePages } from './landscape';
import { PlanTable } from './PlanTable';
import { usePlan } from './usePlan';
import '../report/print.css';
import './plan.css';

/** « Statut : En retard ; Responsable : Nadia »: on paper, what was left out must be said. */
function filterWords(f: PlanFilters, rows: readonly PlanRow[], t: ReturnType<typeof useI18n>['t']): string {
  const parts: string[] = [];
  const say = (name: MessageKey, value: string) => parts.push(t('plan.print.filter', { name: t(name), value }));
  if (f.status) say('plan.filter.status', f.status === 'late' ? t('plan.filter.late') : statusLabel(f.status, t));
  if (f.owner) say('plan.filter.owner', f.owner);
  if (f.engagement) say('plan.filter.engagement', t(`engagement.short.${f.engagement}`));
  if (f.sessionId) say('plan.filter.session', rows.find((r) => r.sessionId === f.sessionId)?.sessionTitle ?? '');
  return parts.join(LIST);
}

export function PlanPrintScreen() {
  const { t, intl } = useI18n();
  const [filters] = usePlanFilters();
  const plan = usePlan(filters);
  useLandscapePages();
  const today = plan?.today ?? '';
  // The browser names the PDF after the page's title: the same name as the exported files.
  useEffect(() => {
    if (today) document.title = reportFileName({ day: today, title: '', what: 'plan-d-actions', anonymised: false, extension: '' }).replace(/\.$/, '');
  }, [today]);
  if (!plan) return <Loading />;
  const { all, shown } = plan;
  const filtered = filterWords(filters, all, t);
  return (
    <main id="main" class="print-page plan-print-page">
      <div class="print-bar">
        <a class="btn btn-tertiary" href={routeHref({ name: 'plan', print: false })}>
          <span aria-hidden="true">←</span> {t('plan.print.back')}
        </a>
        <button type="button" class="btn btn-primary" onClick={() => window.print()} aria-describedby="plan-print-hint">
          {t('plan.print.go')}
        </button>
        <p class="hint" id="plan-print-hint">
          {t('plan.print.hint')}
        </p>
      </div>
      <article class="print-doc plan-print-doc" aria-labelledby="plan-print-title">
        <header class="print-doc-head">
          <h1 id="plan-print-title">{t('plan.title')}</h1>
          <p class="print-subtitle">
            {t('plan.print.subtitle', { date: formatShortDay(today, intl), count: t(countKey('plan.count', shown.length), { n: formatCount(shown.length, intl), total: formatCount(all.length, intl) }) })}
          </p>
          {filtered && <p class="print-subtitle">{t('plan.print.filters', { filters: filtered })}</p>}
        </header>
        {shown.length > 0 && <PlanTable rows={shown} print />}
        <footer class="print-footer">
          <p>{t('plan.print.footer', { date: formatShortDay(today, intl) })}</p>
        </footer>
      </article>
    </main>
  );
}
