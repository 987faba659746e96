// The merge's algebra with fast-check: commutative, associative, idempotent; conflicts symmetric and reported once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './runs';
import { mergeRecords } from '../../src/format/merge';
import type { RecordSet } from '../../src/format/envelope';
import { KINDS_USED, recordSets } from './format-helpers';

const merge = (a: RecordSet, b: RecordSet) => mergeRecords(a, b).merged;
const conflictIds = (a: RecordSet, b: RecordSet) => KINDS_USED.flatMap((k) => mergeRecords(a, b).preview[k].conflicts.map((c) => `${k}:${c.id}`));
const runs = { numRuns: propertyRuns(300) };

describe('merge properties', () => {
  it('is commutative: the order of files does not matter', () => {
    fc.assert(fc.property(recordSets, recordSets, (a, b) => {
      expect(merge(a, b)).toEqual(merge(b, a));
    }), runs);
  });

  it('is associative: merging three files in any grouping gives one database', () => {
    fc.assert(
      fc.property(recordSets, recordSets, recordSets, (a, b, c) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
      }),
      runs,
    );
  });

  it('is idempotent: merge(x, x) = x and importing the same file twice changes nothing more', () => {
    fc.assert(
      fc.property(recordSets, recordSets, (a, b) => {
        expect(merge(a, a)).toEqual(a);
        const once = merge(a, b);
        expect(merge(once, b)).toEqual(once);
        expect(mergeRecords(once, b).changes).toEqual(mergeRecords(once, {}).changes);
      }),
      runs,
    );
  });

  it('finds the same conflicts in both orders, and never again once merged', () => {
    fc.assert(
      fc.property(recordSets, recordSets, (a, b) => {
        expect(conflictIds(a, b)).toEqual(conflictIds(b, a));
        const once = merge(a, b);
        expect(conflictIds(once, a)).toEqual([]);
        expect(conflictIds(once, b)).toEqual([]);
      }),
      runs,
    );
  });

  it('keeps every id of both sides, each kind apart', () => {
    fc.assert(
      fc.property(recordSets, recordSets, (a, b) => {
        const m = merge(a, b);
        for (const k of KINDS_USED) {
          const ids = new Set([...a[k], ...b[k]].map((r) => r.id));
          expect(m[k].map((r) => r.id)).toEqual([...ids].sort());
        }
      }),
      runs,
    );
  });
});
