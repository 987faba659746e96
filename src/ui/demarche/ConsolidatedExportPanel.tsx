// « Exporter le rapport consolidé »: Word, web page, Markdown, and the analysis file (.qdpx) of every séance with the consolidated themes.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { exportConsolidated, type ConsolidatedFormat } from '../../actions/consolidatedExport';
import type { DemarcheId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';

const DOCUMENTS: readonly { format: ConsolidatedFormat; label: MessageKey }[] = [
  { format: 'docx', label: 'reportScreen.export.docx' },
  { format: 'html', label: 'reportScreen.export.html' },
  { format: 'md', label: 'reportScreen.export.md' },
];

type Outcome = { text: string; error: boolean } | null;

export function ConsolidatedExportPanel({ id, headingRef }: { id: DemarcheId; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, intl } = useI18n();
  const [busy, setBusy] = useState<ConsolidatedFormat | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (format: ConsolidatedFormat) => {
    setBusy(format);
    setOutcome(null);
    try {
      const done = await exportConsolidated(id, format, t, intl);
      if (!done) throw new Error('démarche missing');
      const key: MessageKey = done.delivery === 'shared' ? 'transfer.export.shared' : done.delivery === 'downloaded' ? 'transfer.export.downloaded' : 'transfer.export.cancelled';
      setOutcome({ text: t(key, { name: done.name }), error: false });
    } catch {
      setOutcome({ text: t('transfer.export.failed'), error: true });
    } finally {
      setBusy(null);
    }
  };
  // Not disabled while one runs (the pressed button would lose the focus): a second press is ignored instead.
  const button = (format: ConsolidatedFormat, label: MessageKey) => (
    <button key={format} type="button" class="btn btn-secondary" aria-busy={busy === format} aria-describedby="consolidated-export-status" onClick={() => busy === null && void run(format)}>
      {busy === format ? t(format === 'docx' ? 'reportScreen.export.docx.busy' : 'transfer.export.busy') : t(label)}
    </button>
  );
  return (
    <section class="report-export" aria-labelledby="consolidated-export-title">
      <h2 id="consolidated-export-title" tabIndex={-1} ref={headingRef}>
        {t('consolidation.report.export.title')}
      </h2>
      <p>{t('consolidation.report.export.intro')}</p>
      <div class="report-export-buttons">{DOCUMENTS.map((d) => button(d.format, d.label))}</div>
      <h3 class="report-export-sub">{t('consolidation.report.qdpx.title')}</h3>
      <p>{t('consolidation.report.qdpx.body')}</p>
      <div class="report-export-buttons">{button('qdpx', 'consolidation.report.qdpx.button')}</div>
      <p id="consolidated-export-status" role="status" class={outcome?.error ? 'error-text' : 'hint'}>
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
