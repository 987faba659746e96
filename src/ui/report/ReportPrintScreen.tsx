// Route "…/imprimer": the document alone, texts as written, laid out for A4; printed or saved as PDF by the browser.
import type { SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import type { ReportView } from '../../report/audience';
import { routeHref } from '../common/routes';
import { Loading, SessionMissing } from '../common/SessionMissing';
import { DocumentBlocks } from './DocumentBlocks';
import { Paragraphs } from './Text';
import { useReport } from './useReport';
import './report.css';
import './print.css';

export function ReportPrintScreen({ id, view }: { id: SessionId; view: ReportView }) {
  const { t } = useI18n();
  const data = useReport(id, view, true);
  if (data.status !== 'ready') return <Loading />;
  if (!data.value) return <SessionMissing />;
  const { doc } = data.value;
  return (
    <main id="main" class="print-page">
      <div class="print-bar">
        <a class="btn btn-tertiary" href={routeHref({ name: 'report', id, ...view, print: false })}>
          <span aria-hidden="true">←</span> {t('reportScreen.print.back')}
        </a>
        <button type="button" class="btn btn-primary" onClick={() => window.print()} aria-describedby="print-hint">
          {t('reportScreen.print')}
        </button>
        <p class="hint" id="print-hint">
          {t('reportScreen.print.hint')}
        </p>
      </div>
      <article class="print-doc" lang={doc.lang} aria-labelledby="print-title">
        <header class="print-doc-head">
          <h1 id="print-title">{doc.title}</h1>
          <p class="print-subtitle">{doc.subtitle}</p>
        </header>
        {/* A section with nothing written and nothing to show (the restitution's next steps, not yet written) is left off paper. */}
        {doc.sections.map((s, i) => (s.blocks.length === 0 && s.synthesis.trim() === '' ? null : (
          <section key={i} class={s.pageBreakBefore ? 'print-section page-break' : 'print-section'} aria-labelledby={`print-section-${i + 1}`}>
            <h2 id={`print-section-${i + 1}`}>{s.heading}</h2>
            {s.synthesis.trim() !== '' && (
              <div class="doc-synthesis">
                <Paragraphs text={s.synthesis} />
              </div>
            )}
            <DocumentBlocks blocks={s.blocks} />
          </section>
        )))}
        <footer class="print-footer">
          <p>{doc.footer}</p>
        </footer>
      </article>
    </main>
  );
}
