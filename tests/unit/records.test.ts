// Mergeable records: base fields, the Lamport rev rule, version vectors and protected identity fields.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRecord, highestRev, live, nextRev, reviseRecord } from '../../src/domain/records';
import type { DeviceId, Fields, Participant, ParticipantId, SessionId } from '../../src/domain/types';
import { makeParticipant, stamp, T0, TEST_DEVICE } from '../factories';

const SESSION = 'session-1' as SessionId;
const OTHER_DEVICE = 'device-other' as DeviceId;
const fields: Fields<Participant> = { pseudonym: 'Alice', tags: [], seat: 0, consent: false, consentAt: null, consentWording: '' };

describe('createRecord', () => {
  it('fills the mergeable base from the stamp', () => {
    const r = createRecord<Participant>('p-1' as ParticipantId, SESSION, fields, stamp({ now: T0, clock: 7 }));
    expect(r).toEqual({
      ...fields,
      id: 'p-1',
      sessionId: SESSION,
      createdAt: T0,
      updatedAt: T0,
      rev: 8,
      deviceId: TEST_DEVICE,
      seen: { [TEST_DEVICE]: 8 },
      deleted: false,
    });
  });

  it.each([
    { clock: 0, rev: 1 },
    { clock: 1, rev: 2 },
    { clock: 41, rev: 42 },
  ])('a new record on a device that has seen rev $clock gets rev $rev', ({ clock, rev }) => {
    expect(createRecord<Participant>('p' as ParticipantId, SESSION, fields, stamp({ clock })).rev).toBe(rev);
  });

  it('does not let the fields override the base (a stale deleted flag or id in the fields is ignored)', () => {
    const dirty = { ...fields, deleted: true, id: 'other', rev: 99 } as unknown as Fields<Participant>;
    const r = createRecord<Participant>('p-1' as ParticipantId, SESSION, dirty, stamp({ clock: 0 }));
    expect(r).toMatchObject({ id: 'p-1', deleted: false, rev: 1 });
  });
});

describe('reviseRecord', () => {
  // Lamport: rev = max(highest rev seen on this device, record's rev) + 1.
  it.each([
    { clock: 0, current: 1, expected: 2, why: 'fresh device, first edit' },
    { clock: 5, current: 1, expected: 6, why: 'device has seen more than the record' },
    { clock: 3, current: 10, expected: 11, why: 'record imported with a higher rev' },
    { clock: 10, current: 10, expected: 11, why: 'equal' },
  ])('rev $current on a device at $clock becomes $expected ($why)', ({ clock, current, expected }) => {
    const record = makeParticipant(SESSION, { rev: current, seen: { [OTHER_DEVICE]: current } });
    expect(reviseRecord(record, { pseudonym: 'Bruno' }, stamp({ clock })).rev).toBe(expected);
    expect(nextRev(clock, current)).toBe(expected);
  });

  it('applies the patch and stamps this device', () => {
    const record = makeParticipant(SESSION, { deviceId: OTHER_DEVICE, rev: 3, seen: { [OTHER_DEVICE]: 3 } });
    const next = reviseRecord(record, { pseudonym: 'Bruno', seat: 4 }, stamp({ now: T0 + 1000, clock: 3 }));
    expect(next).toMatchObject({ pseudonym: 'Bruno', seat: 4, deviceId: TEST_DEVICE, updatedAt: T0 + 1000, rev: 4 });
  });

  it('adds this device to the version vector and keeps what was already absorbed', () => {
    const record = makeParticipant(SESSION, { rev: 6, seen: { [OTHER_DEVICE]: 6, [TEST_DEVICE]: 2 } });
    const next = reviseRecord(record, { consent: true }, stamp({ clock: 4 }));
    expect(next.seen).toEqual({ [OTHER_DEVICE]: 6, [TEST_DEVICE]: 7 });
    // The original is not mutated: it may still be on screen or in a merge.
    expect(record.seen).toEqual({ [OTHER_DEVICE]: 6, [TEST_DEVICE]: 2 });
  });

  it('never moves updatedAt backwards when the tablet clock is set back', () => {
    const record = makeParticipant(SESSION, { updatedAt: T0 });
    const next = reviseRecord(record, { pseudonym: 'Bruno' }, stamp({ now: T0 - 3_600_000 }));
    expect(next.updatedAt).toBe(T0);
    expect(next.rev).toBeGreaterThan(record.rev);
  });

  it('cannot patch identity or bookkeeping fields', () => {
    const record = makeParticipant(SESSION, { createdAt: T0 - 5000, rev: 2, seen: { [TEST_DEVICE]: 2 } });
    const hostile = {
      id: 'hijacked',
      sessionId: 'other-session',
      createdAt: 1,
      updatedAt: 1,
      rev: 1000,
      deviceId: 'someone-else',
      seen: { x: 1000 },
      pseudonym: 'Bruno',
    } as unknown as Partial<Fields<Participant>>;
    const next = reviseRecord(record, hostile, stamp({ now: T0, clock: 2 }));
    expect(next).toMatchObject({
      id: record.id,
      sessionId: SESSION,
      createdAt: T0 - 5000,
      updatedAt: T0,
      rev: 3,
      deviceId: TEST_DEVICE,
      seen: { [TEST_DEVICE]: 3 },
      pseudonym: 'Bruno',
    });
  });

  it('a tombstone is an ordinary revision', () => {
    const record = makeParticipant(SESSION, { rev: 1 });
    const gone = reviseRecord(record, { deleted: true }, stamp({ clock: 1 }));
    expect(gone).toMatchObject({ deleted: true, rev: 2 });
    expect(reviseRecord(gone, { deleted: false }, stamp({ clock: 2 }))).toMatchObject({ deleted: false, rev: 3 });
  });

  it('every revision beats its ancestor, whatever the clocks (property)', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.integer(), fc.integer(), (rev, clock, updatedAt, now) => {
        const record = makeParticipant(SESSION, { rev, updatedAt });
        const next = reviseRecord(record, { seat: 1 }, stamp({ clock, now }));
        return next.rev > rev && next.rev > clock && next.updatedAt >= updatedAt && next.seen[TEST_DEVICE] === next.rev;
      }),
    );
  });
});

describe('highestRev', () => {
  it.each([
    { revs: [], start: 0, expected: 0 },
    { revs: [3, 9, 4], start: 0, expected: 9 },
    { revs: [3, 9, 4], start: 12, expected: 12 },
    { revs: [1], start: 1, expected: 1 },
  ])('revs $revs from $start → $expected', ({ revs, start, expected }) => {
    expect(highestRev(revs.map((rev) => ({ rev })), start)).toBe(expected);
  });

  it('accepts any iterable (a Dexie collection, a generator)', () => {
    function* gen() {
      yield { rev: 2 };
      yield { rev: 5 };
    }
    expect(highestRev(gen())).toBe(5);
  });
});

describe('live', () => {
  it('drops tombstones and keeps the order', () => {
    const a = makeParticipant(SESSION, { pseudonym: 'A' });
    const b = makeParticipant(SESSION, { pseudonym: 'B', deleted: true });
    const c = makeParticipant(SESSION, { pseudonym: 'C' });
    expect(live([a, b, c]).map((p) => p.pseudonym)).toEqual(['A', 'C']);
  });
});
