// Similar regroupements across séances: significant words (accents, case, stop words, plurals, word starts), the Jaccard score, suggestions never applied, their order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { significantWords, similarity, SIMILARITY_THRESHOLD, suggestSimilar, suggestionsFor } from '../../src/domain/similar';
import { groupThemes, type GroupingSeance } from '../../src/domain/themeGrouping';
import type { GroupId, SessionId } from '../../src/domain/types';
import { makeCard, makeGroup, makeSession } from '../factories';

const sim = (a: string, b: string) => similarity(significantWords(a), significantWords(b));

describe('significantWords', () => {
  it.each([
    ['Délais d’attente trop longs', ['delai', 'attente', 'trop', 'long'], ['délais', 'attente', 'trop', 'longs']],
    ['attente trop longue au guichet', ['attente', 'trop', 'longue', 'guichet'], ['attente', 'trop', 'longue', 'guichet']],
    ['L’ACCUEIL de l\'Accueil', ['accueil'], ['accueil']],
    ['Le, la, les, des, et… à', [], []],
    ['Bureaux et bureau', ['bureau'], ['bureaux']],
    ['Œuvre sociale', ['oeuvre', 'sociale'], ['œuvre', 'sociale']],
  ])('%s', (text, keys, shown) => {
    const words = significantWords(text);
    expect(words.map((w) => w.key)).toEqual(keys);
    expect(words.map((w) => w.shown)).toEqual(shown);
  });
});

describe('similarity', () => {
  it.each([
    { a: 'Délais d’attente trop longs', b: 'attente trop longue au guichet', score: 3 / 5, shared: ['attente', 'trop', 'longs'] },
    { a: 'ACCUEIL Téléphonique', b: 'accueil telephonique', score: 1, shared: ['accueil', 'téléphonique'] },
    { a: 'Accueil au guichet', b: 'Attente au guichet', score: 1 / 3, shared: ['guichet'] },
    { a: 'Accueil au guichet', b: 'Attente trop longue au guichet', score: 1 / 5, shared: ['guichet'] },
    { a: 'Accueil au guichet', b: 'Horaires d’ouverture', score: 0, shared: [] },
    { a: 'Accueil', b: 'Accueillant', score: 1, shared: ['accueil'] },
    { a: 'La mai', b: 'La mairie', score: 0, shared: [] },
    { a: 'attente attente', b: 'attente délais', score: 1 / 2, shared: ['attente'] },
    { a: '', b: 'Accueil', score: 0, shared: [] },
  ])('« $a » and « $b »: $score', ({ a, b, score, shared }) => {
    const s = sim(a, b);
    expect(s.score).toBeCloseTo(score, 10);
    expect(s.shared).toEqual(shared);
  });

  it('property: symmetric in score, between 0 and 1, and 1 for a title and itself', () => {
    const word = fc.constantFrom('Attente', 'attentes', 'délai', 'DÉLAIS', 'long', 'longue', 'guichet', 'au', 'de', 'accueil', 'accueillant', 'mai', 'mairie', 'Œuvre', 'oeuvres');
    const title = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(title, title, (a, b) => {
        const ab = sim(a, b).score;
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(sim(b, a).score).toBeCloseTo(ab, 10);
        if (significantWords(a).length > 0) expect(sim(a, a).score).toBe(1);
      }),
    );
  });
});

function seance(id: string, date: string, groups: [string, string][]): GroupingSeance {
  const sid = id as SessionId;
  return {
    session: makeSession({ id: sid, date, title: id }),
    groups: groups.map(([gid, title], i) => makeGroup(sid, { id: gid as GroupId, title, order: i })),
    cards: [makeCard(sid, { groupId: 'g-sans-titre' as GroupId, text: 'Le guichet ferme trop tôt' })],
  };
}

