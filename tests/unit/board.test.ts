// Board rules: fractional keys, moves into and out of groups, reordering, drops on a post-it, deleted groups.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropOnCard, inArea, keysBetween, planMove, planNewGroup, planRelease, settle, stepTarget, type Placed, type Target } from '../../src/domain/board';
import type { CardId, GroupId } from '../../src/domain/types';

const G = 'group-a' as GroupId;
const H = 'group-b' as GroupId;
const c = (id: string, groupId: GroupId | null, order: number): Placed => ({ id: id as CardId, groupId, order });
const ids = (...xs: string[]) => xs as CardId[];

/** The board after applying moves, as area → ids in display order. */
function after(cards: readonly Placed[], target: Target, moving: readonly CardId[]) {
  const moves = planMove(cards, moving, target);
  const next = cards.map((x) => {
    const m = moves.find((y) => y.id === x.id);
    return m ? { ...x, ...m.to } : x;
  });
  return { moves, area: (g: GroupId | null) => inArea(next, g).map((x) => x.id) };
}

describe('keysBetween', () => {
  it.each([
    { before: null, after: null, n: 2, keys: [0, 1], why: 'empty area' },
    { before: 3, after: null, n: 2, keys: [4, 5], why: 'at the end' },
    { before: null, after: 3, n: 2, keys: [1, 2], why: 'at the start' },
    { before: 1, after: 2, n: 1, keys: [1.5], why: 'between two' },
    { before: 0, after: 1, n: 3, keys: [0.25, 0.5, 0.75], why: 'several between two' },
    { before: 1, after: 1 + Number.EPSILON, n: 1, keys: null, why: 'no room left between neighbours' },
    { before: 5, after: 9, n: 0, keys: [], why: 'nothing to place' },
  ])('$why', ({ before, after, n, keys }) => {
    expect(keysBetween(before, after, n)).toEqual(keys);
  });

  it('keys are strictly increasing and strictly between their neighbours (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 8 }), (a, gap, n) => {
        const keys = keysBetween(a, a + gap, n);
        return keys === null || keys.every((k, i) => k > a && k < a + gap && (i === 0 || k > keys[i - 1]!));
      }),
    );
  });
});

describe('planMove', () => {
  const board = [c('u1', null, 0), c('u2', null, 1), c('a1', G, 0), c('a2', G, 1), c('a3', G, 2), c('b1', H, 0)];

  it.each<{ why: string; moving: string[]; target: Target; areas: Record<string, string[]>; revised: number }>([
    { why: 'group: an unsorted post-it into a group, at the end', moving: ['u1'], target: { groupId: G, index: 99 }, areas: { null: ['u2'], [G]: ['a1', 'a2', 'a3', 'u1'] }, revised: 1 },
    { why: 'group: at the start of a group', moving: ['u2'], target: { groupId: G, index: 0 }, areas: { [G]: ['u2', 'a1', 'a2', 'a3'] }, revised: 1 },
    { why: 'move between groups, in the middle', moving: ['b1'], target: { groupId: G, index: 1 }, areas: { [G]: ['a1', 'b1', 'a2', 'a3'], [H]: [] }, revised: 1 },
    { why: 'ungroup: take out to the unsorted area', moving: ['a2'], target: { groupId: null, index: 99 }, areas: { null: ['u1', 'u2', 'a2'], [G]: ['a1', 'a3'] }, revised: 1 },
    { why: 'reorder inside a group, down', moving: ['a1'], target: { groupId: G, index: 2 }, areas: { [G]: ['a2', 'a3', 'a1'] }, revised: 1 },
    { why: 'reorder inside a group, up', moving: ['a3'], target: { groupId: G, index: 0 }, areas: { [G]: ['a3', 'a1', 'a2'] }, revised: 1 },
    { why: 'several at once keep the given order', moving: ['u2', 'b1', 'u1'], target: { groupId: G, index: 1 }, areas: { [G]: ['a1', 'u2', 'b1', 'u1', 'a2', 'a3'], null: [] }, revised: 3 },
    { why: 'a negative index means the start', moving: ['u1'], target: { groupId: H, index: -4 }, areas: { [H]: ['u1', 'b1'] }, revised: 1 },
    { why: 'already there: nothing revised', moving: ['a2'], target: { groupId: G, index: 1 }, areas: { [G]: ['a1', 'a2', 'a3'] }, revised: 0 },
    { why: 'unknown ids are ignored', moving: ['nope'], target: { groupId: G, index: 0 }, areas: { [G]: ['a1', 'a2', 'a3'] }, revised: 0 },
    { why: 'the same id twice moves once', moving: ['u1', 'u1'], target: { groupId: H, index: 99 }, areas: { [H]: ['b1', 'u1'] }, revised: 1 },
  ])('$why', ({ moving, target, areas, revised }) => {
    const { moves, area } = after(board, target, ids(...moving));
    for (const [g, expected] of Object.entries(areas)) expect(area(g === 'null' ? null : (g as GroupId))).toEqual(expected);
    expect(moves).toHaveLength(revised);
  });

  it('records where each post-it came from, for undo', () => {
    expect(planMove(board, ids('b1'), { groupId: null, index: 0 })).toEqual([{ id: 'b1', from: { groupId: H, order: 0 }, to: { groupId: null, order: -1 } }]);
  });

  it('renumbers the area once when the fractional room is exhausted, and keeps the intended order', () => {
    // Keys away from 0: halving towards 1 runs out of doubles after ~52 wedges (towards 0 it would take ~1,000).
    let cards = [c('x', G, 1), c('y', G, 2), c('m', null, 0), c('n', null, 1)];
    let renumbered = 0;
    // Wedging post-its again and again right after "x" halves the same gap until doubles run out.
    for (let i = 0; i < 80; i++) {
      const id = i % 2 === 0 ? 'm' : 'n';
      const moves = planMove(cards, ids(id), { groupId: G, index: 1 });
      if (moves.some((m) => m.id !== id)) renumbered++;
      cards = cards.map((x) => ({ ...x, ...moves.find((m) => m.id === x.id)?.to }));
      const order = inArea(cards, G).map((x) => x.id);
      expect(order[1]).toBe(id);
      expect(new Set(inArea(cards, G).map((x) => x.order)).size).toBe(inArea(cards, G).length);
    }
    expect(renumbered).toBe(1);
  });
});

