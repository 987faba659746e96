// The app frame: language, header, banners, the current screen and the toasts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Prefs } from '../db/prefs';
import type { DeviceRole, Locale } from '../domain/device';
import { I18nContext, makeI18n } from '../i18n';
import { Header } from '../ui/common/Header';
import { SaveBanner } from '../ui/common/SaveBanner';
import { Toasts } from '../ui/common/Toasts';
import { UpdateBanner } from '../ui/common/UpdateBanner';
import { useRoute, type Route } from '../ui/common/routes';
import { lazyScreen } from '../ui/common/lazyScreen';
import { HomeScreen } from '../ui/sessions/HomeScreen';
import { FileDrop } from '../ui/transfer/FileDrop';

// Only the home screen is in the first bundle; the others load on first visit (precached offline), each with its
// group of texts (i18n/fr.<group>.ts) so the first screen carries only the texts Accueil and several screens share.
const PrepareScreen = lazyScreen(() => import('../ui/prepare/PrepareScreen').then((m) => m.PrepareScreen), ['shared', 'prepare']);
const RoomScreen = lazyScreen(() => import('../ui/room/RoomScreen').then((m) => m.RoomScreen), ['shared', 'room', 'notes']);
const NotesScreen = lazyScreen(() => import('../ui/notes/NotesScreen').then((m) => m.NotesScreen), ['shared', 'notes']);
const SettingsScreen = lazyScreen(() => import('../ui/settings/SettingsScreen').then((m) => m.SettingsScreen), ['shared', 'settings']);
// The board carries @dnd-kit and preact/compat: its own chunk, loaded only when the board is opened.
const BoardScreen = lazyScreen(() => import('../ui/board/BoardScreen').then((m) => m.BoardScreen), ['shared', 'board']);
const TracksScreen = lazyScreen(() => import('../ui/board/TracksScreen').then((m) => m.TracksScreen), ['shared', 'board']);
const VotesScreen = lazyScreen(() => import('../ui/board/VotesScreen').then((m) => m.VotesScreen), ['shared', 'board']);
const SessionFilesScreen = lazyScreen(() => import('../ui/transfer/SessionFilesScreen').then((m) => m.SessionFilesScreen), ['shared', 'transfer']);
const ImportScreen = lazyScreen(() => import('../ui/transfer/ImportScreen').then((m) => m.ImportScreen), ['shared', 'transfer']);
const ReportScreen = lazyScreen(() => import('../ui/report/ReportScreen').then((m) => m.ReportScreen), ['shared', 'report']);
const ReportPrintScreen = lazyScreen(() => import('../ui/report/ReportPrintScreen').then((m) => m.ReportPrintScreen), ['shared', 'report']);
const FicheScreen = lazyScreen(() => import('../ui/fiche/FicheScreen').then((m) => m.FicheScreen), ['shared', 'report', 'fiche']);
// The plan d'actions of every séance; it names engagements, whose short labels are the report's texts.
const PlanScreen = lazyScreen(() => import('../ui/plan/PlanScreen').then((m) => m.PlanScreen), ['shared', 'report', 'plan']);
// Every démarche screen behind one lazy entry: the first screen carries one loader for them all.
const DemarcheRoutes = lazyScreen(() => import('../ui/demarche/DemarcheRoutes').then((m) => m.DemarcheRoutes), ['shared', 'consolidation', 'report']);
const PlanPrintScreen = lazyScreen(() => import('../ui/plan/PlanPrintScreen').then((m) => m.PlanPrintScreen), ['shared', 'report', 'plan']);

export function App({ prefs }: { prefs: Prefs }) {
  const [locale, setLocale] = useState<Locale>(prefs.locale);
  const [role, setRole] = useState<DeviceRole>(prefs.role);
  const i18n = useMemo(() => makeI18n(locale), ['shared', locale]);
  const route = useRoute();
  // The print view is the document alone: no header or banners on screen, nothing but the report on paper.
  const bare = (route.name === 'report' || route.name === 'changes' || route.name === 'plan' || route.name === 'demarche') && route.print;
  // The page's title, in the person's language; the print view puts the document's file name there instead (the PDF's name).
  useEffect(() => {
    if (!bare) document.title = `${i18n.t('app.name')} — ${i18n.t('app.tagline')}`;
  }, ['shared', bare, i18n]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, ['shared', locale]);

  return (
    <I18nContext.Provider value={i18n}>
      {!bare && <Header route={route} />}
      {!bare && <UpdateBanner />}
      {!bare && <SaveBanner />}
      <Screen route={route} role={role} onLocale={setLocale} onRole={setRole} />
      <Toasts />
      <FileDrop />
    </I18nContext.Provider>
  );
}

function Screen({ route, role, onLocale, onRole }: { route: Route; role: DeviceRole; onLocale: (l: Locale) => void; onRole: (r: DeviceRole) => void }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen role={role} />;
    case 'settings':
      return <SettingsScreen role={role} onLocale={onLocale} onRole={onRole} />;
    case 'prepare':
      return <PrepareScreen key={route.id} id={route.id} tab={route.tab} section={route.section} />;
    case 'room':
      return <RoomScreen key={route.id} id={route.id} role={role} />;
    case 'notes':
      return <NotesScreen key={route.id} id={route.id} verbatim={route.verbatim} />;
    case 'board':
      if (route.tab === 'pistes') return <TracksScreen key={route.id} id={route.id} />;
      if (route.tab === 'votes') return <VotesScreen key={route.id} id={route.id} />;
      return <BoardScreen key={route.id} id={route.id} />;
    case 'files':
      return <SessionFilesScreen key={route.id} id={route.id} role={role} />;
    case 'import':
      return <ImportScreen />;
    case 'report': {
      const view = { audience: route.audience, anonymised: route.anonymised };
      return route.print ? <ReportPrintScreen key={route.id} id={route.id} view={view} /> : <ReportScreen key={route.id} id={route.id} view={view} />;
    }
    case 'changes': {
      // The report's screens, for the third document: the same toolbar, export panel and print view.
      const view = { audience: 'changes', anonymised: true } as const;
      return route.print ? <ReportPrintScreen key={route.id} id={route.id} view={view} /> : <ReportScreen key={route.id} id={route.id} view={view} />;
    }
    case 'plan':
      return route.print ? <PlanPrintScreen /> : <PlanScreen />;
    case 'action':
      return <FicheScreen key={route.actionId} id={route.id} actionId={route.actionId} />;
    case 'demarches':
    case 'demarche':
      return <DemarcheRoutes route={route} />;
  }
}
