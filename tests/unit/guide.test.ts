// The default guide d'animation (real French catalogue), the mirror copy of a phase and the planned total.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_MINUTES, defaultGuide, isGuideDefault, mirrorPhaseFields, PHASE_INDEXES, plannedTotal } from '../../src/domain/guide';
import type { Fields, ParticipantId, Phase } from '../../src/domain/types';
import { loadLocale, translator } from '../../src/i18n';
import { guideTexts } from '../../src/i18n/guideTexts';
import { newId } from '../../src/platform/ids';
import { makePhase, T0 } from '../factories';

// The English catalogue loads on demand in the app; tests load it once.
beforeAll(() => loadLocale('en'));

const fr = guideTexts(translator('fr'));

describe('defaultGuide (French)', () => {
  const guide = defaultGuide(fr, newId);

  it('has the five phases of the method, indexed 1 to 5, with their French titles', () => {
    expect(guide.map((p) => [p.index, p.title])).toEqual([
      [1, 'Présentation des objectifs'],
      [2, 'Tour de table'],
      [3, 'Partage d’expériences'],
      [4, 'Attentes et axes de progrès'],
      [5, 'Bilan et synthèse'],
    ]);
    expect(PHASE_INDEXES).toEqual([1, 2, 3, 4, 5]);
  });

  it('writes French with the typographic apostrophe only, in every title and prompt', () => {
    const texts = guide.flatMap((p) => [p.title, ...p.prompts.map((q) => q.text)]);
    expect(texts.filter((text) => text.includes("'"))).toEqual([]);
    expect(texts.filter((text) => text.includes('’')).length).toBeGreaterThan(5);
  });

  it('plans 120 minutes in all, the length of a séance', () => {
    expect(plannedTotal(guide.map((p) => ({ ...p, deleted: false })))).toBe(120);
    expect(DEFAULT_SESSION_MINUTES).toBe(120);
    expect(guide.every((p) => p.plannedMinutes > 0)).toBe(true);
  });

  it('gives every phase non-empty prompts with unique ids, none asked yet', () => {
    const prompts = guide.flatMap((p) => p.prompts);
    for (const phase of guide) expect(phase.prompts.length).toBeGreaterThan(0);
    expect(prompts.every((p) => p.text.trim().length > 0 && p.askedAt === null)).toBe(true);
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
    expect(guide[0]?.prompts[2]?.text).toBe('Chacun a-t-il donné son accord pour la prise de notes ?');
  });

  it('starts with no timestamps', () => {
    expect(guide.every((p) => p.startedAt === null && p.endedAt === null && p.pauses.length === 0 && p.skipped.length === 0)).toBe(true);
  });

  it('uses the English catalogue when asked', () => {
    expect(defaultGuide(guideTexts(translator('en')), newId)[2]?.title).toBe('Sharing experiences');
  });
});

describe('mirrorPhaseFields', () => {
  const ran: Fields<Phase> = {
    index: 3,
    title: 'Partage d’expériences (version courte)',
    plannedMinutes: 50,
    prompts: [
      { id: 'q1', text: 'Racontez-nous…', askedAt: T0 },
      { id: 'q2', text: 'Et ensuite ?', askedAt: null },
    ],
    startedAt: T0,
    endedAt: T0 + 50 * 60_000,
    pauses: [{ from: T0 + 60_000, to: T0 + 120_000 }],
    skipped: ['p-1' as ParticipantId],
  };
  let n = 0;
  const mirror = mirrorPhaseFields(ran, () => `fresh-${++n}`);

  it('keeps the words and the minutes', () => {
    expect(mirror).toMatchObject({ index: 3, title: ran.title, plannedMinutes: 50 });
    expect(mirror.prompts.map((p) => p.text)).toEqual(['Racontez-nous…', 'Et ensuite ?']);
  });

  it('forgets how the phase was run: timestamps, pauses, skipped turns, asked marks', () => {
    expect(mirror).toMatchObject({ startedAt: null, endedAt: null, pauses: [], skipped: [] });
    expect(mirror.prompts.every((p) => p.askedAt === null)).toBe(true);
  });

  it('gives the prompts fresh ids, so the two séances never share a prompt', () => {
    expect(mirror.prompts.map((p) => p.id)).toEqual(['fresh-1', 'fresh-2']);
  });
});

describe('plannedTotal', () => {
  it.each([
    { minutes: [], deleted: [], total: 0 },
    { minutes: [10, 15, 45, 35, 15], deleted: [], total: 120 },
    { minutes: [10, 15, 45, 35, 15], deleted: [2], total: 75 },
    { minutes: [0, 0, 600], deleted: [0, 1], total: 600 },
  ])('$minutes without tombstones $deleted → $total', ({ minutes, deleted, total }) => {
    const phases = minutes.map((plannedMinutes, i) => makePhase('s' as Phase['sessionId'], 1, { plannedMinutes, deleted: deleted.includes(i) }));
    expect(plannedTotal(phases)).toBe(total);
  });
});

describe('isGuideDefault — a stored title is still the guide’s own', () => {
  it.each([
    ['Partage d’expériences', 'Partage d’expériences', true],
    ["Partage d'expériences", 'Partage d’expériences', true],
    ['Partage d’expériences', "Partage d'expériences", true],
    ['Partage des expériences', 'Partage d’expériences', false],
    ['Nos idées', 'Attentes et axes de progrès', false],
  ])('%s / %s → %s', (stored, text, same) => {
    expect(isGuideDefault(stored, text)).toBe(same);
  });
});
