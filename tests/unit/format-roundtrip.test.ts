// Writing then reading a file gives back the same records, and the same data always gives the same bytes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './runs';
import { KINDS } from '../../src/domain/types';
import { buildEnvelope, serialise, type RecordSet } from '../../src/format/envelope';
import { mergeRecords } from '../../src/format/merge';
import { readExport } from '../../src/format/read';
import { fullRecordSets, sessionIdsOf } from './format-arbitraries';

const meta = { appVersion: '0.1.0', exportedAt: Date.UTC(2026, 10, 23, 10), deviceId: 'tablette-a' };

function roundTrip(set: RecordSet): RecordSet {
  const result = readExport(serialise(buildEnvelope(set, meta)), { knownSessionIds: sessionIdsOf(set) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.envelope.data;
}

/** The same records with every list reversed and every object's keys in reverse order. */
function shuffled(set: RecordSet): RecordSet {
  const rekey = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(rekey) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).reverse().map(([k, val]) => [k, rekey(val)])) : x;
  return Object.fromEntries(KINDS.map((k) => [k, [...set[k]].reverse().map(rekey)])) as RecordSet;
}

describe('write → read', () => {
  it('gives back the same records (strings with quotes, surrogates, line separators; fractional orders)', () => {
    fc.assert(
      fc.property(fullRecordSets, (set) => {
        expect(roundTrip(set)).toEqual(set);
      }),
      { numRuns: propertyRuns(120) },
    );
  });

  it('writes the same bytes for the same data, whatever the order of records and keys', () => {
    fc.assert(
      fc.property(fullRecordSets, (set) => {
        const text = serialise(buildEnvelope(set, meta));
        expect(serialise(buildEnvelope(shuffled(set), meta))).toBe(text);
        expect(serialise(buildEnvelope(roundTrip(set), meta))).toBe(text);
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('import(export(db)) = db: nothing new, nothing to write, no conflict', () => {
    fc.assert(
      fc.property(fullRecordSets, (db) => {
        const { merged, changes, preview } = mergeRecords(db, roundTrip(db));
        expect(merged).toEqual(db);
        for (const k of KINDS) {
          expect(changes[k]).toEqual([]);
          expect(preview[k]).toMatchObject({ new: 0, updated: 0, deleted: 0, unchanged: db[k].length, conflicts: [] });
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('lists kinds in a fixed order and one record per line', () => {
    const text = serialise(buildEnvelope({}, meta));
    expect(text).toBe(
      '{\n  "format": "cercle",\n  "formatVersion": 5,\n  "appVersion": "0.1.0",\n  "exportedAt": "2026-11-23T10:00:00.000Z",\n  "deviceId": "tablette-a",\n  "anonymised": false,\n  "data": {\n' +
        KINDS.map((k) => `    "${k}": []`).join(',\n') +
        '\n  }\n}\n',
    );
  });
});
