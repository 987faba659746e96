// Consolidated themes: regroupements of several séances under themes, counts, a deleted theme's regroupements back to « not in a theme », order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThemes, type GroupingSeance, type ThemeLike, type ThemeLinkLike } from '../../src/domain/themeGrouping';
import type { Card, GroupId, Session, SessionId } from '../../src/domain/types';
import { makeCard, makeGroup, makeSession } from '../factories';

function seance(id: string, date: string, groups: [string, string, Card['kind'][]][], over: Partial<Session> = {}): GroupingSeance {
  const sid = id as SessionId;
  return {
    session: makeSession({ id: sid, date, title: id, ...over }),
    groups: groups.map(([gid, title], i) => makeGroup(sid, { id: gid as GroupId, title, order: i })),
    cards: groups.flatMap(([gid, , kinds]) => kinds.map((kind, i) => makeCard(sid, { groupId: gid as GroupId, kind, order: i, text: `${gid} ${i}` }))),
  };
}

const lyon = seance('lyon', '2026-11-02', [
  ['g-delais', 'Délais d’attente trop longs', ['irritant', 'irritant', 'attente']],
  ['g-accueil', 'Accueil chaleureux', ['positif']],
  ['g-vide', '', []],
]);
const agents = seance('agents', '2026-11-09', [
  ['g-guichet', 'Attente trop longue au guichet', ['irritant', 'idee']],
  ['g-outils', 'Outils', ['idee']],
]);
const brest = seance('brest', '2026-11-05', [['g-tel', 'Téléphone', ['irritant']]]);
// A group deleted on the board, and one of its post-its: neither counts.
brest.groups = [...brest.groups, makeGroup('brest' as SessionId, { id: 'g-gone' as GroupId, title: 'Supprimé', deleted: true })];
brest.cards = [...brest.cards, makeCard('brest' as SessionId, { groupId: 'g-tel' as GroupId, kind: 'positif', deleted: true })];

const theme = (id: string, title: string, order: number, deleted = false): ThemeLike => ({ id, title, order, deleted });
const link = (groupSessionId: string, groupId: string, themeId: string, deleted = false): ThemeLinkLike => ({ groupSessionId, groupId, themeId, deleted });

const attente = theme('t-attente', 'Attente', 1);
const accueil = theme('u-accueil', 'Accueil', 1);
const ancien = theme('t-ancien', 'Ancien thème', 0, true);

const keys = (rs: { sessionId: string; groupId: string }[]) => rs.map((r) => `${r.sessionId}/${r.groupId}`);

describe('groupThemes', () => {
  const grouping = groupThemes(
    [attente, accueil, ancien],
    [link('lyon', 'g-delais', 't-attente'), link('agents', 'g-guichet', 't-attente'), link('brest', 'g-tel', 't-attente'), link('lyon', 'g-accueil', 'u-accueil'), link('agents', 'g-outils', 't-ancien')],
    [lyon, agents, brest],
  );

  it('orders themes by order then title in French; a deleted theme is not listed', () => {
    expect(grouping.themes.map((t) => t.theme.title)).toEqual(['Accueil', 'Attente']);
  });

  it('gathers regroupements of different séances, in séance order, with their counts and séances', () => {
    const t = grouping.themes[1]!;
    expect(keys(t.regroupements)).toEqual(['lyon/g-delais', 'brest/g-tel', 'agents/g-guichet']);
    expect(t.sessionIds).toEqual(['lyon', 'brest', 'agents']);
    expect(t.counts).toEqual({ irritant: 4, attente: 1, idee: 1, positif: 0 });
    expect(t.cardCount).toBe(6);
    expect(t.regroupements[0]!.cards.map((c) => c.text)).toEqual(['g-delais 0', 'g-delais 1', 'g-delais 2']);
  });

  it('a deleted theme’s regroupements fall back to « not in a theme », with those never placed; deleted groups and post-its never count', () => {
    expect(keys(grouping.unthemed)).toEqual(['lyon/g-vide', 'agents/g-outils']);
    expect(grouping.themes[1]!.regroupements[1]!.counts).toEqual({ irritant: 1, attente: 0, idee: 0, positif: 0 });
  });

  it.each([
    { why: 'a deleted link', links: [link('lyon', 'g-accueil', 'u-accueil', true)], inAccueil: [] },
    { why: 'a link taken out of every theme', links: [link('lyon', 'g-accueil', '')], inAccueil: [] },
    { why: 'a link to a theme not here', links: [link('lyon', 'g-accueil', 't-inconnu')], inAccueil: [] },
    { why: 'a link naming another séance than the group’s', links: [link('brest', 'g-accueil', 'u-accueil')], inAccueil: [] },
    { why: 'two live links for one regroupement: the first theme in order keeps it', links: [link('lyon', 'g-accueil', 't-attente'), link('lyon', 'g-accueil', 'u-accueil')], inAccueil: ['lyon/g-accueil'] },
  ])('$why', ({ links, inAccueil }) => {
    const g = groupThemes([attente, accueil], links, [lyon]);
    expect(keys(g.themes[0]!.regroupements)).toEqual(inAccueil);
    expect(keys(g.unthemed)).toContain('lyon/g-delais');
    expect(g.unthemed.length + g.themes.reduce((n, t) => n + t.regroupements.length, 0)).toBe(3);
  });

  it('a theme with nothing yet shows empty counts; no séance, no theme give an empty result', () => {
    expect(groupThemes([theme('t', 'Vide', 0)], [], [])).toEqual({
      themes: [{ theme: theme('t', 'Vide', 0), regroupements: [], sessionIds: [], cardCount: 0, counts: { irritant: 0, attente: 0, idee: 0, positif: 0 } }],
      unthemed: [],
    });
    expect(groupThemes([], [], [])).toEqual({ themes: [], unthemed: [] });
  });

  it('a deleted séance brings none of its regroupements', () => {
    const gone = { ...brest, session: { ...brest.session, deleted: true } };
    expect(keys(groupThemes([attente], [link('brest', 'g-tel', 't-attente')], [gone, lyon]).themes[0]!.regroupements)).toEqual([]);
  });

  it('property: every live regroupement is in exactly one place, whatever the links, and the order of inputs does not matter', () => {
    const groups = [lyon, agents, brest].flatMap((s) => s.groups.filter((g) => !g.deleted).map((g) => [s.session.id as string, g.id as string] as const));
    const themes = [attente, accueil, ancien, theme('t-z', 'Attente', 1)];
    const arbLink = fc.record({
      g: fc.constantFrom(...groups),
      themeId: fc.constantFrom('', 't-attente', 'u-accueil', 't-ancien', 't-z', 't-x'),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbLink, { maxLength: 12 }), (raw) => {
        const links = raw.map((l) => link(l.g[0], l.g[1], l.themeId, l.deleted));
        const g = groupThemes(themes, links, [lyon, agents, brest]);
        const all = [...g.themes.flatMap((t) => keys(t.regroupements)), ...keys(g.unthemed)];
        expect([...all].sort()).toEqual(groups.map(([s, id]) => `${s}/${id}`).sort());
        expect(groupThemes([...themes].reverse(), [...links].reverse(), [brest, agents, lyon])).toEqual(g);
      }),
    );
  });
});
