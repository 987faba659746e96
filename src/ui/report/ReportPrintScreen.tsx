// Route "…/imprimer": the document alone, texts as written, laid out for A4; printed or saved as PDF by the browser.
import { useEffect, useRef } from 'preact/hooks';
import type { SessionId } from '../../domain/types';
import { reportFileName } from '../../format/fileName';
import { useI18n, type MessageKey } from '../../i18n';
import { documentKind, isAnonymised, type ReportView } from '../../report/audience';
import { documentRoute, routeHref } from '../common/routes';
import { recordChangesTold } from '../../actions/returnDate';
import { Loading, SessionMissing } from '../common/SessionMissing';
import { NextStepsPrompt } from './NextStepsPrompt';
import { SynthesisField } from './SynthesisField';
import { PrintedDoc } from './PrintedDoc';
import { useReport } from './useReport';
import './report.css';
import './print.css';

/** Which of the three documents this is, printed at the top of page 1: on paper they look alike. */
function versionKey(view: ReportView): MessageKey {
  if (view.audience === 'participants') return 'reportScreen.print.version.restitution';
  if (view.audience === 'changes') return 'reportScreen.print.version.changes';
  return view.anonymised ? 'reportScreen.print.version.anonymised' : 'reportScreen.print.version.full';
}

export function ReportPrintScreen({ id, view }: { id: SessionId; view: ReportView }) {
  const { t } = useI18n();
  const data = useReport(id, view, true);
  // Once asked for, the next steps' field stays while they are typed in (the first letter would otherwise hide it).
  const missing = view.audience === 'participants' && data.status === 'ready' && data.value?.model.syntheses.nextSteps.trim() === '';
  const asked = useRef(false);
  if (missing) asked.current = true;
  const header = data.status === 'ready' ? data.value?.model.header : undefined;
  // The browser names the PDF after the page's title: the same name as the exported files, per version.
  const fileTitle = header
    ? reportFileName({ day: header.date, title: header.title, what: documentKind(view.audience), anonymised: isAnonymised(view), extension: '' }).replace(/\.$/, '')
    : '';
  useEffect(() => {
    if (fileTitle) document.title = fileTitle;
  }, [fileTitle]);
  if (data.status !== 'ready') return <Loading />;
  if (!data.value) return <SessionMissing />;
  const { doc, model } = data.value;
  return (
    <main id="main" class="print-page">
      <div class="print-bar">
        <a class="btn btn-tertiary" href={routeHref(documentRoute(id, view, false))}>
          <span aria-hidden="true">←</span> {t('reportScreen.print.back')}
        </a>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => {
            // Printed for the return date set now: Accueil stops reminding it.
            if (view.audience === 'changes') void recordChangesTold(id, model.header.returnDate);
            window.print();
          }}
          aria-describedby="print-hint"
        >
          {t('reportScreen.print')}
        </button>
        <p class="hint" id="print-hint">
          {t('reportScreen.print.hint')}
        </p>
        {asked.current && (
          <NextStepsPrompt missing={missing}>
            <SynthesisField sessionId={id} section="nextSteps" heading={t('report.section.nextSteps')} stored={model.syntheses.nextSteps} notes={[]} />
          </NextStepsPrompt>
        )}
      </div>
      <PrintedDoc doc={doc} version={t(versionKey(view))} />
    </main>
  );
}
