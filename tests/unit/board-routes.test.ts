// The board's three routes (post-its, pistes, vote) survive routeHref → parseRoute, and stay in their séance.
import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../src/domain/types';
import { parseRoute, routeHref, type Route } from '../../src/ui/common/routes';

const id = '3f1c2a9e-6b1d-4c2e-9a57-0d5e8b7f4a21' as SessionId;

describe('board routes', () => {
  it.each<{ route: Route; href: string }>([
    { route: { name: 'board', id, tab: 'postits' }, href: `#/seance/${id}/tableau` },
    { route: { name: 'board', id, tab: 'pistes' }, href: `#/seance/${id}/pistes` },
    { route: { name: 'board', id, tab: 'votes' }, href: `#/seance/${id}/votes` },
  ])('$href ⇄ $route.tab', ({ route, href }) => {
    expect(routeHref(route)).toBe(href);
    expect(parseRoute(href)).toEqual(route);
  });

  it('a trailing slash or an encoded id still lands on the board', () => {
    expect(parseRoute(`#/seance/${encodeURIComponent('a b')}/tableau/`)).toEqual({ name: 'board', id: 'a b', tab: 'postits' });
  });
});