describe('dropOnCard (drop a post-it on one already in a group)', () => {
  const board = [c('a1', G, 0), c('a2', G, 1), c('a3', G, 2), c('u1', null, 0)];
  it.each<{ why: string; dragged: string[]; target: string; order: string[] | null }>([
    { why: 'from outside: takes the target’s place, before it', dragged: ['u1'], target: 'a2', order: ['a1', 'u1', 'a2', 'a3'] },
    { why: 'dragged down: lands after the target', dragged: ['a1'], target: 'a2', order: ['a2', 'a1', 'a3'] },
    { why: 'dragged up: lands before the target', dragged: ['a3'], target: 'a1', order: ['a3', 'a1', 'a2'] },
    { why: 'on itself: no move', dragged: ['a2'], target: 'a2', order: null },
  ])('$why', ({ dragged, target, order }) => {
    const to = dropOnCard(board, ids(...dragged), target as CardId);
    if (order === null) return expect(to).toBeNull();
    expect(to).not.toBeNull();
    expect(after(board, to!, ids(...dragged)).area(G)).toEqual(order);
  });
});

describe('groups', () => {
  it('a new group from a drop holds the target first, then the dragged post-its', () => {
    const board = [c('u1', null, 0), c('u2', null, 1), c('u3', null, 2)];
    const moves = planNewGroup(board, H, ids('u2', 'u3', 'u1'));
    expect(moves.map((m) => [m.id, m.to])).toEqual([
      ['u2', { groupId: H, order: 0 }],
      ['u3', { groupId: H, order: 1 }],
      ['u1', { groupId: H, order: 2 }],
    ]);
  });

  it('releasing a group sends its post-its, in order, after the unsorted ones', () => {
    const board = [c('u1', null, 4), c('a2', G, 1), c('a1', G, 0), c('b1', H, 0)];
    const { area } = after(board, { groupId: null, index: 99 }, planRelease(board, G).map((m) => m.id));
    expect(area(null)).toEqual(['u1', 'a1', 'a2']);
    expect(area(H)).toEqual(['b1']);
  });

  it('post-its of a deleted or unknown group count as unsorted', () => {
    const board = [c('a1', G, 0), c('b1', H, 0), c('u1', null, 0)];
    const settled = settle(board, [{ id: G, deleted: true }]);
    expect(settled.map((x) => x.groupId)).toEqual([null, null, null]);
    expect(settle(board, [{ id: G, deleted: false }, { id: H, deleted: false }])).toEqual(board);
  });

  it('stepTarget: one step up or down, never past an end', () => {
    const list = [c('a', G, 0), c('b', G, 1), c('c', G, 2)];
    expect(stepTarget(list, 'b', -1)).toBe(0);
    expect(stepTarget(list, 'b', 1)).toBe(2);
    expect(stepTarget(list, 'a', -1)).toBeNull();
    expect(stepTarget(list, 'c', 1)).toBeNull();
    expect(stepTarget(list, 'zz', 1)).toBeNull();
  });

  it('ties in position are shown by id, the same on every tablet', () => {
    expect(inArea([c('b', G, 1), c('a', G, 1), c('c', G, 0)], G).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});
