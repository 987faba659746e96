// Hash routes: they survive reloads, need no server rewrite, and work from the precache offline.
import { useEffect, useState } from 'preact/hooks';
import type { SessionId } from '../../domain/types';

export type PrepareTab = 'seance' | 'participants' | 'guide';

export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'prepare'; id: SessionId; tab: PrepareTab }
  | { name: 'room'; id: SessionId };

const TABS: readonly PrepareTab[] = ['seance', 'participants', 'guide'];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'parametres') return { name: 'settings' };
  if (parts[0] === 'seance' && parts[1]) {
    const id = parts[1] as SessionId;
    if (parts[2] === 'salle') return { name: 'room', id };
    const tab = TABS.find((t) => t === parts[3]) ?? 'seance';
    return { name: 'prepare', id, tab };
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
      return `#/seance/${encodeURIComponent(route.id)}/preparation/${route.tab}`;
    case 'room':
      return `#/seance/${encodeURIComponent(route.id)}/salle`;
  }
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
