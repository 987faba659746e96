// The démarche screens by route, loaded together in one chunk (the themes screen and the consolidated report load their own on demand).
import type { Route } from '../common/routes';
import { lazyScreen } from '../common/lazyScreen';
import { DemarcheScope } from './DemarcheScope';
import { DemarcheScreen } from './DemarcheScreen';
import { DemarchesScreen } from './DemarchesScreen';
import { PistesScreen } from './PistesScreen';
import { SaidScreen } from './SaidScreen';
import { SearchScreen } from './SearchScreen';

// The themes screen brings @dnd-kit: loaded when opened, not with the other démarche screens.
const ThemesScreen = lazyScreen(() => import('./ThemesScreen').then((m) => m.ThemesScreen), ['shared', 'consolidation']);
const ConsolidatedReportScreen = lazyScreen(() => import('./ConsolidatedReportScreen').then((m) => m.ConsolidatedReportScreen), ['shared', 'report', 'consolidation']);

export function DemarcheRoutes({ route }: { route: Extract<Route, { name: 'demarches' | 'demarche' }> }) {
  if (route.name === 'demarches') return <DemarchesScreen />;
  // Kept while the tabs change, so that they share one read of the démarche.
  return (
    <DemarcheScope key={route.id} id={route.id}>
      <DemarcheTab route={route} />
    </DemarcheScope>
  );
}

function DemarcheTab({ route }: { route: Extract<Route, { name: 'demarche' }> }) {
  const key = `${route.id}-${route.tab}`;
  switch (route.tab) {
    case 'fiche':
      return <DemarcheScreen key={key} id={route.id} />;
    case 'dit':
      return <SaidScreen key={key} id={route.id} />;
    case 'themes':
      return <ThemesScreen key={key} id={route.id} />;
    case 'recherche':
      return <SearchScreen key={key} id={route.id} query={route.query ?? ''} />;
    case 'pistes':
      return <PistesScreen key={key} id={route.id} />;
    case 'rapport':
      return <ConsolidatedReportScreen key={key} id={route.id} print={route.print} />;
  }
}
