// Hash routes: every route survives routeHref → parseRoute, and odd hashes fall back sensibly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRoute, routeHref, type Route } from '../../src/ui/common/routes';
import type { ActionId, DemarcheId, SessionId, VerbatimId } from '../../src/domain/types';

const id = '3f1c2a9e-6b1d-4c2e-9a57-0d5e8b7f4a21' as SessionId;
const dem = 'demarche-1' as DemarcheId;

describe('routes', () => {
  it.each<{ route: Route; href: string }>([
    { route: { name: 'home' }, href: '#/' },
    { route: { name: 'settings' }, href: '#/parametres' },
    { route: { name: 'prepare', id, tab: 'seance' }, href: `#/seance/${id}/preparation/seance` },
    { route: { name: 'prepare', id, tab: 'participants' }, href: `#/seance/${id}/preparation/participants` },
    { route: { name: 'prepare', id, tab: 'guide' }, href: `#/seance/${id}/preparation/guide` },
    { route: { name: 'room', id }, href: `#/seance/${id}/salle` },
    { route: { name: 'action', id, actionId: 'a-1' as ActionId }, href: `#/seance/${id}/action/a-1` },
    { route: { name: 'plan', print: false }, href: '#/plan' },
    { route: { name: 'plan', print: true }, href: '#/plan/imprimer' },
    { route: { name: 'action', id, actionId: 'fiche 1/é' as ActionId }, href: `#/seance/${id}/action/fiche%201%2F%C3%A9` },
    { route: { name: 'demarches' }, href: '#/demarches' },
    { route: { name: 'demarche', id: dem, tab: 'fiche', print: false }, href: '#/demarche/demarche-1' },
    { route: { name: 'demarche', id: dem, tab: 'dit', print: false }, href: '#/demarche/demarche-1/ce-qui-a-ete-dit' },
    { route: { name: 'demarche', id: dem, tab: 'themes', print: false }, href: '#/demarche/demarche-1/themes' },
    { route: { name: 'demarche', id: dem, tab: 'recherche', print: false }, href: '#/demarche/demarche-1/recherche' },
    // The search's words, a slash and accents included; a verbatim of the notes to open at.
    { route: { name: 'demarche', id: dem, tab: 'recherche', print: false, query: 'délai 3/4' }, href: '#/demarche/demarche-1/recherche/d%C3%A9lai%203%2F4' },
    { route: { name: 'notes', id, verbatim: 'v-1' as VerbatimId }, href: `#/seance/${id}/notes/v-1` },
    { route: { name: 'notes', id }, href: `#/seance/${id}/notes` },
    { route: { name: 'demarche', id: dem, tab: 'pistes', print: false }, href: '#/demarche/demarche-1/pistes' },
    { route: { name: 'demarche', id: dem, tab: 'rapport', print: false }, href: '#/demarche/demarche-1/rapport' },
    { route: { name: 'demarche', id: dem, tab: 'rapport', print: true }, href: '#/demarche/demarche-1/rapport/imprimer' },
  ])('$href ⇄ $route.name', ({ route, href }) => {
    expect(routeHref(route)).toBe(href);
    expect(parseRoute(href)).toEqual(route);
  });

  it.each<{ hash: string; route: Route }>([
    { hash: '', route: { name: 'home' } },
    { hash: '#', route: { name: 'home' } },
    { hash: '#/inconnu', route: { name: 'home' } },
    { hash: '#/seance', route: { name: 'home' } },
    { hash: '#parametres', route: { name: 'settings' } },
    { hash: `#/seance/${id}`, route: { name: 'prepare', id, tab: 'seance' } },
    { hash: `#/seance/${id}/preparation/inconnu`, route: { name: 'prepare', id, tab: 'seance' } },
    { hash: `#/seance/${id}/preparation/guide/`, route: { name: 'prepare', id, tab: 'guide' } },
    { hash: '#/plan/inconnu', route: { name: 'plan', print: false } },
    { hash: `#/seance/${id}/action`, route: { name: 'prepare', id, tab: 'seance' } },
    { hash: '#/demarche', route: { name: 'home' } },
    { hash: '#/demarche/demarche-1/inconnu', route: { name: 'demarche', id: dem, tab: 'fiche', print: false } },
    { hash: '#/demarche/demarche-1/pistes/imprimer', route: { name: 'demarche', id: dem, tab: 'pistes', print: false } },
  ])('"$hash" → $route', ({ hash, route }) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('any séance id round-trips, even with slashes, spaces or accents (property)', () => {
    const routes = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).chain((raw) => {
      const sid = raw as SessionId;
      return fc.constantFrom<Route>(
        { name: 'room', id: sid },
        { name: 'action', id: sid, actionId: `${sid}/fiche` as ActionId },
        { name: 'prepare', id: sid, tab: 'seance' },
        { name: 'prepare', id: sid, tab: 'participants' },
        { name: 'prepare', id: sid, tab: 'guide' },
      );
    });
    fc.assert(
      fc.property(routes, (route) => {
        expect(parseRoute(routeHref(route))).toEqual(route);
      }),
    );
  });
});
