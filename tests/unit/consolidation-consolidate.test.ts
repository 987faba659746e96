// The consolidation of a démarche's séances: the four headings from tags and post-its (the report's rules), counts and séances, the publics side by side, the mirror per theme, 0 and 1 séance.
import { describe, expect, it } from 'vitest';
import { categoriesOfTags, consolidate, mirrorByTheme, type ConsolidationSeance } from '../../src/domain/consolidate';
import type { RankingSeance } from '../../src/domain/ranking';
import type { ReportInput } from '../../src/domain/recordSet';
import type { SearchSeance } from '../../src/domain/search';
import { groupThemes, type GroupingSeance } from '../../src/domain/themeGrouping';
import type { Card, CardId, GroupId, Session, SessionId, Verbatim, VerbatimId } from '../../src/domain/types';
import { makeCard, makeGroup, makeSession, makeVerbatim, T0 } from '../factories';

type Seance = ConsolidationSeance & GroupingSeance;

let at = 0;
function seance(id: string, date: string, audience: Session['audience'], verbatims: [string, string, Partial<Verbatim>][], cards: [string, string, Partial<Card>][], groups: string[] = []): Seance {
  const sid = id as SessionId;
  return {
    session: makeSession({ id: sid, date, title: id, place: id, audience }),
    verbatims: verbatims.map(([vid, text, over]) => makeVerbatim(sid, { id: vid as VerbatimId, text, tags: [], capturedAt: T0 + ++at, ...over })),
    cards: cards.map(([cid, text, over]) => makeCard(sid, { id: cid as CardId, text, ...over })),
    groups: groups.map((gid, order) => makeGroup(sid, { id: gid as GroupId, title: gid, order })),
  };
}

const lyon = seance(
  'lyon',
  '2026-11-02',
  ['usagers'],
  [
    ['v1', 'L’accueil est chaleureux', { tags: ['positif'], key: true }],
    ['v2', 'On attend trop', { tags: ['irritant', 'negatif'] }],
    ['v3', 'Il faudrait des rendez-vous', { tags: ['idee', 'attente'] }],
    ['v4', 'Sans étiquette', { tags: [] }],
    ['v5', 'Note de la secrétaire', { tags: ['irritant'], kind: 'note' }],
    ['v6', 'Effacé', { tags: ['irritant'], deleted: true }],
  ],
  [
    ['c1', 'Attente au guichet', { kind: 'irritant', groupId: 'g1' as GroupId, order: 0, sourceVerbatimId: 'v2' as VerbatimId }],
    ['c6', 'Accueil', { kind: 'positif', groupId: 'g1' as GroupId, order: 1, sourceVerbatimId: 'v1' as VerbatimId }],
    ['c3', 'Des rendez-vous', { kind: 'idee', groupId: 'g-gone' as GroupId, order: 1 }],
    ['c2', 'Sourire', { kind: 'positif', groupId: null, order: 0 }],
    ['c4', 'Effacé', { kind: 'irritant', deleted: true }],
  ],
  ['g1'],
);
lyon.groups = [...lyon.groups, makeGroup('lyon' as SessionId, { id: 'g-gone' as GroupId, deleted: true })];
const agents = seance(
  'agents',
  '2026-11-09',
  ['agents'],
  [['v7', 'Trop de dossiers', { tags: ['irritant'] }]],
  [['c5', 'Manque de temps', { kind: 'irritant', groupId: 'g2' as GroupId, sourceVerbatimId: 'v7' as VerbatimId }]],
  ['g2'],
);
const brest = seance('brest', '2026-11-05', ['usagers', 'elus'], [['v8', 'Les élus écoutent', { tags: ['positif'] }]], []);
const gone = seance('gone', '2026-11-01', ['partenaires'], [['v9', 'Supprimé', { tags: ['irritant'] }]], []);
gone.session = { ...gone.session, deleted: true };

// Every module of the consolidation takes a séance's records as the report reads them (checked when type-checking).
export const takesReportInput = (input: ReportInput): [ConsolidationSeance, GroupingSeance, RankingSeance, SearchSeance] => [input, input, input, input];

const item = (i: { source: string; sessionId: string; id: string }) => `${i.sessionId}/${i.id}`;

describe('categoriesOfTags', () => {
  it.each([
    [['irritant', 'negatif'], ['irritant']],
    [['negatif'], ['irritant']],
    [['attente', 'idee'], ['attente', 'idee']],
    [['positif', 'irritant'], ['irritant', 'positif']],
    [[], []],
  ] as const)('%j → %j', (tags, categories) => expect(categoriesOfTags(tags)).toEqual(categories));
});

