// The report's hash routes: full, anonymised, restitution, « Ce qui a changé », each with its print view, and back.
import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../src/domain/types';
import { documentRoute, parseRoute, routeHref, type Route } from '../../src/ui/common/routes';

const id = 'séance 1' as SessionId;

describe('report routes', () => {
  it.each<[string, Route]>([
    ['#/seance/s%C3%A9ance%201/rapport', { name: 'report', id, audience: 'equipe', anonymised: false, print: false }],
    ['#/seance/s%C3%A9ance%201/rapport/anonyme', { name: 'report', id, audience: 'equipe', anonymised: true, print: false }],
    ['#/seance/s%C3%A9ance%201/restitution', { name: 'report', id, audience: 'participants', anonymised: true, print: false }],
    ['#/seance/s%C3%A9ance%201/rapport/imprimer', { name: 'report', id, audience: 'equipe', anonymised: false, print: true }],
    ['#/seance/s%C3%A9ance%201/rapport/anonyme/imprimer', { name: 'report', id, audience: 'equipe', anonymised: true, print: true }],
    ['#/seance/s%C3%A9ance%201/restitution/imprimer', { name: 'report', id, audience: 'participants', anonymised: true, print: true }],
    ['#/seance/s%C3%A9ance%201/ce-qui-a-change', { name: 'changes', id, print: false }],
    ['#/seance/s%C3%A9ance%201/ce-qui-a-change/imprimer', { name: 'changes', id, print: true }],
  ])('%s ⇄ %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHref(route)).toBe(hash);
  });

  it('the restitution is anonymised whatever its link says', () => {
    expect(routeHref({ name: 'report', id, audience: 'participants', anonymised: false, print: false })).toBe('#/seance/s%C3%A9ance%201/restitution');
  });

  it('« Ce qui a changé » asked as a version of the report has its own route', () => {
    expect(routeHref(documentRoute(id, { audience: 'changes', anonymised: false }, true))).toBe('#/seance/s%C3%A9ance%201/ce-qui-a-change/imprimer');
    expect(routeHref({ name: 'report', id, audience: 'changes', anonymised: true, print: false })).toBe('#/seance/s%C3%A9ance%201/ce-qui-a-change');
    expect(documentRoute(id, { audience: 'equipe', anonymised: true }, false)).toEqual({ name: 'report', id, audience: 'equipe', anonymised: true, print: false });
  });
});
