// Use cases of the secrétaire: capture a verbatim, edit it, delete it with undo, turn it into a post-it.
import type { Reader } from '../db/reads';
import { inArea, nextOrder, POLARITY, settle } from '../domain/board';
import { capText, LIMITS } from '../domain/limits';
import type { CardId, Participant, PhaseIndex, SessionId, Verbatim, VerbatimId, VerbatimKind, VerbatimSpeaker, VerbatimTag } from '../domain/types';
import { cardKindFor, cleanVerbatimText } from '../domain/verbatims';
import { deviceId } from '../db/connection';
import { createRecord } from '../domain/records';
import { now } from '../platform/clock';
import { newId } from '../platform/ids';
import { makeQueue } from './queue';
import { runAction } from './run';

/** Captures are stored in the order Enter was pressed, each stamped with that instant. */
const inCaptureOrder = makeQueue();

export interface VerbatimInput {
  phase: PhaseIndex;
  speaker: VerbatimSpeaker;
  text: string;
  tags: VerbatimTag[];
  key: boolean;
  kind: VerbatimKind;
}

export type VerbatimResult = { ok: true; id: VerbatimId; truncated: boolean } | { ok: false; problem: 'empty' };
/** A capture also hands back the record as stored, so the timeline can show it without waiting to read it back. */
export type CaptureResult = { ok: true; id: VerbatimId; truncated: boolean; stored: Verbatim } | { ok: false; problem: 'empty' };

/** The pseudonym at capture time, so the words stay attributed if the person is later removed. */
async function nameOf(read: Reader, speaker: VerbatimSpeaker): Promise<string> {
  if (speaker === 'animateur' || speaker === 'groupe' || speaker === 'inconnu') return '';
  return (await read.get('participants', speaker))?.pseudonym ?? '';
}

/**
 * What the timeline shows the moment Enter is pressed, before its transaction: the record as it will be
 * stored, but for its revision and exact capture instant (the stored one replaces it under the same id).
 * Null when nothing would be stored (an empty text).
 */
export function pendingVerbatim(sessionId: SessionId, id: VerbatimId, input: VerbatimInput, participants: readonly Pick<Participant, 'id' | 'pseudonym'>[]): Verbatim | null {
  const text = cleanVerbatimText(input.text);
  if (!text.ok) return null;
  const speakerName = participants.find((p) => p.id === input.speaker)?.pseudonym ?? '';
  const fields = { phase: input.phase, speaker: input.speaker, speakerName, text: text.text, capturedAt: now(), tags: [...new Set(input.tags)], key: input.key, kind: input.kind };
  return createRecord<Verbatim>(id, sessionId, fields, { now: now(), deviceId: deviceId(), clock: 0 });
}

export function addVerbatim(sessionId: SessionId, input: VerbatimInput, id: VerbatimId = newId<VerbatimId>()): Promise<CaptureResult> {
  const text = cleanVerbatimText(input.text);
  if (!text.ok) return Promise.resolve(text);
  return runAction(
    { key: `verbatim:${id}`, kinds: ['verbatims', 'participants'], queue: inCaptureOrder },
    async (w, read): Promise<CaptureResult> => {
      // Two Enters in the same millisecond still keep their order in the timeline. Both reads are asked at
      // once: each request waits for the main thread to take its answer, and on a busy frame that is a few ms.
      const [last, speakerName] = await Promise.all([read.latestVerbatim(sessionId), nameOf(read, input.speaker)]);
      const capturedAt = Math.max(w.now, (last?.capturedAt ?? 0) + 1);
      const stored = await w.create('verbatims', id, sessionId, {
        phase: input.phase,
        speaker: input.speaker,
        speakerName,
        text: text.text,
        capturedAt,
        tags: [...new Set(input.tags)],
        key: input.key,
        kind: input.kind,
      });
      return { ok: true, id, truncated: text.truncated, stored };
    },
  );
}

export type VerbatimPatch = Partial<Pick<Verbatim, 'text' | 'tags' | 'key' | 'kind' | 'speaker' | 'phase'>>;

/** Edit a verbatim; emptying its text is refused (delete it instead), the old text stays. */
export function editVerbatim(id: VerbatimId, patch: VerbatimPatch): Promise<VerbatimResult> {
  let text: string | undefined;
  let truncated = false;
  if (patch.text !== undefined) {
    const clean = cleanVerbatimText(patch.text);
    if (!clean.ok) return Promise.resolve(clean);
    text = clean.text;
    truncated = clean.truncated;
  }
  return runAction(
    { key: `verbatim:${id}:edit`, kinds: ['verbatims', 'participants'], queue: inCaptureOrder },
    async (w, read): Promise<VerbatimResult> => {
      const v = await read.get('verbatims', id);
      if (!v || v.deleted) return { ok: true, id, truncated: false };
      const change: VerbatimPatch & { speakerName?: string } = { ...patch, ...(text !== undefined ? { text } : {}) };
      if (patch.speaker !== undefined && patch.speaker !== v.speaker) change.speakerName = await nameOf(read, patch.speaker);
      if (patch.tags) change.tags = [...new Set(patch.tags)];
      await w.revise('verbatims', v, change);
      return { ok: true, id, truncated };
    },
  );
}

export function setVerbatimDeleted(id: VerbatimId, deleted: boolean): Promise<void> {
  return runAction({ key: `verbatim:${id}:deleted`, kinds: ['verbatims'], queue: inCaptureOrder }, async (w, read) => {
    const v = await read.get('verbatims', id);
    if (v && v.deleted !== deleted) await w.revise('verbatims', v, { deleted });
  });
}

/**
 * One tap: the verbatim becomes a post-it at the end of the unsorted area, linked back to it so the
 * report can quote the source. Tapping again does not make a second post-it.
 */
export function verbatimToCard(id: VerbatimId): Promise<CardId | null> {
  return runAction({ key: `verbatim:${id}:card`, kinds: ['verbatims', 'cards', 'groups'], queue: inCaptureOrder }, async (w, read) => {
    const v = await read.get('verbatims', id);
    if (!v || v.deleted) return null;
    const cards = await read.recordsOf('cards', v.sessionId);
    const existing = cards.find((c) => c.sourceVerbatimId === id);
    if (existing) return existing.id;
    const kind = cardKindFor(v.tags);
    const placed = settle(cards, await read.recordsOf('groups', v.sessionId, true));
    const cardId = newId<CardId>();
    await w.create('cards', cardId, v.sessionId, {
      text: capText(v.text, LIMITS.postit).value,
      kind,
      polarity: POLARITY[kind],
      groupId: null,
      order: nextOrder(inArea(placed, null)),
      sourceVerbatimId: id,
      onBehalfOf: v.speaker === 'animateur' || v.speaker === 'groupe' || v.speaker === 'inconnu' ? null : v.speaker,
    });
    return cardId;
  });
}