describe('consolidate', () => {
  const c = consolidate([agents, gone, brest, lyon]);
  const block = (k: string) => c.categories.find((b) => b.category === k)!;

  it('lists the live séances in séance order', () => {
    expect(c.seances.map((s) => s.id)).toEqual(['lyon', 'brest', 'agents']);
  });

  it('counts tagged verbatims (not notes, not tombstones) and post-its under the four headings', () => {
    expect(c.categories.map((b) => [b.category, b.count, b.verbatims, b.postits])).toEqual([
      ['irritant', 4, 2, 2],
      ['attente', 1, 1, 0],
      ['idee', 2, 1, 1],
      ['positif', 4, 2, 2],
    ]);
  });

  it('gives each heading its items séance by séance, verbatims as said then post-its in board order', () => {
    expect(block('irritant').items.map(item)).toEqual(['lyon/v2', 'lyon/c1', 'agents/v7', 'agents/c5']);
    expect(block('positif').items.map(item)).toEqual(['lyon/v1', 'lyon/c6', 'lyon/c2', 'brest/v8']);
    // A post-it whose group was deleted is unsorted, as on the board.
    expect(block('idee').items).toContainEqual({ source: 'postit', sessionId: 'lyon', id: 'c3', text: 'Des rendez-vous', groupId: null });
    expect(block('irritant').items[0]).toEqual({ source: 'verbatim', sessionId: 'lyon', id: 'v2', text: 'On attend trop', key: false, phase: 3 });
  });

  it('says which séances each heading comes from, and what each brought', () => {
    expect(block('irritant').seances).toEqual([
      { sessionId: 'lyon', verbatims: 1, postits: 1 },
      { sessionId: 'agents', verbatims: 1, postits: 1 },
    ]);
    expect(block('positif').seances).toEqual([
      { sessionId: 'lyon', verbatims: 1, postits: 2 },
      { sessionId: 'brest', verbatims: 1, postits: 0 },
    ]);
  });

  it('puts the publics side by side, a séance of two publics in both columns', () => {
    expect(c.publics.map((p) => [p.audience, p.sessionIds])).toEqual([
      ['usagers', ['lyon', 'brest']],
      ['agents', ['agents']],
      ['elus', ['brest']],
    ]);
    expect(c.publics[0]!.counts).toEqual({
      irritant: { verbatims: 1, postits: 1 },
      attente: { verbatims: 1, postits: 0 },
      idee: { verbatims: 1, postits: 1 },
      positif: { verbatims: 2, postits: 2 },
    });
    expect(c.publics[2]!.counts.positif).toEqual({ verbatims: 1, postits: 0 });
  });

  it('a séance whose public is not set has its own column, last', () => {
    const unset = seance('unset', '2026-11-03', [], [['v10', 'Bof', { tags: ['negatif'] }]], []);
    expect(consolidate([unset, agents]).publics.map((p) => [p.audience, p.sessionIds, p.counts.irritant.verbatims])).toEqual([
      ['agents', ['agents'], 1],
      [null, ['unset'], 1],
    ]);
  });

  it('one séance gives a single column; no séance gives empty headings and no column', () => {
    const one = consolidate([agents]);
    expect(one.publics.map((p) => p.audience)).toEqual(['agents']);
    expect(one.categories.map((b) => b.count)).toEqual([2, 0, 0, 0]);
    expect(consolidate([])).toEqual({
      seances: [],
      categories: ['irritant', 'attente', 'idee', 'positif'].map((category) => ({ category, count: 0, verbatims: 0, postits: 0, seances: [], items: [] })),
      publics: [],
    });
  });
});

describe('mirrorByTheme', () => {
  const themes = [
    { id: 't-attente', title: 'Attente', order: 0, deleted: false },
    { id: 't-vide', title: 'Vide', order: 1, deleted: false },
  ];
  const links = [
    { groupSessionId: 'lyon', groupId: 'g1', themeId: 't-attente', deleted: false },
    { groupSessionId: 'agents', groupId: 'g2', themeId: 't-attente', deleted: false },
  ];
  const all = [lyon, brest, agents, gone];
  const mirror = mirrorByTheme(groupThemes(themes, links, all), all);

  it('gives every theme one cell per public of the démarche, in column order, empty where that public said nothing', () => {
    expect(mirror.map((m) => [m.theme.id, m.cells.map((cell) => `${cell.audience}:${cell.regroupements.map((r) => r.groupId).join('+')}`)])).toEqual([
      ['t-attente', ['usagers:g1', 'agents:g2', 'elus:']],
      ['t-vide', ['usagers:', 'agents:', 'elus:']],
    ]);
  });

  it('counts each public’s post-its on the theme and quotes the verbatims they were made from, starred first', () => {
    const [usagers, agentsCell, elus] = mirror[0]!.cells;
    expect(usagers!.counts).toEqual({ irritant: 1, attente: 0, idee: 0, positif: 1 });
    expect(usagers!.quotes).toEqual([
      { sessionId: 'lyon', id: 'v1', text: 'L’accueil est chaleureux', key: true },
      { sessionId: 'lyon', id: 'v2', text: 'On attend trop', key: false },
    ]);
    expect(agentsCell!.quotes.map((q) => q.id)).toEqual(['v7']);
    expect(elus!.counts).toEqual({ irritant: 0, attente: 0, idee: 0, positif: 0 });
  });

  it('a starred verbatim is quoted first even when said later', () => {
    const restarred = { ...lyon, verbatims: lyon.verbatims.map((v) => ({ ...v, key: v.id === 'v2' })) };
    const m = mirrorByTheme(groupThemes(themes, links, [restarred]), [restarred]);
    expect(m[0]!.cells[0]!.quotes.map((q) => [q.id, q.key])).toEqual([
      ['v2', true],
      ['v1', false],
    ]);
  });

  it('a deleted verbatim behind a post-it is not quoted', () => {
    const erased = { ...agents, verbatims: agents.verbatims.map((v) => ({ ...v, deleted: true })) };
    const m = mirrorByTheme(groupThemes(themes, links, [lyon, erased]), [lyon, erased]);
    expect(m[0]!.cells.find((cell) => cell.audience === 'agents')!.quotes).toEqual([]);
  });

  it('no séance, no theme: nothing to mirror; one séance: one column', () => {
    expect(mirrorByTheme(groupThemes([], [], []), [])).toEqual([]);
    expect(mirrorByTheme(groupThemes(themes, links, [agents]), [agents])[0]!.cells.map((cell) => cell.audience)).toEqual(['agents']);
  });
});
