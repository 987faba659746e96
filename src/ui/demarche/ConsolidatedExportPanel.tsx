// « Exporter le rapport consolidé »: Word, web page, Markdown, and the analysis file (.qdpx) of every séance with the consolidated themes.
import type { RefObject } from 'preact';
import { exportConsolidated, type ConsolidatedFormat } from '../../actions/consolidatedExport';
import type { DemarcheId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';
import { ExportButton, ExportStatus, useExportRun } from '../common/ExportRun';

const DOCUMENTS: readonly { format: ConsolidatedFormat; label: MessageKey }[] = [
  { format: 'docx', label: 'reportScreen.export.docx' },
  { format: 'html', label: 'reportScreen.export.html' },
  { format: 'md', label: 'reportScreen.export.md' },
];
const STATUS = 'consolidated-export-status';

export function ConsolidatedExportPanel({ id, headingRef }: { id: DemarcheId; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, intl } = useI18n();
  const { busy, outcome, start: onStart } = useExportRun((format: ConsolidatedFormat) => exportConsolidated(id, format, t, intl));
  const button = (format: ConsolidatedFormat, label: MessageKey) => <ExportButton key={format} format={format} label={label} busy={busy} statusId={STATUS} onStart={onStart} />;
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
      <ExportStatus id={STATUS} outcome={outcome} />
    </section>
  );
}
