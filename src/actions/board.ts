// Use cases of the post-it board: move post-its, make and delete groups, undo/redo the last moves.
import type { Reader } from '../db/reads';
import type { Writer } from '../db/write';
import {
  dropOnCard,
  invert,
  nextOrder,
  planMove,
  planNewGroup,
  planRelease,
  remember,
  settle,
  stepTarget,
  stillApplicable,
  takeRedo,
  takeUndo,
  type History,
  type BoardStep,
  type Target,
} from '../domain/board';
import { capText, LIMITS } from '../domain/limits';
import type { CardId, GroupId, SessionId } from '../domain/types';
import { newId } from '../platform/ids';
import { historyOf, setHistory } from './boardHistory';
import { inBoardOrder } from './queue';
import { runAction } from './run';

const KINDS = ['cards', 'groups'] as const;

async function boardOf(read: Reader, sessionId: SessionId) {
  const [cards, groups] = await Promise.all([read.recordsOf('cards', sessionId), read.recordsOf('groups', sessionId, true)]);
  return { cards: settle(cards, groups), groups };
}

async function apply(w: Writer, step: BoardStep): Promise<void> {
  for (const flip of step.groups) {
    const g = await w.read.get('groups', flip.id);
    if (g && g.deleted !== flip.to) await w.revise('groups', g, { deleted: flip.to });
  }
  for (const m of step.cards) {
    const c = await w.read.get('cards', m.id);
    if (c && !c.deleted) await w.revise('cards', c, { groupId: m.to.groupId, order: m.to.order });
  }
}

/** Run a board change in one transaction; once stored, it becomes the latest move to undo. */
function boardChange(sessionId: SessionId, what: string, plan: (w: Writer, read: Reader) => Promise<BoardStep | null>): Promise<BoardStep | null> {
  return runAction(
    {
      key: `board:${sessionId}:${what}`,
      kinds: KINDS,
      queue: inBoardOrder,
      then: (step) => step && setHistory(sessionId, remember(historyOf(sessionId), step)),
    },
    async (w, read) => {
      const s = await plan(w, read);
      if (s) await apply(w, s);
      return s;
    },
  );
}

const liveGroup = async (read: Reader, id: GroupId | null) => id === null || (await read.get('groups', id))?.deleted === false;

/** Put post-its at a place in a group or the unsorted area; refused (null) if that group is gone. */
export function moveCards(sessionId: SessionId, ids: readonly CardId[], target: Target): Promise<BoardStep | null> {
  return boardChange(sessionId, 'move', async (_w, read) => {
    if (!(await liveGroup(read, target.groupId))) return null;
    const { cards } = await boardOf(read, sessionId);
    return { kind: 'move', cards: planMove(cards, ids, target), groups: [] };
  });
}

/** One step up or down inside its area (the non-drag way to reorder). */
export function stepCard(sessionId: SessionId, id: CardId, delta: -1 | 1): Promise<BoardStep | null> {
  return boardChange(sessionId, 'move', async (_w, read) => {
    const { cards } = await boardOf(read, sessionId);
    const card = cards.find((c) => c.id === id);
    if (!card) return null;
    const index = stepTarget(cards.filter((c) => c.groupId === card.groupId), id, delta);
    return index === null ? null : { kind: 'move', cards: planMove(cards, [id], { groupId: card.groupId, index }), groups: [] };
  });
}

async function createGroup(w: Writer, sessionId: SessionId, title: string): Promise<GroupId> {
  const id = newId<GroupId>();
  const groups = await w.read.recordsOf('groups', sessionId);
  // Born live: the step's flip (tombstone → live) then changes nothing now, and is what undo/redo flip.
  await w.create('groups', id, sessionId, { title: capText(title.trim(), LIMITS.short).value, order: nextOrder(groups) });
  return id;
}

/**
 * A post-it dropped on another: onto an unsorted one, the two start a new group (named `title`);
 * onto one already in a group, it joins that group at that place.
 */
