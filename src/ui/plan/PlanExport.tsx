// « Exporter ou imprimer »: the rows shown (filters applied) as a CSV for Excel, an .ods spreadsheet, or the A4 print view.
import { exportPlan, type PlanFormat } from '../../actions/planExport';
import { useI18n, type MessageKey } from '../../i18n';
import type { PlanFilters } from '../../report/planTable';
import { ExportButton, ExportStatus, useExportRun } from '../common/ExportRun';
import { routeHref } from '../common/routes';

const FORMATS: readonly { format: PlanFormat; label: MessageKey }[] = [
  { format: 'csv', label: 'plan.export.csv' },
  { format: 'ods', label: 'plan.export.ods' },
];
const STATUS = 'plan-export-status';

export function PlanExport({ filters }: { filters: PlanFilters }) {
  const { t, intl } = useI18n();
  const { busy, outcome, start } = useExportRun((format: PlanFormat) => exportPlan(format, filters, t, intl));
  return (
    <section class="plan-export" aria-labelledby="plan-export-title">
      <h2 id="plan-export-title">{t('plan.export.title')}</h2>
      <p class="hint">{t('plan.export.hint')}</p>
      <div class="plan-export-buttons">
        {FORMATS.map(({ format, label }) => (
          <ExportButton key={format} format={format} label={label} busy={busy} statusId={STATUS} onStart={start} />
        ))}
        <a class="btn btn-secondary" href={routeHref({ name: 'plan', print: true })}>
          {t('plan.export.print')}
        </a>
      </div>
      <ExportStatus id={STATUS} outcome={outcome} />
    </section>
  );
}
