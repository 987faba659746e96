// Pure rules of the post-it board: fractional positions, moves between groups, the undo stack of moves.
import type { Card, CardId, CardKind, Group, GroupId, Polarity } from './types';

export const CARD_KINDS: readonly CardKind[] = ['irritant', 'attente', 'idee', 'positif'];

/** The report sets positive and negative views side by side: each kind says which side it is on. */
export const POLARITY: Readonly<Record<CardKind, Polarity>> = { irritant: 'negative', attente: 'neutral', idee: 'neutral', positif: 'positive' };

/** Where a post-it sits: a group (null = the unsorted area) and its position there. */
export interface Placement {
  groupId: GroupId | null;
  order: number;
}

export type Placed = Pick<Card, 'id' | 'groupId' | 'order'>;

export interface Move {
  id: CardId;
  from: Placement;
  to: Placement;
}

/** Display order in one area: by position, ties by id, so two tablets that merged show the same board. */
export function byOrder<T extends { id: string; order: number }>(a: T, b: T): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function inArea<T extends Placed>(cards: readonly T[], groupId: GroupId | null): T[] {
  return cards.filter((c) => c.groupId === groupId).sort(byOrder);
}

/**
 * A post-it whose group is gone (deleted here, or on another tablet before a merge) is shown and
 * handled as unsorted: nothing ever disappears with its group.
 */
export function settle<T extends Placed>(cards: readonly T[], groups: readonly Pick<Group, 'id' | 'deleted'>[]): T[] {
  const live = new Set(groups.filter((g) => !g.deleted).map((g) => g.id));
  return cards.map((c) => (c.groupId === null || live.has(c.groupId) ? c : { ...c, groupId: null }));
}

/**
 * `count` increasing keys strictly between `before` and `after` (either may be missing), or null
 * when doubles have no room left there (after ~50 halvings at the same spot).
 */
export function keysBetween(before: number | null, after: number | null, count: number): number[] | null {
  if (count === 0) return [];
  if (before === null && after === null) return Array.from({ length: count }, (_, i) => i);
  if (after === null) return Array.from({ length: count }, (_, i) => before! + i + 1);
  if (before === null) return Array.from({ length: count }, (_, i) => after - count + i);
  const step = (after - before) / (count + 1);
  const keys = Array.from({ length: count }, (_, i) => before + step * (i + 1));
  const fits = keys.every((k, i) => k > before && k < after && (i === 0 || k > keys[i - 1]!));
  return fits ? keys : null;
}

export interface Target {
  groupId: GroupId | null;
  /** Position among the area's post-its that are not moving; past the end means "at the end". */
  index: number;
}

/**
 * Put `ids` (in that order) at `target`. Only the moved post-its get a new position — unless the
 * spot has run out of fractional room, then the area is renumbered once. Unchanged cards are left out.
 */
export function planMove(cards: readonly Placed[], ids: readonly CardId[], target: Target): Move[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const moving = [...new Set(ids)].map((id) => byId.get(id)).filter((c): c is Placed => c !== undefined);
  if (moving.length === 0) return [];
  const movingIds = new Set(moving.map((c) => c.id));
  const rest = inArea(cards, target.groupId).filter((c) => !movingIds.has(c.id));
  const index = Math.max(0, Math.min(rest.length, Math.floor(target.index)));
  const keys = keysBetween(rest[index - 1]?.order ?? null, rest[index]?.order ?? null, moving.length);
  const wanted = new Map<CardId, Placement>();
  if (keys) {
    moving.forEach((c, i) => wanted.set(c.id, { groupId: target.groupId, order: keys[i]! }));
  } else {
    const final = [...rest.slice(0, index), ...moving, ...rest.slice(index)];
    final.forEach((c, i) => wanted.set(c.id, { groupId: target.groupId, order: i }));
  }
  const moves: Move[] = [];
  for (const [id, to] of wanted) {
    const card = byId.get(id)!;
    if (card.groupId !== to.groupId || card.order !== to.order) moves.push({ id, from: { groupId: card.groupId, order: card.order }, to });
  }
  return moves;
}

/**
 * Where a post-it dropped on another one lands inside that one's group: it takes the target's place,
 * so dragging down past a neighbour puts it after, dragging up puts it before.
 */
