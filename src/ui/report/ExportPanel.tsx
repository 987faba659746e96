// "Exporter le rapport": Word, web page, Markdown and the two tables for Excel, for the version on screen.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { exportReport, type ReportFormat } from '../../actions/reportExport';
import { useSyntheses } from '../../db/queries';
import type { SessionId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';
import type { ReportView } from '../../report/audience';
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

type Outcome = { text: string; error: boolean } | null;

export function ExportPanel({ id, view, headingRef }: { id: SessionId; view: ReportView; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, intl } = useI18n();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const texts = useSyntheses(id);
  const noNextSteps = view.audience === 'participants' && texts.status === 'ready' && !texts.value.some((s) => s.section === 'nextSteps' && s.text.trim() !== '');
  const intro: MessageKey =
    view.audience === 'changes' ? 'reportScreen.export.changes' : view.audience === 'participants' ? 'reportScreen.export.participants' : view.anonymised ? 'reportScreen.export.anonymised' : 'reportScreen.export.equipe';

  const run = async (format: ReportFormat) => {
    setBusy(format);
    setOutcome(null);
    try {
      const done = await exportReport(id, format, view, t, intl);
      if (!done) throw new Error('séance missing');
      const key: MessageKey = done.delivery === 'shared' ? 'transfer.export.shared' : done.delivery === 'downloaded' ? 'transfer.export.downloaded' : 'transfer.export.cancelled';
      setOutcome({ text: t(key, { name: done.name }), error: false });
    } catch {
      setOutcome({ text: t('transfer.export.failed'), error: true });
    } finally {
      setBusy(null);
    }
  };
  // Not disabled while one runs (the pressed button would lose the focus): a second press is ignored instead.
  const button = ({ format, label }: { format: ReportFormat; label: MessageKey }) => (
    <button
      key={format}
      type="button"
      class="btn btn-secondary"
      aria-busy={busy === format}
      aria-describedby="report-export-status"
      onClick={() => busy === null && void run(format)}
    >
      {busy === format ? t(format === 'docx' ? 'reportScreen.export.docx.busy' : 'transfer.export.busy') : t(label)}
    </button>
  );
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
      <p id="report-export-status" role="status" class={outcome?.error ? 'error-text' : 'hint'}>
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}

