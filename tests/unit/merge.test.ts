// The merge rule as tables, every row checked in both orders (in the style of Excalidraw's reconcile tests).
import { describe, expect, it } from 'vitest';
import type { Verbatim } from '../../src/domain/types';
import { covers, highestRevIn, mergeRecords, type KindPreview } from '../../src/format/merge';
import { set, v } from './format-helpers';

type Counts = Partial<Omit<KindPreview, 'conflicts'>>;

interface Row {
  name: string;
  local: Verbatim[];
  incoming: Verbatim[];
  /** The merged verbatims, whatever the order. */
  merged: Verbatim[];
  /** Preview of importing `incoming` into `local`. */
  counts: Counts;
  /** Ids listed as conflicts (in both orders: a conflict is a property of the pair). */
  conflicts?: string[];
}

const zero = { new: 0, updated: 0, unchanged: 0, deleted: 0 };

function check(row: Row) {
  const forward = mergeRecords(set({ verbatims: row.local }), set({ verbatims: row.incoming }));
  const backward = mergeRecords(set({ verbatims: row.incoming }), set({ verbatims: row.local }));
  expect(forward.merged.verbatims).toEqual(row.merged);
  expect(backward.merged).toEqual(forward.merged);
  const { conflicts, ...counts } = forward.preview.verbatims;
  expect(counts).toEqual({ ...zero, ...row.counts });
  expect(conflicts.map((x) => x.id)).toEqual(row.conflicts ?? []);
  expect(backward.preview.verbatims.conflicts.map((x) => x.id)).toEqual(row.conflicts ?? []);
  return forward;
}

// Two tablets: d1 (animateur) and d2 (secrétaire). `v(id, rev, device, {at, text, seen, deleted})`.
const base = v('a', 1, 'd1', { text: 'avant' });
const edit2 = v('a', 2, 'd2', { text: 'après', seen: { d1: 1 } }); // d2 had seen rev 1: a descendant
const conc2 = v('a', 2, 'd1', { text: 'ici', seen: {} }); // d1's own edit, made without seeing edit2