export function dropOnCard(cards: readonly Placed[], dragged: readonly CardId[], targetId: CardId): Target | null {
  const target = cards.find((c) => c.id === targetId);
  if (!target || dragged.includes(targetId)) return null;
  const area = inArea(cards, target.groupId);
  const rest = area.filter((c) => !dragged.includes(c.id));
  const at = rest.findIndex((c) => c.id === targetId);
  const first = area.findIndex((c) => c.id === dragged[0]);
  const comesFromAbove = first >= 0 && first < area.findIndex((c) => c.id === targetId);
  return { groupId: target.groupId, index: comesFromAbove ? at + 1 : at };
}

/** Moves that make a new group of `targetId` followed by the dragged post-its (drop on an unsorted post-it). */
export function planNewGroup(cards: readonly Placed[], groupId: GroupId, ids: readonly CardId[]): Move[] {
  return planMove(cards, ids, { groupId, index: 0 });
}

/** Deleting a group sends its post-its, in their order, to the end of the unsorted area. */
export function planRelease(cards: readonly Placed[], groupId: GroupId): Move[] {
  return planMove(cards, inArea(cards, groupId).map((c) => c.id), { groupId: null, index: Number.MAX_SAFE_INTEGER });
}

/** One place after every other, for a new group or piste. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, x) => Math.max(max, x.order + 1), 0);
}

/** Move one post-it (or group, or piste) one step up or down within its list: the target index among the others. */
export function stepTarget<T extends { id: string; order: number }>(list: readonly T[], id: string, delta: -1 | 1): number | null {
  const sorted = [...list].sort(byOrder);
  const from = sorted.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= sorted.length) return null;
  return to;
}

// ── Undo / redo of board moves ───────────────────────────────────────────────────────────────

export type StepKind = 'move' | 'group' | 'newGroup' | 'deleteGroup';

/** A group appearing (undo hides it) or disappearing (undo brings it back), as tombstone flips. */
export interface GroupFlip {
  id: GroupId;
  from: boolean;
  to: boolean;
}

export interface BoardStep {
  kind: StepKind;
  cards: Move[];
  groups: GroupFlip[];
}

export interface History {
  done: readonly BoardStep[];
  undone: readonly BoardStep[];
}

export const HISTORY_LIMIT = 20;
export const EMPTY_HISTORY: History = { done: [], undone: [] };

/** A new move: on top of the stack (the oldest beyond 20 forgotten), and nothing left to redo. */
export function remember(history: History, step: BoardStep): History {
  if (step.cards.length === 0 && step.groups.length === 0) return history;
  return { done: [...history.done, step].slice(-HISTORY_LIMIT), undone: [] };
}

export function invert(step: BoardStep): BoardStep {
  return {
    kind: step.kind,
    cards: step.cards.map((m) => ({ id: m.id, from: m.to, to: m.from })),
    groups: step.groups.map((g) => ({ id: g.id, from: g.to, to: g.from })),
  };
}

/** The step to apply to undo the last move, and the history after it; null when there is nothing to undo. */
export function takeUndo(history: History): { apply: BoardStep; history: History } | null {
  const step = history.done[history.done.length - 1];
  if (!step) return null;
  return { apply: invert(step), history: { done: history.done.slice(0, -1), undone: [...history.undone, step] } };
}

export function takeRedo(history: History): { apply: BoardStep; history: History } | null {
  const step = history.undone[history.undone.length - 1];
  if (!step) return null;
  return { apply: step, history: { done: [...history.done, step].slice(-HISTORY_LIMIT), undone: history.undone.slice(0, -1) } };
}

/**
 * The part of a step that can still be applied: a post-it or group changed since (by a later edit on
 * this tablet, or by a merged file) is left as it now is rather than yanked back.
 */
export function stillApplicable(
  step: BoardStep,
  cards: ReadonlyMap<string, Pick<Card, 'groupId' | 'order' | 'deleted'>>,
  groups: ReadonlyMap<string, Pick<Group, 'deleted'>>,
): BoardStep {
  return {
    kind: step.kind,
    cards: step.cards.filter((m) => {
      const c = cards.get(m.id);
      return c !== undefined && !c.deleted && c.groupId === m.from.groupId && c.order === m.from.order;
    }),
    groups: step.groups.filter((g) => groups.get(g.id)?.deleted === g.from),
  };
}
