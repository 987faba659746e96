// The undo stack of board moves: last 20 kept, redo cleared by a new move, nothing yanked back that changed since.
import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, HISTORY_LIMIT, invert, remember, stillApplicable, takeRedo, takeUndo, type BoardStep, type History } from '../../src/domain/board';
import type { CardId, GroupId } from '../../src/domain/types';

const G = 'g1' as GroupId;
const step = (n: number): BoardStep => ({
  kind: 'move',
  cards: [{ id: `card-${n}` as CardId, from: { groupId: null, order: n }, to: { groupId: G, order: n } }],
  groups: [],
});
const label = (s: BoardStep | undefined) => s?.cards[0]?.id;

function play(ops: string): History {
  let h = EMPTY_HISTORY;
  let n = 0;
  for (const op of ops.split(' ').filter(Boolean)) {
    if (op === 'm') h = remember(h, step(++n));
    if (op === 'u') h = takeUndo(h)?.history ?? h;
    if (op === 'r') h = takeRedo(h)?.history ?? h;
  }
  return h;
}

describe('history', () => {
  it.each([
    { ops: 'm m m', done: ['card-1', 'card-2', 'card-3'], undone: [] },
    { ops: 'm m u', done: ['card-1'], undone: ['card-2'] },
    { ops: 'm m u u u u', done: [], undone: ['card-2', 'card-1'] },
    { ops: 'm m u r', done: ['card-1', 'card-2'], undone: [] },
    { ops: 'm m u m', done: ['card-1', 'card-3'], undone: [], why: 'a new move clears what could be redone' },
    { ops: 'r', done: [], undone: [] },
  ])('$ops', ({ ops, done, undone }) => {
    const h = play(ops);
    expect(h.done.map(label)).toEqual(done);
    expect(h.undone.map(label)).toEqual(undone);
  });

  it(`keeps only the last ${HISTORY_LIMIT} moves`, () => {
    const h = play(Array.from({ length: 25 }, () => 'm').join(' '));
    expect(h.done).toHaveLength(HISTORY_LIMIT);
    expect(label(h.done[0])).toBe('card-6');
    let undone = 0;
    for (let x: History | undefined = h; x; x = takeUndo(x)?.history) if (x !== h) undone += 1;
    expect(undone).toBe(HISTORY_LIMIT);
  });

  it('an empty step is not remembered', () => {
    expect(remember(EMPTY_HISTORY, { kind: 'move', cards: [], groups: [] })).toBe(EMPTY_HISTORY);
  });

  it('undo applies the inverse: post-its back where they were, a created group hidden again', () => {
    const made: BoardStep = { kind: 'group', cards: step(1).cards, groups: [{ id: G, from: true, to: false }] };
    const taken = takeUndo(remember(EMPTY_HISTORY, made));
    expect(taken?.apply).toEqual(invert(made));
    expect(taken?.apply.cards[0]?.to).toEqual({ groupId: null, order: 1 });
    expect(taken?.apply.groups[0]).toEqual({ id: G, from: false, to: true });
    expect(takeRedo(taken!.history)?.apply).toBe(made);
  });
});

describe('stillApplicable', () => {
  const undo = invert({
    kind: 'group',
    cards: [
      { id: 'a' as CardId, from: { groupId: null, order: 0 }, to: { groupId: G, order: 0 } },
      { id: 'b' as CardId, from: { groupId: null, order: 1 }, to: { groupId: G, order: 1 } },
    ],
    groups: [{ id: G, from: true, to: false }],
  });

  it.each([
    { why: 'nothing changed since: everything is undone', a: { groupId: G, order: 0 }, b: { groupId: G, order: 1 }, bDeleted: false, gDeleted: false, cards: ['a', 'b'], groups: 1 },
    { why: 'a post-it moved since is left where it now is', a: { groupId: G, order: 0 }, b: { groupId: null, order: 7 }, bDeleted: false, gDeleted: false, cards: ['a'], groups: 1 },
    { why: 'a post-it deleted since stays deleted', a: { groupId: G, order: 0 }, b: { groupId: G, order: 1 }, bDeleted: true, gDeleted: false, cards: ['a'], groups: 1 },
    { why: 'a group already deleted is not flipped again', a: { groupId: G, order: 0 }, b: { groupId: G, order: 1 }, bDeleted: false, gDeleted: true, cards: ['a', 'b'], groups: 0 },
  ])('$why', ({ a, b, bDeleted, gDeleted, cards, groups }) => {
    const now = new Map([
      ['a', { ...a, deleted: false }],
      ['b', { ...b, deleted: bDeleted }],
    ]);
    const result = stillApplicable(undo, now, new Map([[G, { deleted: gDeleted }]]));
    expect(result.cards.map((m) => m.id)).toEqual(cards);
    expect(result.groups).toHaveLength(groups);
  });
});
