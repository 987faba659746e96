// Hash routes: they survive reloads, need no server rewrite, and work from the precache offline.
import { useEffect, useState } from 'preact/hooks';
import type { ActionId, DemarcheId, SessionId, VerbatimId } from '../../domain/types';
import type { ReportAudience } from '../../report/audience';

export type PrepareTab = 'seance' | 'participants' | 'guide';
/** A part of a préparation tab to bring into view (the purge reminder opens the RGPD panel). */
export type PrepareSection = 'rgpd';
/** Phase 4 and 5 work: the post-it board, the pistes drawn from it, the vote on them. */
export type BoardTab = 'postits' | 'pistes' | 'votes';
const BOARD_PATHS: Record<BoardTab, string> = { postits: 'tableau', pistes: 'pistes', votes: 'votes' };
/** A démarche's screens: its fiche (fields and séances), then its consolidation, tab by tab, and its report. */
export type DemarcheTab = 'fiche' | 'dit' | 'themes' | 'recherche' | 'pistes' | 'rapport';
const DEMARCHE_PATHS: Record<Exclude<DemarcheTab, 'fiche'>, string> = { dit: 'ce-qui-a-ete-dit', themes: 'themes', recherche: 'recherche', pistes: 'pistes', rapport: 'rapport' };

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'prepare'; id: SessionId; tab: PrepareTab; section?: PrepareSection }
  | { name: 'room'; id: SessionId }
  /** The séance's notes; `verbatim`: one to open at, marked (a search result of the démarche leads there). */
  | { name: 'notes'; id: SessionId; verbatim?: VerbatimId }
  | { name: 'board'; id: SessionId; tab: BoardTab }
  | { name: 'files'; id: SessionId }
  /** The rapport de synthèse (or the restitution), editable; `print` shows the document alone, for paper or PDF. */
  | { name: 'report'; id: SessionId; audience: ReportAudience; anonymised: boolean; print: boolean }
  /** « Ce qui a changé », told back to the participants; `print` as for the report. */
  | { name: 'changes'; id: SessionId; print: boolean }
  | { name: 'import' }
  /** Every fiche action of the tablet, whatever its séance; `print` is its A4 landscape page. */
  | { name: 'plan'; print: boolean }
  /** One fiche action's follow-up: status, jalons, indicateurs de suivi, points d'étape. */
  | { name: 'action'; id: SessionId; actionId: ActionId }
  /** Every démarche of the tablet, and a new one. */
  | { name: 'demarches' }
  /**
   * One démarche: its fiche, a tab of its consolidation, or its consolidated report (`print`: the document alone);
   * `query`: what its search holds, kept in the address so that coming back from a result finds the results again.
   */
  | { name: 'demarche'; id: DemarcheId; tab: DemarcheTab; print: boolean; query?: string };

const TABS: readonly PrepareTab[] = ['seance', 'participants', 'guide'];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'parametres') return { name: 'settings' };
  if (parts[0] === 'importer') return { name: 'import' };
  if (parts[0] === 'plan') return { name: 'plan', print: parts[1] === 'imprimer' };
  if (parts[0] === 'demarches') return { name: 'demarches' };
  if (parts[0] === 'demarche' && parts[1]) {
    const tab = (Object.keys(DEMARCHE_PATHS) as Exclude<DemarcheTab, 'fiche'>[]).find((k) => DEMARCHE_PATHS[k] === parts[2]) ?? 'fiche';
    if (tab === 'recherche' && parts[3]) return { name: 'demarche', id: parts[1] as DemarcheId, tab, print: false, query: parts[3] };
    return { name: 'demarche', id: parts[1] as DemarcheId, tab, print: tab === 'rapport' && parts[3] === 'imprimer' };
  }
  if (parts[0] === 'seance' && parts[1]) {
    const id = parts[1] as SessionId;
    if (parts[2] === 'salle') return { name: 'room', id };
    if (parts[2] === 'notes') return parts[3] ? { name: 'notes', id, verbatim: parts[3] as VerbatimId } : { name: 'notes', id };
    const board = (Object.keys(BOARD_PATHS) as BoardTab[]).find((tab) => BOARD_PATHS[tab] === parts[2]);
    if (board) return { name: 'board', id, tab: board };
    if (parts[2] === 'fichiers') return { name: 'files', id };
    if (parts[2] === 'action' && parts[3]) return { name: 'action', id, actionId: parts[3] as ActionId };
    if (parts[2] === 'ce-qui-a-change') return { name: 'changes', id, print: parts[3] === 'imprimer' };
    if (parts[2] === 'rapport' || parts[2] === 'restitution') {
      const team = parts[2] === 'rapport';
      return { name: 'report', id, audience: team ? 'equipe' : 'participants', anonymised: !team || parts[3] === 'anonyme', print: parts[parts.length - 1] === 'imprimer' };
    }
    const tab = TABS.find((t) => t === parts[3]) ?? 'seance';
    return tab === 'seance' && parts[4] === 'rgpd' ? { name: 'prepare', id, tab, section: 'rgpd' } : { name: 'prepare', id, tab };
  }
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/parametres';
    case 'prepare':
      return `#/seance/${encodeURIComponent(route.id)}/preparation/${route.tab}${route.section ? `/${route.section}` : ''}`;
    case 'room':
      return `#/seance/${encodeURIComponent(route.id)}/salle`;
    case 'notes':
      return `#/seance/${encodeURIComponent(route.id)}/notes${route.verbatim ? `/${encodeURIComponent(route.verbatim)}` : ''}`;
    case 'board':
      return `#/seance/${encodeURIComponent(route.id)}/${BOARD_PATHS[route.tab]}`;
    case 'files':
      return `#/seance/${encodeURIComponent(route.id)}/fichiers`;
    case 'report': {
      if (route.audience === 'changes') return routeHref({ name: 'changes', id: route.id, print: route.print });
      const which = route.audience === 'participants' ? 'restitution' : route.anonymised ? 'rapport/anonyme' : 'rapport';
      return `#/seance/${encodeURIComponent(route.id)}/${which}${route.print ? '/imprimer' : ''}`;
    }
    case 'changes':
      return `#/seance/${encodeURIComponent(route.id)}/ce-qui-a-change${route.print ? '/imprimer' : ''}`;
    case 'import':
      return '#/importer';
    case 'plan':
      return route.print ? '#/plan/imprimer' : '#/plan';
    case 'action':
      return `#/seance/${encodeURIComponent(route.id)}/action/${encodeURIComponent(route.actionId)}`;
    case 'demarches':
      return '#/demarches';
    case 'demarche': {
      const base = `#/demarche/${encodeURIComponent(route.id)}`;
      if (route.tab === 'fiche') return base;
      if (route.tab === 'recherche' && route.query) return `${base}/${DEMARCHE_PATHS.recherche}/${encodeURIComponent(route.query)}`;
      return `${base}/${DEMARCHE_PATHS[route.tab]}${route.tab === 'rapport' && route.print ? '/imprimer' : ''}`;
    }
  }
}

/** The route of one version of the séance's documents: « Ce qui a changé » has a route of its own, the report's versions share one. */
export function documentRoute(id: SessionId, view: { audience: ReportAudience; anonymised: boolean }, print: boolean): Route {
  return view.audience === 'changes' ? { name: 'changes', id, print } : { name: 'report', id, audience: view.audience, anonymised: view.anonymised, print };
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
