// Route "demarche", tab rapport: the consolidated report on screen (inside the démarche's frame), or alone laid out for A4 (`print`).
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { DemarcheData } from '../../db/demarcheReads';
import type { DemarcheId } from '../../domain/types';
import { demarcheReportFileName } from '../../format/fileName';
import { useI18n } from '../../i18n';
import { now } from '../../platform/clock';
import { consolidatedReport } from '../../report/consolidated';
import { namelessDemarche } from '../../report/consolidatedInput';
import { routeHref } from '../common/routes';
import { Loading } from '../common/SessionMissing';
import { DocumentBlocks } from '../report/DocumentBlocks';
import { PrintedDoc } from '../report/PrintedDoc';
import { ConsolidatedExportPanel } from './ConsolidatedExportPanel';
import { DemarcheFrame, DemarcheMissing } from './DemarcheFrame';
import { useScopedDemarche } from './DemarcheScope';
import '../report/report.css';
import '../report/print.css';

/** The document, built again only when the démarche's data or the language change (its footer says when it was made). */
function useConsolidated(data: DemarcheData | undefined) {
  const { t, intl } = useI18n();
  return useMemo(() => (data ? consolidatedReport(data, { t, intl, now: now() }) : undefined), [data, t, intl]);
}

function OnScreen({ id, data }: { id: DemarcheId; data: DemarcheData }) {
  const { t } = useI18n();
  const doc = useConsolidated(data)!;
  const exportHeading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <p class="hint consolidated-subtitle">{doc.subtitle}</p>
      <div class="report-toolbar-actions consolidated-toolbar">
        <a class="btn btn-secondary" href={routeHref({ name: 'demarche', id, tab: 'rapport', print: true })}>
          {t('consolidation.report.printView')}
        </a>
        <button type="button" class="btn btn-secondary" onClick={() => exportHeading.current?.focus()}>
          {t('consolidation.report.export.title')}
        </button>
      </div>
      {doc.sections.map((s, i) => (
        <section key={i} class="report-section is-plain" aria-labelledby={`report-section-${i + 1}`}>
          <h2 id={`report-section-${i + 1}`}>{s.heading}</h2>
          <div class="report-generated">
            <DocumentBlocks blocks={s.blocks} fold />
          </div>
        </section>
      ))}
      <p class="hint report-footer">{doc.footer}</p>
      <ConsolidatedExportPanel id={id} headingRef={exportHeading} />
    </>
  );
}

function OnPaper({ id }: { id: DemarcheId }) {
  const { t } = useI18n();
  const data = useScopedDemarche();
  const doc = useConsolidated(data.status === 'ready' ? data.value : undefined);
  // The browser names the PDF after the page's title: the same name as the exported files.
  const value = data.status === 'ready' ? data.value : undefined;
  const title = useMemo(() => (value ? demarcheReportFileName({ title: namelessDemarche(value, t).scrub(value.demarche.title), what: 'rapport-consolide', extension: '' }).replace(/\.$/, '') : ''), [value, t]);
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  if (data.status !== 'ready') return <Loading />;
  if (!data.value || !doc) return <DemarcheMissing />;
  return (
    <main id="main" class="print-page consolidated-print">
      <div class="print-bar">
        <a class="btn btn-tertiary" href={routeHref({ name: 'demarche', id, tab: 'rapport', print: false })}>
          <span aria-hidden="true">←</span> {t('reportScreen.print.back')}
        </a>
        <button type="button" class="btn btn-primary" onClick={() => window.print()} aria-describedby="print-hint">
          {t('reportScreen.print')}
        </button>
        <p class="hint" id="print-hint">
          {t('reportScreen.print.hint')}
        </p>
      </div>
      <PrintedDoc doc={doc} version={t('consolidation.report.print.version')} />
    </main>
  );
}

export function ConsolidatedReportScreen({ id, print }: { id: DemarcheId; print: boolean }) {
  if (print) return <OnPaper id={id} />;
  return (
    <DemarcheFrame id={id} tab="rapport" title="demarche.rapport.title">
      {(data) => <OnScreen id={id} data={data} />}
    </DemarcheFrame>
  );
}
