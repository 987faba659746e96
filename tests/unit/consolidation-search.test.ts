// Search across a démarche's verbatims: accents, case, œ, apostrophes, word starts, every filter and their combination, highlight ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, queryWords, searchVerbatims, siteKey, sitesOf, type SearchSeance } from '../../src/domain/search';
import { foldText, foldWithOffsets, originalRange } from '../../src/domain/textFold';
import type { Verbatim } from '../../src/domain/types';
import { makeSession, makeVerbatim, T0 } from '../factories';

const lyon = makeSession({ id: 's-lyon' as never, title: 'Usagers Lyon', date: '2026-11-02', place: 'Mairie de Lyon', audience: ['usagers'] });
const lyonAgents = makeSession({ id: 's-lyon-agents' as never, title: 'Agents Lyon', date: '2026-11-09', place: ' mairie de  LYON ', audience: ['agents'] });
const brest = makeSession({ id: 's-brest' as never, title: 'Usagers Brest', date: '2026-11-05', place: 'Brest', audience: ['usagers', 'elus'] });

let at = 0;
const said = (session: { id: string }, text: string, over: Partial<Verbatim> = {}) =>
  makeVerbatim(session.id as never, { id: `${session.id}/${++at}` as never, text, capturedAt: T0 + at * 1000, tags: [], ...over });

const seances: SearchSeance[] = [
  {
    session: lyon,
    verbatims: [
      said(lyon, 'L’Accueil au guichet est chaleureux', { tags: ['positif'], key: true, phase: 3 }),
      said(lyon, 'On attend trop longtemps', { tags: ['irritant'], phase: 3 }),
      said(lyon, 'Les ÉLUS ne viennent jamais', { tags: ['negatif'], phase: 4 }),
      said(lyon, 'Un accueil supprimé', { deleted: true }),
    ],
  },
  {
    session: lyonAgents,
    verbatims: [
      said(lyonAgents, 'Nous manquons de temps pour l’accueil', { tags: ['irritant'], phase: 3, key: true }),
      said(lyonAgents, 'La boucle des rendez-vous se répète', { tags: ['idee'], phase: 4 }),
    ],
  },
  {
    session: brest,
    verbatims: [
      said(brest, 'Le cœur du problème : l\'accueil téléphonique', { tags: ['irritant', 'attente'], phase: 3, key: true }),
      said(brest, 'Un élu est venu nous écouter', { tags: ['positif'], phase: 5 }),
    ],
  },
  { session: makeSession({ id: 's-gone' as never, deleted: true, place: 'Ailleurs' }), verbatims: [] },
];
const index = buildSearchIndex(seances);
const ids = (query: string, filters = {}) => searchVerbatims(index, query, filters).hits.map((h) => h.text);

describe('folding', () => {
  it.each([
    ['Accueil', 'accueil'],
    ['ÉLU', 'elu'],
    ['Cœur ŒUVRE ex æquo', 'coeur oeuvre ex aequo'],
    ['l’accueil ‘ʼ', "l'accueil ''"],
    ['e\u0301te\u0301', 'ete'],
    ['Çà et là', 'ca et la'],
  ])('%s → %s', (raw, folded) => expect(foldText(raw)).toBe(folded));

  it('a text of precomposed letters keeps its positions, and the offsets of others lead back to whole characters', () => {
    expect(foldWithOffsets('Élu à Brest').offsets).toBeNull();
    const f = foldWithOffsets('Sœur e\u0301lue');
    expect(f.text).toBe('soeur elue');
    // « oe » comes from « œ »: a range ending between its two letters still takes the whole œ.
    expect(originalRange(f, 0, 2)).toEqual([0, 2]);
    // « e » of « élue » written as e + combining accent: the accent comes along.
    expect(originalRange(f, 6, 7)).toEqual([5, 7]);
  });

  it('property: folding by character and by whole text agree, and every range maps inside the original', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'É', 'é', 'e\u0301', 'œ', 'Æ', '’', ' ', '-', 'ß', '😀', 'Z', 'ç', '\u202F') });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const f = foldWithOffsets(t);
        expect(f.text).toBe([...t].map(foldText).join(''));
        const [s, e] = [Math.min(x, y) % (f.text.length + 1), Math.max(x, y) % (f.text.length + 1)].sort((a, b) => a - b) as [number, number];
        const [os, oe] = originalRange(f, s, e);
        expect(0 <= os && os <= oe && oe <= t.length).toBe(true);
        expect(foldText(t.slice(os, oe))).toContain(f.text.slice(s, e));
      }),
    );
  });
});

describe('queryWords', () => {
  it.each([
    ['  Accueil   GUICHET ', ['accueil', 'guichet']],
    ['«accueil», accueil !', ['accueil']],
    ['d’attente', ["d'attente"]],
    ['— ? …', []],
  ])('%j → %j', (q, words) => expect(queryWords(q)).toEqual(words));
});

