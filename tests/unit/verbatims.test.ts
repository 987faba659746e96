// Verbatim rules: cleaning, filters and accent-free search, phase sections, default speaker, post-it kind.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import type { ParticipantId, PhaseIndex, Verbatim, VerbatimTag } from '../../src/domain/types';
import { byCapture, cardKindFor, cleanVerbatimText, defaultSpeaker, isFiltering, matches, NO_FILTER, sectionsByPhase, speakerLabel } from '../../src/domain/verbatims';

const [amina, bruno] = ['p-amina', 'p-bruno'] as ParticipantId[];
type Row = Pick<Verbatim, 'speaker' | 'speakerName' | 'tags' | 'key' | 'phase' | 'text' | 'capturedAt'> & { id: string };
const v = (over: Partial<Row>): Row => ({
  id: 'v',
  speaker: amina!,
  speakerName: 'Amina',
  tags: [],
  key: false,
  phase: 3,
  text: 'Les règles sont claires.',
  capturedAt: 0,
  ...over,
});

describe('cleanVerbatimText', () => {
  it.each([
    ['', { ok: false, problem: 'empty' }],
    ['  \n\t ', { ok: false, problem: 'empty' }],
    ['  Bonjour\n', { ok: true, text: 'Bonjour', truncated: false }],
    ['Bonjour  \n\n', { ok: true, text: 'Bonjour', truncated: false }],
    ['  deux  espaces  dedans ', { ok: true, text: 'deux  espaces  dedans', truncated: false }],
    ['<b>gras</b> 👋', { ok: true, text: '<b>gras</b> 👋', truncated: false }],
  ])('%j', (raw, expected) => {
    expect(cleanVerbatimText(raw)).toEqual(expected);
  });
  it('caps a pasted megabyte at the long-text limit and says it did', () => {
    const r = cleanVerbatimText('a'.repeat(1_000_000));
    expect(r.ok && r.text.length === LIMITS.long && r.truncated).toBe(true);
  });
});

describe('matches', () => {
  it.each([
    [{ search: 'regles' }, true],
    [{ search: 'RÈGLES claires' }, true],
    [{ search: 'règles floues' }, false],
    [{ search: 'amina' }, true],
    [{ speaker: bruno! }, false],
    [{ speaker: amina! }, true],
    [{ tag: 'positif' as VerbatimTag }, false],
    [{ tag: 'cle' as const }, false],
    [{ phase: 3 as PhaseIndex }, true],
    [{ phase: 2 as PhaseIndex }, false],
    [{ search: '  règles   CLAIRES ' }, true],
    [{ search: '   ' }, true],
  ])('%j → %s', (patch, expected) => {
    expect(matches(v({}), { ...NO_FILTER, ...patch })).toBe(expected);
  });
  it.each([
    [{}, false],
    [{ search: '  ' }, false],
    [{ search: 'x' }, true],
    [{ speaker: amina! }, true],
    [{ tag: 'cle' as const }, true],
    [{ phase: 1 as PhaseIndex }, true],
  ])('filtering with %j: %s (the « Effacer les filtres » button shows)', (patch, expected) => {
    expect(isFiltering({ ...NO_FILTER, ...patch })).toBe(expected);
  });
  it('finds key quotes and tags', () => {
    expect(matches(v({ key: true, tags: ['idee'] }), { ...NO_FILTER, tag: 'cle' })).toBe(true);
    expect(matches(v({ key: true, tags: ['idee'] }), { ...NO_FILTER, tag: 'idee' })).toBe(true);
  });
});

describe('timeline order and sections', () => {
  it('sorts by capture time, ties by id', () => {
    const list = [v({ id: 'b', capturedAt: 5 }), v({ id: 'a', capturedAt: 5 }), v({ id: 'c', capturedAt: 1 })].sort(byCapture);
    expect(list.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
  it('groups consecutive verbatims of a phase, and a phase revisited gets a section again', () => {
    const sections = sectionsByPhase([v({ phase: 1 }), v({ phase: 1 }), v({ phase: 3 }), v({ phase: 1 })]);
    expect(sections.map((s) => [s.phase, s.items.length])).toEqual([
      [1, 2],
      [3, 1],
      [1, 1],
    ]);
  });
});

describe('defaultSpeaker', () => {
  it.each([
    ['nobody has the floor, no choice', null, null, 'inconnu'],
    ['the floor decides', amina, null, amina],
    ['a choice made under this floor holds', amina, { speaker: 'groupe' as const, floor: amina! }, 'groupe'],
    ['the floor moved since the choice', bruno, { speaker: 'groupe' as const, floor: amina! }, bruno],
    ['the floor was released: the last choice stays', null, { speaker: 'groupe' as const, floor: amina! }, 'groupe'],
  ])('%s', (_, floor, manual, expected) => {
    expect(defaultSpeaker(floor ?? null, manual)).toBe(expected);
  });
});

describe('cardKindFor and speakerLabel', () => {
  it.each([
    [[], 'idee'],
    [['positif'], 'positif'],
    [['negatif'], 'irritant'],
    [['attente', 'positif'], 'attente'],
    [['irritant', 'attente'], 'irritant'],
  ] as const)('%j → %s', (tags, kind) => {
    expect(cardKindFor(tags)).toBe(kind);
  });
  const words = { animateur: 'Animateur', groupe: 'Groupe', inconnu: 'Inconnu', removed: (n: string) => `${n} (retiré)` };
  it('names the speaker, including one removed since or unknown to this tablet', () => {
    const people = new Map([
      [amina as string, { pseudonym: 'Amina', deleted: false }],
      [bruno as string, { pseudonym: 'Bruno', deleted: true }],
    ]);
    expect(speakerLabel({ speaker: amina!, speakerName: 'Amina' }, people, words)).toBe('Amina');
    expect(speakerLabel({ speaker: bruno!, speakerName: 'Bruno' }, people, words)).toBe('Bruno (retiré)');
    expect(speakerLabel({ speaker: 'p-gone' as ParticipantId, speakerName: 'Zoé' }, people, words)).toBe('Zoé (retiré)');
    expect(speakerLabel({ speaker: 'groupe', speakerName: '' }, people, words)).toBe('Groupe');
    expect(speakerLabel({ speaker: 'animateur', speakerName: '' }, people, words)).toBe('Animateur');
    expect(speakerLabel({ speaker: 'inconnu', speakerName: '' }, people, words)).toBe('Inconnu');
    expect(speakerLabel({ speaker: 'p-gone' as ParticipantId, speakerName: '' }, people, words)).toBe('? (retiré)');
  });
});
