// Use cases on post-its themselves: write one fast, edit it, delete it (tombstone) and bring it back.
import { inArea, nextOrder, POLARITY, settle } from '../domain/board';
import { capText, LIMITS } from '../domain/limits';
import type { Card, CardId, CardKind, ParticipantId, SessionId } from '../domain/types';
import { newId } from '../platform/ids';
import { inBoardOrder } from './queue';
import { runAction } from './run';

export interface CardInput {
  text: string;
  kind: CardKind;
  onBehalfOf: ParticipantId | null;
}

export type CardResult = { ok: true; id: CardId; truncated: boolean } | { ok: false; problem: 'empty' };

/** Blank post-its are refused; an over-long one is cut at the post-it limit and the caller says so. */
function clean(text: string): { value: string; truncated: boolean } | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : capText(trimmed, LIMITS.postit);
}

/** A new post-it goes first in the unsorted area, right under the field it was typed in, for the group to sort. */
export function addCard(sessionId: SessionId, input: CardInput): Promise<CardResult> {
  const text = clean(input.text);
  if (!text) return Promise.resolve({ ok: false, problem: 'empty' });
  const id = newId<CardId>();
  return runAction({ key: `card:${id}`, kinds: ['cards', 'groups'], queue: inBoardOrder }, async (w, read): Promise<CardResult> => {
    const cards = settle(await read.recordsOf('cards', sessionId), await read.recordsOf('groups', sessionId, true));
    await w.create('cards', id, sessionId, {
      text: text.value,
      kind: input.kind,
      polarity: POLARITY[input.kind],
      groupId: null,
      order: (inArea(cards, null)[0]?.order ?? 1) - 1,
      sourceVerbatimId: null,
      onBehalfOf: input.onBehalfOf,
    });
    return { ok: true, id, truncated: text.truncated };
  });
}

/** Change a post-it's text, kind or author; emptying the text is refused and the old text stays. */
export function editCard(id: CardId, input: Partial<CardInput>): Promise<CardResult> {
  const text = input.text === undefined ? undefined : clean(input.text);
  if (text === null) return Promise.resolve({ ok: false, problem: 'empty' });
  return runAction({ key: `card:${id}:edit`, kinds: ['cards'], queue: inBoardOrder }, async (w, read): Promise<CardResult> => {
    const card = await read.get('cards', id);
    if (!card || card.deleted) return { ok: true, id, truncated: false };
    const patch: Partial<Card> = {};
    if (text && text.value !== card.text) patch.text = text.value;
    if (input.kind && input.kind !== card.kind) Object.assign(patch, { kind: input.kind, polarity: POLARITY[input.kind] });
    if (input.onBehalfOf !== undefined && input.onBehalfOf !== card.onBehalfOf) patch.onBehalfOf = input.onBehalfOf;
    if (Object.keys(patch).length > 0) await w.revise('cards', card, patch);
    return { ok: true, id, truncated: text?.truncated ?? false };
  });
}

/** Tombstones (they travel in files); the toast offers to bring them back. */
export function deleteCards(ids: readonly CardId[]): Promise<number> {
  return runAction({ key: `cards:delete:${ids.join(',')}`, kinds: ['cards'], queue: inBoardOrder }, async (w, read) => {
    let n = 0;
    for (const id of ids) {
      const card = await read.get('cards', id);
      if (card && !card.deleted) {
        await w.revise('cards', card, { deleted: true });
        n += 1;
      }
    }
    return n;
  });
}

/** Undo a deletion: back where they were, or to the unsorted area if their group went meanwhile. */
export function restoreCards(sessionId: SessionId, ids: readonly CardId[]): Promise<void> {
  return runAction({ key: `cards:restore:${ids.join(',')}`, kinds: ['cards', 'groups'], queue: inBoardOrder }, async (w, read) => {
    const live = new Set((await read.recordsOf('groups', sessionId)).map((g) => g.id));
    let end = nextOrder(inArea(settle(await read.recordsOf('cards', sessionId), await read.recordsOf('groups', sessionId, true)), null));
    for (const id of ids) {
      const card = await read.get('cards', id);
      if (!card?.deleted) continue;
      const keep = card.groupId === null || live.has(card.groupId);
      await w.revise('cards', card, keep ? { deleted: false } : { deleted: false, groupId: null, order: end++ });
    }
  });
}
