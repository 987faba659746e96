// Participant rules: pseudonym checks, seats, group size, consent, tags.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bySeat,
  checkPseudonym,
  cleanTag,
  groupSizeWarning,
  moveSeat,
  nextSeat,
  pseudonymKey,
  withoutConsent,
  type PseudonymProblem,
} from '../../src/domain/participants';
import type { ParticipantId, SessionId } from '../../src/domain/types';
import { makeParticipant } from '../factories';

const S = 'session-1' as SessionId;
const pid = (id: string) => id as ParticipantId;
const others = [
  { id: pid('p1'), pseudonym: 'Élise', deleted: false },
  { id: pid('p2'), pseudonym: 'Jean Marc', deleted: false },
  { id: pid('p3'), pseudonym: 'Zoé', deleted: true },
];

describe('checkPseudonym', () => {
  it.each<{ name: string; selfId?: string; problem: PseudonymProblem; why: string }>([
    { name: '', problem: 'empty', why: 'nothing typed' },
    { name: '   ', problem: 'empty', why: 'spaces only' },
    { name: '\t\n', problem: 'empty', why: 'blank characters only' },
    { name: 'Élise', problem: 'duplicate', why: 'same name' },
    { name: ' elise ', problem: 'duplicate', why: 'case, accent and spaces ignored' },
    { name: 'ELISE', problem: 'duplicate', why: 'capitals' },
    { name: 'jean   marc', problem: 'duplicate', why: 'inner spaces collapsed' },
    { name: 'Élisa', problem: null, why: 'a different name' },
    { name: 'x'.repeat(201), problem: 'tooLong', why: '201 characters' },
    { name: ` ${'x'.repeat(200)} `, problem: null, why: '200 characters once trimmed' },
    { name: 'elise', selfId: 'p1', problem: null, why: 'renaming oneself (case change)' },
    { name: 'elise', selfId: 'p2', problem: 'duplicate', why: 'renaming someone else to a taken name' },
    { name: 'Zoe', problem: null, why: 'a removed participant does not block the name' },
  ])('"$name" → $problem ($why)', ({ name, selfId, problem }) => {
    expect(checkPseudonym(name, others, selfId)).toBe(problem);
  });

  it('pseudonymKey folds case, accents and spaces', () => {
    expect(pseudonymKey('  Élise  ')).toBe('elise');
    expect(pseudonymKey('François  Ñúñez')).toBe('francois nunez');
  });
});

describe('seats', () => {
  const list = ['A', 'B', 'C', 'D'].map((pseudonym, seat) => makeParticipant(S, { id: pseudonym as never, pseudonym, seat }));

  it.each([
    { from: 0, to: 1, changes: { A: 1, B: 0 }, why: 'first moves down' },
    { from: 3, to: 2, changes: { C: 3, D: 2 }, why: 'last moves up' },
    { from: 0, to: 3, changes: { A: 3, B: 0, C: 1, D: 2 }, why: 'first to the end' },
    { from: 1, to: 1, changes: {}, why: 'no move' },
    { from: 0, to: -1, changes: {}, why: 'already first' },
    { from: 3, to: 4, changes: {}, why: 'already last' },
    { from: 7, to: 0, changes: {}, why: 'unknown position' },
  ])('moveSeat $from → $to: $why', ({ from, to, changes }) => {
    expect(Object.fromEntries(moveSeat(list, from, to))).toEqual(changes);
  });

  it('moveSeat only renumbers who moves, and the result is a permutation of 0..n-1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(), (n, a, b) => {
        const people = Array.from({ length: n }, (_, seat) => ({ id: pid(`p${seat}`), seat, pseudonym: `P${seat}` }));
        const from = a % n;
        const to = b % n;
        const changes = moveSeat(people, from, to);
        const seats = people.map((p) => changes.get(p.id) ?? p.seat).sort((x, y) => x - y);
        return seats.every((s, i) => s === i) && [...changes].every(([id, seat]) => people.find((p) => p.id === id)?.seat !== seat);
      }),
    );
  });

  it.each([
    { seats: [], deleted: [], next: 0 },
    { seats: [0, 1, 2], deleted: [], next: 3 },
    { seats: [0, 5, 2], deleted: [], next: 6 },
    { seats: [0, 1, 2], deleted: [2], next: 2 },
    { seats: [0], deleted: [0], next: 0 },
  ])('nextSeat after seats $seats (removed: $deleted) → $next', ({ seats, deleted, next }) => {
    expect(nextSeat(seats.map((seat) => ({ seat, deleted: deleted.includes(seat) })))).toBe(next);
  });

  it('bySeat sorts by seat, then by name', () => {
    const shuffled = [makeParticipant(S, { pseudonym: 'Chloé', seat: 2 }), makeParticipant(S, { pseudonym: 'Bruno', seat: 0 }), makeParticipant(S, { pseudonym: 'Amir', seat: 0 })];
    expect(bySeat(shuffled).map((p) => p.pseudonym)).toEqual(['Amir', 'Bruno', 'Chloé']);
  });
});

describe('groupSizeWarning', () => {
  it.each([
    { count: 0, warning: 'tooFew' },
    { count: 5, warning: 'tooFew' },
    { count: 6, warning: null },
    { count: 10, warning: null },
    { count: 11, warning: 'tooMany' },
    { count: 15, warning: 'tooMany' },
  ])('$count participants → $warning', ({ count, warning }) => {
    expect(groupSizeWarning(count)).toBe(warning);
  });
});

describe('withoutConsent', () => {
  it('lists the live participants who have not consented, in the given order', () => {
    const list = [
      makeParticipant(S, { pseudonym: 'Alice', consent: true }),
      makeParticipant(S, { pseudonym: 'Bruno', consent: false }),
      makeParticipant(S, { pseudonym: 'Chloé', consent: false, deleted: true }),
      makeParticipant(S, { pseudonym: 'Driss', consent: false }),
    ];
    expect(withoutConsent(list).map((p) => p.pseudonym)).toEqual(['Bruno', 'Driss']);
  });
});

describe('cleanTag', () => {
  it.each([
    { raw: '  Première   démarche ', clean: 'Première démarche' },
    { raw: 'Moins\tde\n30 ans', clean: 'Moins de 30 ans' },
    { raw: '   ', clean: '' },
    { raw: 'x'.repeat(50), clean: 'x'.repeat(40) },
    { raw: `${'x'.repeat(39)}😀`, clean: 'x'.repeat(39) },
    { raw: `${'x'.repeat(39)} y`, clean: 'x'.repeat(39) },
  ])('"$raw" → "$clean"', ({ raw, clean }) => {
    expect(cleanTag(raw)).toBe(clean);
  });
});
