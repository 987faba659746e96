// "Exporter le rapport": Word, web page, Markdown and the two tables for Excel, for the version on screen.
import type { RefObject } from 'preact';
import { exportReport, type ReportFormat } from '../../actions/reportExport';
import { useSyntheses } from '../../db/queries';
import type { SessionId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';
import type { ReportView } from '../../report/audience';
import { ExportButton, ExportStatus, useExportRun } from '../common/ExportRun';
import { NextStepsPrompt } from './NextStepsPrompt';

const DOCUMENTS: readonly { format: ReportFormat; label: MessageKey }[] = [
  { format: 'docx', label: 'reportScreen.export.docx' },
  { format: 'html', label: 'reportScreen.export.html' },
  { format: 'md', label: 'reportScreen.export.md' },
];
const TABLES: readonly { format: ReportFormat; label: MessageKey }[] = [
  { format: 'verbatims', label: 'reportScreen.export.verbatims' },
  { format: 'cards', label: 'reportScreen.export.cards' },
];
const STATUS = 'report-export-status';

export function ExportPanel({ id, view, headingRef }: { id: SessionId; view: ReportView; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, intl } = useI18n();
  const { busy, outcome, start } = useExportRun((format: ReportFormat) => exportReport(id, format, view, t, intl));
  const texts = useSyntheses(id);
  const noNextSteps = view.audience === 'participants' && texts.status === 'ready' && !texts.value.some((s) => s.section === 'nextSteps' && s.text.trim() !== '');
  const intro: MessageKey =
    view.audience === 'changes' ? 'reportScreen.export.changes' : view.audience === 'participants' ? 'reportScreen.export.participants' : view.anonymised ? 'reportScreen.export.anonymised' : 'reportScreen.export.equipe';

  const button = ({ format, label }: { format: ReportFormat; label: MessageKey }) => <ExportButton key={format} format={format} label={label} busy={busy} statusId={STATUS} onStart={start} />;
  return (
    <section class="report-export" aria-labelledby="report-export-title">
      <h2 id="report-export-title" tabIndex={-1} ref={headingRef}>
        {t(view.audience === 'changes' ? 'reportScreen.export.changesTitle' : view.audience === 'participants' ? 'reportScreen.export.restitutionTitle' : 'reportScreen.export.title')}
      </h2>
      <p>{t(intro)}</p>
      {noNextSteps && (
        <NextStepsPrompt missing>
          {/* The field is on this screen, in the restitution's last section. */}
          <button type="button" class="btn btn-secondary" onClick={() => document.getElementById('synthesis-nextSteps')?.focus()}>
            {t('reportScreen.nextSteps.write')}
          </button>
        </NextStepsPrompt>
      )}
      <div class="report-export-buttons">{DOCUMENTS.map(button)}</div>
      {view.audience === 'equipe' && (
        <>
          <h3 class="report-export-sub">{t('reportScreen.export.tables')}</h3>
          <div class="report-export-buttons">{TABLES.map(button)}</div>
        </>
      )}
      <ExportStatus id={STATUS} outcome={outcome} />
    </section>
  );
}

