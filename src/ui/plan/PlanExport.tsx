// « Exporter ou imprimer »: the rows shown (filters applied) as a CSV for Excel, an .ods spreadsheet, or the A4 print view.
import { useState } from 'preact/hooks';
import { exportPlan, type PlanFormat } from '../../actions/planExport';
import { useI18n, type MessageKey } from '../../i18n';
import type { PlanFilters } from '../../report/planTable';
import { routeHref } from '../common/routes';

const FORMATS: readonly { format: PlanFormat; label: MessageKey }[] = [
  { format: 'csv', label: 'plan.export.csv' },
  { format: 'ods', label: 'plan.export.ods' },
];

export function PlanExport({ filters }: { filters: PlanFilters }) {
  const { t, intl } = useI18n();
  const [busy, setBusy] = useState<PlanFormat | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (format: PlanFormat) => {
    setBusy(format);
    setOutcome(null);
    try {
      const done = await exportPlan(format, filters, t, intl);
      const key: MessageKey = done.delivery === 'shared' ? 'transfer.export.shared' : done.delivery === 'downloaded' ? 'transfer.export.downloaded' : 'transfer.export.cancelled';
      setOutcome({ text: t(key, { name: done.name }), error: false });
    } catch {
      setOutcome({ text: t('transfer.export.failed'), error: true });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="plan-export" aria-labelledby="plan-export-title">
      <h2 id="plan-export-title">{t('plan.export.title')}</h2>
      <p class="hint">{t('plan.export.hint')}</p>
      <div class="plan-export-buttons">
        {/* Not disabled while one runs (the pressed button would lose the focus): a second press is ignored instead. */}
        {FORMATS.map(({ format, label }) => (
          <button key={format} type="button" class="btn btn-secondary" aria-busy={busy === format} aria-describedby="plan-export-status" onClick={() => busy === null && void run(format)}>
            {busy === format ? t('transfer.export.busy') : t(label)}
          </button>
        ))}
        <a class="btn btn-secondary" href={routeHref({ name: 'plan', print: true })}>
          {t('plan.export.print')}
        </a>
      </div>
      <p id="plan-export-status" role="status" class={outcome?.error ? 'error-text' : 'hint'}>
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