describe('mergeRecords — one record, both orders', () => {
  it.each<Row>([
    { name: 'new record', local: [], incoming: [base], merged: [base], counts: { new: 1 } },
    { name: 'same revision twice', local: [base], incoming: [base], merged: [base], counts: { unchanged: 1 } },
    { name: 'newer rev wins (descendant)', local: [base], incoming: [edit2], merged: [edit2], counts: { updated: 1 } },
    { name: 'older rev loses (ancestor)', local: [edit2], incoming: [base], merged: [edit2], counts: { unchanged: 1 } },
    {
      name: 'equal rev: later updatedAt wins',
      local: [v('a', 2, 'd1', { at: 5000, text: 'ici' })],
      incoming: [v('a', 2, 'd2', { at: 6000, text: 'là-bas' })],
      merged: [v('a', 2, 'd2', { at: 6000, text: 'là-bas', seen: { d1: 2 } })],
      counts: {},
      conflicts: ['a'],
    },
    {
      name: 'equal rev and updatedAt: larger deviceId wins',
      local: [v('a', 2, 'd2', { at: 5000, text: 'd2' })],
      incoming: [v('a', 2, 'd1', { at: 5000, text: 'd1' })],
      merged: [v('a', 2, 'd2', { at: 5000, text: 'd2', seen: { d1: 2 } })],
      counts: {},
      conflicts: ['a'],
    },
    {
      name: 'equal rev, time and device (forged): the canonical JSON decides, in any order',
      local: [v('a', 2, 'd1', { text: 'b' })],
      incoming: [v('a', 2, 'd1', { text: 'a' })],
      merged: [v('a', 2, 'd1', { text: 'b' })],
      counts: { unchanged: 1 },
    },
    {
      name: 'a tombstone that saw the edit wins and deletes',
      local: [base],
      incoming: [v('a', 2, 'd2', { seen: { d1: 1 }, text: 'avant', deleted: true })],
      merged: [v('a', 2, 'd2', { seen: { d1: 1 }, text: 'avant', deleted: true })],
      counts: { deleted: 1 },
    },
    {
      name: 'a concurrent tombstone beats an edit: conflict, the edited text can be kept',
      local: [v('a', 2, 'd1', { text: 'corrigé' })],
      incoming: [v('a', 3, 'd2', { text: 'avant', deleted: true })],
      merged: [v('a', 3, 'd2', { text: 'avant', deleted: true, seen: { d1: 2 } })],
      counts: {},
      conflicts: ['a'],
    },
    {
      name: 'a concurrent edit beats a tombstone: no conflict (a losing deletion loses no text)',
      local: [v('a', 3, 'd1', { text: 'corrigé' })],
      incoming: [v('a', 2, 'd2', { text: 'avant', deleted: true })],
      merged: [v('a', 3, 'd1', { text: 'corrigé', seen: { d2: 2 } })],
      counts: { unchanged: 1 },
    },
    {
      name: 'a file restoring a deleted record counts as updated',
      local: [v('a', 2, 'd1', { deleted: true })],
      incoming: [v('a', 3, 'd2', { seen: { d1: 2 } })],
      merged: [v('a', 3, 'd2', { seen: { d1: 2 } })],
      counts: { updated: 1 },
    },
    {
      name: 'a tombstone of a record never seen here: stored, nothing shows',
      local: [],
      incoming: [v('a', 2, 'd2', { deleted: true })],
      merged: [v('a', 2, 'd2', { deleted: true })],
      counts: {},
    },
    {
      name: 'concurrent edits with the same text: no conflict',
      local: [v('a', 2, 'd1', { text: 'même' })],
      incoming: [v('a', 2, 'd2', { text: 'même' })],
      merged: [v('a', 2, 'd2', { text: 'même', seen: { d1: 2 } })],
      counts: { updated: 1 },
    },
    {
      name: 'already absorbed here: the older text is not a conflict again',
      local: [v('a', 3, 'd1', { text: 'fusionné', seen: { d2: 2 } })],
      incoming: [v('a', 2, 'd2', { text: 'ancien texte' })],
      merged: [v('a', 3, 'd1', { text: 'fusionné', seen: { d2: 2 } })],
      counts: { unchanged: 1 },
    },
    {
      name: 'seen is the pointwise max of both',
      local: [v('a', 5, 'd1', { seen: { d2: 1, d3: 4 } })],
      incoming: [v('a', 4, 'd2', { seen: { d1: 3, d3: 2, d4: 1 } })],
      merged: [v('a', 5, 'd1', { seen: { d2: 4, d3: 4, d4: 1 } })],
      counts: { unchanged: 1 },
    },
    {
      name: 'records on one side only are all kept',
      local: [v('a', 1, 'd1'), v('c', 1, 'd1')],
      incoming: [v('b', 1, 'd2')],
      merged: [v('a', 1, 'd1'), v('b', 1, 'd2'), v('c', 1, 'd1')],
      counts: { new: 1 },
    },
  ])('$name', (row) => {
    check(row);
  });

  it('a conflict carries both texts and says who won', () => {
    const local = conc2;
    const incoming = v('a', 2, 'd2', { text: 'là-bas', seen: {} });
    const [conflict] = check({
      name: '',
      local: [local],
      incoming: [incoming],
      merged: [{ ...incoming, seen: { d1: 2, d2: 2 } }],
      // One change, one line: listed among the conflicts only, not counted again under « Modifiés ».
      counts: {},
      conflicts: ['a'],
    }).preview.verbatims.conflicts;
    expect(conflict).toMatchObject({ kind: 'verbatims', id: 'a', winner: 'incoming', deletedWins: false, fields: [{ field: 'text', local: 'ici', incoming: 'là-bas' }] });
    expect(conflict?.local).toBe(local);
    expect(conflict?.incoming).toBe(incoming);
  });

  it('after a merge, importing either side again reports nothing and changes nothing', () => {
    const local = [conc2];
    const incoming = [v('a', 2, 'd2', { text: 'là-bas' })];
    const once = mergeRecords(set({ verbatims: local }), set({ verbatims: incoming }));
    for (const again of [incoming, local]) {
      const twice = mergeRecords(once.merged, set({ verbatims: again }));
      expect(twice.preview.verbatims.conflicts).toEqual([]);
      expect(twice.changes.verbatims).toEqual([]);
      expect(twice.merged).toEqual(once.merged);
    }
  });

  it('changes holds only what must be written: new, won by the file, or seen grown', () => {
    const local = [v('a', 5, 'd1'), v('b', 1, 'd1'), v('c', 1, 'd1')];
    const incoming = [v('a', 4, 'd2'), v('b', 1, 'd1'), v('c', 2, 'd2', { seen: { d1: 1 } }), v('n', 1, 'd2')];
    const { changes } = mergeRecords(set({ verbatims: local }), set({ verbatims: incoming }));
    expect(changes.verbatims.map((r) => [r.id, r.rev, r.seen])).toEqual([
      ['a', 5, { d1: 5, d2: 4 }],
      ['c', 2, { d1: 1, d2: 2 }],
      ['n', 1, { d2: 1 }],
    ]);
  });
});

describe('version vectors', () => {
  it.each([
    [{ d1: 2 }, { d1: 1 }, true],
    [{ d1: 2 }, { d1: 2 }, true],
    [{ d1: 1 }, { d1: 2 }, false],
    [{ d1: 2, d2: 1 }, { d1: 1 }, true],
    [{ d1: 2 }, { d1: 1, d2: 1 }, false],
    [{}, {}, true],
  ])('%j covers %j: %s', (a, b, expected) => {
    expect(covers(a, b)).toBe(expected);
  });
});

describe('highestRevIn', () => {
  it('gives the highest rev of every kind, so the Lamport counter can rise above an import', () => {
    expect(highestRevIn(set({ verbatims: [v('a', 3, 'd1'), v('b', 9, 'd2')] }), 4)).toBe(9);
    expect(highestRevIn(set({}), 4)).toBe(4);
  });
});
