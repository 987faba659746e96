// Builders shared by the format and merge tests: revisions written in one line, the v1 fixture, record-set arbitraries.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Card, CardId, DeviceId, Kind, SessionId, Verbatim, VerbatimId, VersionVector } from '../../src/domain/types';
import { toRecordSet, type RecordSet } from '../../src/format/envelope';
import { makeCard, makeVerbatim } from '../factories';

export const SID = 'session-s' as SessionId;

export interface RevOptions {
  at?: number;
  text?: string;
  /** Other devices' revisions this one has absorbed (its own entry is added, as reviseRecord does). */
  seen?: VersionVector;
  deleted?: boolean;
}

/** A verbatim revision in one line: `v('a', 3, 'd1', { text: 'x', seen: { d2: 2 } })`. */
export function v(id: string, rev: number, deviceId: string, o: RevOptions = {}): Verbatim {
  return makeVerbatim(SID, {
    id: id as VerbatimId,
    rev,
    deviceId: deviceId as DeviceId,
    updatedAt: o.at ?? 1000,
    createdAt: 0,
    capturedAt: 0,
    text: o.text ?? 'texte',
    seen: { ...o.seen, [deviceId]: rev },
    deleted: o.deleted ?? false,
  });
}

export function c(id: string, rev: number, deviceId: string, o: RevOptions = {}): Card {
  return makeCard(SID, {
    id: id as CardId,
    rev,
    deviceId: deviceId as DeviceId,
    updatedAt: o.at ?? 1000,
    createdAt: 0,
    text: o.text ?? 'post-it',
    seen: { ...o.seen, [deviceId]: rev },
    deleted: o.deleted ?? false,
  });
}

export const set = (records: Partial<RecordSet>): RecordSet => toRecordSet(records);

export const fixtureText = (): string => readFileSync(new URL('../fixtures/export-v1.json', import.meta.url), 'utf8');

// Small pools so that ids, devices, revs and times collide and every branch of the rule is exercised.
const ids = fc.constantFrom('a', 'b', 'c', 'd');
const devices = fc.constantFrom('d1', 'd2', 'd3');
const texts = fc.constantFrom('oui', 'non', 'peut-être', 'Élise a dit « non »');

const revision = fc
  .record({
    rev: fc.integer({ min: 1, max: 4 }),
    deviceId: devices,
    at: fc.integer({ min: 0, max: 2 }),
    text: texts,
    deleted: fc.boolean(),
    others: fc.dictionary(devices, fc.integer({ min: 0, max: 4 }), { maxKeys: 3 }),
  })
  .map((r) => ({ ...r, seen: Object.fromEntries(Object.entries(r.others).filter(([k]) => k !== r.deviceId)) }));

const uniqueById = <T extends { id: string }>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { selector: (r) => r.id, maxLength: 4 });

/** Record sets of two kinds (sharing ids on purpose: kinds must never mix), one revision per id each. */
export const recordSets: fc.Arbitrary<RecordSet> = fc
  .record({
    verbatims: uniqueById(fc.tuple(ids, revision).map(([id, r]) => v(id, r.rev, r.deviceId, { ...r, at: r.at }))),
    cards: uniqueById(fc.tuple(ids, revision).map(([id, r]) => c(id, r.rev, r.deviceId, { ...r, at: r.at }))),
  })
  .map((r) => set(r));

export const KINDS_USED: Kind[] = ['verbatims', 'cards'];