describe('suggestSimilar', () => {
  const lyon = seance('lyon', '2026-11-02', [
    ['g-delais', 'Délais d’attente trop longs'],
    ['g-lyon-guichet', 'Accueil au guichet'],
  ]);
  const brest = seance('brest', '2026-11-05', [
    ['g-brest-guichet', 'Attente au guichet'],
    ['g-sans-titre', ''],
  ]);
  const agents = seance('agents', '2026-11-09', [
    ['g-attente', 'attente trop longue au guichet'],
    ['g-outils', 'Outils informatiques'],
    // Alike, but of one séance: the secrétaire kept them apart on purpose.
    ['g-outils-lents', 'Outils informatiques trop lents'],
    ['g-accueil', 'L’accueil au guichet'],
  ]);
  const themes = [{ id: 't-attente', title: 'Attente', order: 0, deleted: false }];
  const grouping = groupThemes(themes, [{ groupSessionId: 'lyon', groupId: 'g-delais', themeId: 't-attente', deleted: false }], [lyon, brest, agents]);
  const before = structuredClone(grouping);
  const suggestions = suggestSimilar(grouping);
  const line = (s: (typeof suggestions)[number]) =>
    `${s.groupId} → ${s.target.kind === 'theme' ? `${s.target.themeId} via ${s.target.via?.groupId ?? 'title'}` : s.target.groupId} ${s.score.toFixed(2)} [${s.shared.join(', ')}]`;

  it('pairs regroupements not in a theme with a theme (its title or its regroupements) and with those of other séances, best first', () => {
    expect(suggestions.map(line)).toEqual([
      // « Délais d’attente trop longs » is in the theme: « attente trop longue au guichet » is offered that theme through it.
      'g-lyon-guichet → g-accueil 1.00 [accueil, guichet]',
      'g-attente → t-attente via g-delais 0.60 [attente, trop, longue]',
      'g-brest-guichet → t-attente via title 0.50 [attente]',
      'g-brest-guichet → g-attente 0.50 [attente, guichet]',
      'g-lyon-guichet → g-brest-guichet 0.33 [guichet]',
      'g-brest-guichet → g-accueil 0.33 [guichet]',
      // The untitled regroupement is compared by its post-its (« guichet », « ferme », « trop », « tôt »).
      'g-sans-titre → g-attente 0.33 [guichet, trop]',
    ]);
  });

  it('never pairs two regroupements of one séance, never lists a pair twice, and applies nothing', () => {
    for (const s of suggestions) if (s.target.kind === 'regroupement') expect(s.target.sessionId).not.toBe(s.sessionId);
    expect(new Set(suggestions.map(line)).size).toBe(suggestions.length);
    expect(grouping).toEqual(before);
  });

  it('every score shown is at least the threshold, and a higher threshold keeps fewer', () => {
    expect(suggestions.every((s) => s.score >= SIMILARITY_THRESHOLD)).toBe(true);
    expect(suggestSimilar(grouping, 0.6).map(line)).toEqual(suggestions.slice(0, 2).map(line));
  });

  it('suggestionsFor gives what names a regroupement on either side', () => {
    expect(suggestionsFor(suggestions, 'agents', 'g-attente').map(line)).toEqual([
      'g-attente → t-attente via g-delais 0.60 [attente, trop, longue]',
      'g-brest-guichet → g-attente 0.50 [attente, guichet]',
      'g-sans-titre → g-attente 0.33 [guichet, trop]',
    ]);
  });

  it('is the same whatever order the séances and themes come in', () => {
    const again = groupThemes(themes, [{ groupSessionId: 'lyon', groupId: 'g-delais', themeId: 't-attente', deleted: false }], [agents, brest, lyon]);
    expect(suggestSimilar(again)).toEqual(suggestions);
  });

  it('at equal scores, a theme is offered before a regroupement', () => {
    const a = seance('a', '2026-01-01', [['g-a', 'Guichet']]);
    const b = seance('b', '2026-01-02', [['g-b', 'Guichets']]);
    const three = ['Outils', 'Horaires', 'Guichet'].map((title, order) => ({ id: `t${order}`, title, order, deleted: false }));
    expect(suggestSimilar(groupThemes(three, [], [a, b])).map(line)).toEqual(['g-a → t2 via title 1.00 [guichet]', 'g-a → g-b 1.00 [guichet]', 'g-b → t2 via title 1.00 [guichets]']);
  });

  it('finds a pair whose only link is a word beginning another (« longs », « longue »), as a theme or a regroupement', () => {
    const a = seance('a', '2026-01-01', [['g-a', 'Longs']]);
    const b = seance('b', '2026-01-02', [['g-b', 'Longue']]);
    const t = [{ id: 't', title: 'Allongement', order: 0, deleted: false }, { id: 'u', title: 'Longueur', order: 1, deleted: false }];
    expect(suggestSimilar(groupThemes(t, [], [a, b])).map(line)).toEqual(['g-a → u via title 1.00 [longs]', 'g-a → g-b 1.00 [longs]', 'g-b → u via title 1.00 [longue]']);
  });

  it('property: pairs of regroupements offered are exactly those of different séances scoring the threshold or more', () => {
    const word = fc.constantFrom('long', 'longs', 'longue', 'lo', 'Accueil', 'accueillant', 'guichet', 'délai', 'au', 'de', 'mai', 'mairie', 'œuvre');
    const titles = fc.array(fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(titles, titles, (ta, tb) => {
        const a = seance('a', '2026-01-01', ta.map((t, i) => [`a${i}`, t]));
        const b = seance('b', '2026-01-02', tb.map((t, i) => [`b${i}`, t]));
        const offered = suggestSimilar(groupThemes([], [], [a, b])).map((x) => `${x.groupId}-${x.target.kind === 'regroupement' ? x.target.groupId : ''}`);
        const expected = ta.flatMap((x, i) => tb.flatMap((y, j) => (sim(x, y).score >= SIMILARITY_THRESHOLD && sim(x, y).score > 0 ? [`a${i}-b${j}`] : [])));
        expect(offered.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('nothing to suggest with no séance or a single one', () => {
    expect(suggestSimilar(groupThemes([], [], []))).toEqual([]);
    expect(suggestSimilar(groupThemes([], [], [agents]))).toEqual([]);
  });
});