export function dropOnto(sessionId: SessionId, ids: readonly CardId[], targetId: CardId, title: string): Promise<BoardStep | null> {
  return boardChange(sessionId, 'move', async (w, read) => {
    const { cards } = await boardOf(read, sessionId);
    const target = cards.find((c) => c.id === targetId);
    if (!target || ids.includes(targetId)) return null;
    if (target.groupId !== null) {
      const to = dropOnCard(cards, ids, targetId);
      return to && { kind: 'move', cards: planMove(cards, ids, to), groups: [] };
    }
    const groupId = await createGroup(w, sessionId, title);
    return { kind: 'group', cards: planNewGroup(cards, groupId, [targetId, ...ids]), groups: [{ id: groupId, from: true, to: false }] };
  });
}

/** "Nouveau regroupement", empty or with the selected post-its. */
export async function newGroup(sessionId: SessionId, title: string, ids: readonly CardId[] = []): Promise<GroupId | null> {
  let made: GroupId | null = null;
  await boardChange(sessionId, 'move', async (w, read) => {
    const { cards } = await boardOf(read, sessionId);
    made = await createGroup(w, sessionId, title);
    return { kind: 'newGroup', cards: planNewGroup(cards, made, ids), groups: [{ id: made, from: true, to: false }] };
  });
  return made;
}

export function renameGroup(id: GroupId, title: string): Promise<void> {
  return runAction({ key: `group:${id}:title`, kinds: ['groups'] }, async (w, read) => {
    const g = await read.get('groups', id);
    const value = capText(title, LIMITS.short).value;
    if (g && !g.deleted && g.title !== value) await w.revise('groups', g, { title: value });
  });
}

/** Deleting a group never deletes a post-it: they go back to the unsorted area, in their order. */
export function deleteGroup(sessionId: SessionId, groupId: GroupId): Promise<BoardStep | null> {
  return boardChange(sessionId, 'move', async (_w, read) => {
    const g = await read.get('groups', groupId);
    if (!g || g.deleted) return null;
    const { cards } = await boardOf(read, sessionId);
    return { kind: 'deleteGroup', cards: planRelease(cards, groupId), groups: [{ id: groupId, from: false, to: true }] };
  });
}

interface Replayed {
  applied: boolean;
  history: History | null;
}

async function replay(sessionId: SessionId, take: typeof takeUndo): Promise<boolean> {
  const done = await runAction<Replayed>(
    {
      key: `board:${sessionId}:history`,
      kinds: KINDS,
      queue: inBoardOrder,
      then: (r) => r.history && setHistory(sessionId, r.history),
    },
    async (w, read): Promise<Replayed> => {
      // Taken in the queue's turn, so an undo tapped right after a move sees that move.
      const taken = take(historyOf(sessionId));
      if (!taken) return { applied: false, history: null };
      const { cards, groups } = await boardOf(read, sessionId);
      const step = stillApplicable(taken.apply, new Map(cards.map((c) => [c.id, c])), new Map(groups.map((g) => [g.id, g])));
      await apply(w, step);
      return { applied: step.cards.length + step.groups.length > 0, history: taken.history };
    },
  );
  return done.applied;
}

/** Undo the last board move; false when there was nothing (left) to undo. */
export const undoBoard = (sessionId: SessionId): Promise<boolean> => replay(sessionId, takeUndo);
export const redoBoard = (sessionId: SessionId): Promise<boolean> => replay(sessionId, takeRedo);

/** The toast's "Annuler" after deleting a group: undo that step, wherever it now is in the stack. */
export async function undoStep(sessionId: SessionId, step: BoardStep): Promise<boolean> {
  const history = historyOf(sessionId);
  if (history.done[history.done.length - 1] === step) return undoBoard(sessionId);
  return replay(sessionId, (h) => ({ apply: invert(step), history: { done: h.done.filter((s) => s !== step), undone: h.undone } }));
}