describe('searchVerbatims', () => {
  it.each([
    { why: 'case and accents: « accueil » finds « L’Accueil », « l’accueil »', query: 'accueil', found: ['L’Accueil au guichet est chaleureux', 'Le cœur du problème : l\'accueil téléphonique', 'Nous manquons de temps pour l’accueil'] },
    { why: '« elu » finds « ÉLUS » and « élu »', query: 'elu', found: ['Les ÉLUS ne viennent jamais', 'Un élu est venu nous écouter'] },
    { why: 'a word prefix: « accue » finds as « accueil » does', query: 'ACCUE', found: ['L’Accueil au guichet est chaleureux', 'Le cœur du problème : l\'accueil téléphonique', 'Nous manquons de temps pour l’accueil'] },
    { why: 'only at a word’s start: « cle » is not inside « boucle »', query: 'oucle', found: [] },
    { why: 'œ written out: « coeur » finds « cœur »', query: 'coeur', found: ['Le cœur du problème : l\'accueil téléphonique'] },
    { why: 'apostrophes: « l’accueil » typed either way', query: "l'accueil", found: ['L’Accueil au guichet est chaleureux', 'Le cœur du problème : l\'accueil téléphonique', 'Nous manquons de temps pour l’accueil'] },
    { why: 'every word must match, in any order', query: 'guichet accueil', found: ['L’Accueil au guichet est chaleureux'] },
    { why: 'one word missing, no result', query: 'accueil samedi', found: [] },
    { why: 'after a hyphen: « vous » starts a word of « rendez-vous »', query: 'vous', found: ['La boucle des rendez-vous se répète'] },
    { why: 'tombstones never found', query: 'supprime', found: [] },
  ])('$why', ({ query, found }) => {
    expect(ids(query)).toEqual(found);
  });

  it('lists hits in séance order (by day), then in the order they were said, with what opens them', () => {
    const r = searchVerbatims(index, '');
    expect(r.total).toBe(7);
    expect(r.hits.map((h) => h.seanceId)).toEqual(['s-lyon', 's-lyon', 's-lyon', 's-brest', 's-brest', 's-lyon-agents', 's-lyon-agents']);
    expect(r.hits[0]).toMatchObject({ seanceId: 's-lyon', phase: 3, key: true, kind: 'verbatim', verbatimId: seances[0]!.verbatims[0]!.id, ranges: [] });
  });

  it.each([
    { why: 'séance', filters: { seance: 's-brest' }, found: ['Le cœur du problème : l\'accueil téléphonique'] },
    { why: 'site: two spellings of one place are one site', filters: { site: siteKey('MAIRIE DE LYON') }, found: ['L’Accueil au guichet est chaleureux', 'Nous manquons de temps pour l’accueil'] },
    { why: 'public', filters: { audience: 'agents' }, found: ['Nous manquons de temps pour l’accueil'] },
    { why: 'public of a séance with two publics', filters: { audience: 'elus' }, found: ['Le cœur du problème : l\'accueil téléphonique'] },
    { why: 'tag', filters: { tag: 'irritant' }, found: ['Le cœur du problème : l\'accueil téléphonique', 'Nous manquons de temps pour l’accueil'] },
    { why: 'citation clé', filters: { keyOnly: true }, found: ['L’Accueil au guichet est chaleureux', 'Le cœur du problème : l\'accueil téléphonique', 'Nous manquons de temps pour l’accueil'] },
    { why: 'site and tag combine', filters: { site: siteKey('Mairie de Lyon'), tag: 'positif' }, found: ['L’Accueil au guichet est chaleureux'] },
    { why: 'public, tag and citation clé combine', filters: { audience: 'usagers', tag: 'attente', keyOnly: true }, found: ['Le cœur du problème : l\'accueil téléphonique'] },
    { why: 'filters that exclude each other', filters: { seance: 's-brest', audience: 'agents' }, found: [] },
  ])('filter by $why', ({ filters, found }) => {
    expect(ids('accueil', filters)).toEqual(found);
  });

  it('keeps only the citations clés, with or without a query', () => {
    expect(ids('', { keyOnly: true })).toEqual(['L’Accueil au guichet est chaleureux', 'Le cœur du problème : l\'accueil téléphonique', 'Nous manquons de temps pour l’accueil']);
    expect(ids('elu', { keyOnly: true })).toEqual([]);
  });

  it('filters by phase, with or without a query', () => {
    expect(ids('', { phase: 4 })).toEqual(['Les ÉLUS ne viennent jamais', 'La boucle des rendez-vous se répète']);
    expect(ids('elu', { phase: 5 })).toEqual(['Un élu est venu nous écouter']);
  });

  it('gives the ranges to highlight in the original text, whole characters included', () => {
    const hit = (q: string, filters = {}) => searchVerbatims(index, q, filters).hits[0]!;
    const h = hit('accueil guichet');
    expect(h.ranges.map(([s, e]) => h.text.slice(s, e))).toEqual(['Accueil', 'guichet']);
    const c = hit('coe acc', { seance: 's-brest' });
    expect(c.ranges.map(([s, e]) => c.text.slice(s, e))).toEqual(['cœ', 'acc']);
    // Overlapping words make one range.
    const o = hit('accueil acc', { seance: 's-lyon' });
    expect(o.ranges.map(([s, e]) => o.text.slice(s, e))).toEqual(['Accueil']);
  });

  it('counts every match but works out only the first hits asked for', () => {
    const r = searchVerbatims(index, 'accueil', {}, 2);
    expect(r.total).toBe(3);
    expect(r.hits).toHaveLength(2);
  });

  it('an empty démarche, and a démarche of one séance, search without fault', () => {
    expect(searchVerbatims(buildSearchIndex([]), 'accueil')).toEqual({ total: 0, hits: [] });
    expect(searchVerbatims(buildSearchIndex([seances[2]!]), 'ELU').hits.map((h) => h.text)).toEqual(['Un élu est venu nous écouter']);
  });
});

describe('sitesOf', () => {
  it('lists each place once, as first written, in séance order; a deleted séance’s place is not there', () => {
    expect(sitesOf(seances)).toEqual([
      { key: 'mairie de lyon', label: 'Mairie de Lyon' },
      { key: 'brest', label: 'Brest' },
    ]);
  });
});
