// Route "rapport": the rapport de synthèse section by section, its texts and plan d'actions editable, printed and exported from here.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { rememberSession } from '../../actions/prefs';
import { useSyntheses } from '../../db/queries';
import type { ReportSection, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { briefWithTexts, documentFor, isAnonymised, type ReportAudience, type ReportView } from '../../report/audience';
import { routeHref } from '../common/routes';
import { Loading, SessionMissing } from '../common/SessionMissing';
import { ActionPlan } from './ActionPlan';
import { DocumentBlocks } from './DocumentBlocks';
import { ExportPanel } from './ExportPanel';
import { ReturnDateField } from './ReturnDateField';
import { ReportSectionView } from './ReportSectionView';
import { ReportToolbar } from './ReportToolbar';
import { useReport } from './useReport';
import './report.css';

const TITLES = { equipe: 'report.title', participants: 'report.restitution.title', changes: 'report.changes.title' } as const satisfies Record<ReportAudience, string>;

export function ReportScreen({ id, view }: { id: SessionId; view: ReportView }) {
  const { t, intl } = useI18n();
  const data = useReport(id, view, false);
  const texts = useSyntheses(id);
  const exportHeading = useRef<HTMLHeadingElement>(null);
  const ready = data.status === 'ready' ? data.value : undefined;
  // A text written for a section both documents carry shows in both: the field says so. Only the other
  // document's section keys are read here, so the model is flagged as the restitution requires.
  const shared = useMemo(() => {
    if (!ready) return new Set<ReportSection>();
    const other = documentFor({ ...ready.outlined, anonymised: true }, { audience: view.audience === 'equipe' ? 'participants' : 'equipe', anonymised: false }, t, intl);
    return new Set(other.sections.map((s) => s.key).filter((k): k is ReportSection => k !== null));
  }, [ready, view.audience, t, intl]);
  // The En bref page quotes the secrétaire's texts, which this screen does not read with the séance: rebuilt from them as they are saved.
  const brief = useMemo(() => {
    if (!ready || texts.status !== 'ready') return undefined;
    return briefWithTexts(ready.input, ready.model, texts.value, view, t, intl, ready.neighbours);
  }, [ready, texts, view.audience, view.anonymised, t, intl]);
  useEffect(() => {
    void rememberSession(id);
  }, [id]);

  if (data.status !== 'ready' || texts.status !== 'ready') return <Loading />;
  if (!ready) return <SessionMissing />;
  const { input, doc } = ready;
  const session = input.session;
  const stored = new Map(texts.value.map((s) => [s.section, s.text]));
  const notes = (key: ReportSection) => [
    ...(view.audience === 'participants' ? [t('reportScreen.synthesis.restitutionHint')] : isAnonymised(view) ? [t('reportScreen.synthesis.anonymisedHint')] : []),
    ...(shared.has(key) ? [t('reportScreen.synthesis.sharedHint')] : []),
  ];
  const editActions = !isAnonymised(view);
  const back = session.status === 'preparation' ? { href: routeHref({ name: 'prepare', id, tab: 'seance' }), label: t('transfer.files.back') } : { href: routeHref({ name: 'room', id }), label: t('reportScreen.backToRoom') };

  return (
    <main id="main" class="page report-page">
      <div class="page-head report-head">
        <div>
          <p class="eyebrow">{session.title || t('home.untitled')}</p>
          <h1>{t(TITLES[view.audience])}</h1>
          <p class="hint">{doc.subtitle}</p>
        </div>
        <div class="report-head-links">
          <a class="btn btn-tertiary" href={back.href}>
            <span aria-hidden="true">←</span> {back.label}
          </a>
          <a class="btn btn-tertiary" href={routeHref({ name: 'files', id })}>
            {t('reportScreen.files')}
          </a>
        </div>
      </div>
      {session.status !== 'terminee' && (
        <p class="banner banner-info report-not-closed" role="status">
          {t('reportScreen.notClosed')}
        </p>
      )}
      <ReportToolbar id={id} view={view} onExport={() => exportHeading.current?.focus()} />
      {view.audience === 'changes' && <ReturnDateField session={session} />}
      {doc.sections.map((s, i) => (s.part === 'brief' && brief ? brief : s)).map((section, i) => (
        <ReportSectionView key={`${view.audience}-${i}`} sessionId={id} section={section} index={i} stored={(section.key && stored.get(section.key)) || ''} notes={section.key ? notes(section.key) : []}>
          {section.key === 'nextSteps' ? (
            <>
              <ReturnDateField session={session} />
              <DocumentBlocks blocks={section.blocks} />
            </>
          ) : section.key === 'actions' ? (
            editActions ? (
              <ActionPlan sessionId={id} actions={input.actions} tracks={input.tracks} votes={input.votes} />
            ) : (
              <>
                <p class="hint">{t('reportScreen.actions.readOnly')}</p>
                <DocumentBlocks blocks={section.blocks} />
              </>
            )
          ) : undefined}
        </ReportSectionView>
      ))}
      <p class="hint report-footer">{doc.footer}</p>
      <ExportPanel id={id} view={view} headingRef={exportHeading} />
    </main>
  );
}

