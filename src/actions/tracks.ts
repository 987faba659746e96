// Use cases on pistes d'amélioration: create from groups, edit, reorder, delete, and the validated priorities.
import { nextOrder, planMove, stepTarget } from '../domain/board';
import { capText, LIMITS } from '../domain/limits';
import type { CardId, GroupId, SessionId, Track, TrackId } from '../domain/types';
import { rank } from '../domain/votes';
import { newId } from '../platform/ids';
import { inBoardOrder } from './queue';
import { runAction } from './run';

export interface TrackInput {
  title: string;
  description: string;
  groupIds: readonly GroupId[];
}

export type TrackResult = { ok: true; id: TrackId; truncated: boolean } | { ok: false; problem: 'emptyTitle' };

export function createTrack(sessionId: SessionId, input: TrackInput): Promise<TrackResult> {
  const title = capText(input.title.trim(), LIMITS.short);
  if (title.value === '') return Promise.resolve({ ok: false, problem: 'emptyTitle' });
  const description = capText(input.description.trim(), LIMITS.trackDescription);
  const id = newId<TrackId>();
  return runAction({ key: `track:${id}`, kinds: ['tracks'], queue: inBoardOrder }, async (w, read): Promise<TrackResult> => {
    const tracks = await read.recordsOf('tracks', sessionId);
    await w.create('tracks', id, sessionId, {
      title: title.value,
      description: description.value,
      groupIds: [...new Set(input.groupIds)],
      validated: false,
      order: nextOrder(tracks),
    });
    return { ok: true, id, truncated: title.truncated || description.truncated };
  });
}

function reviseTrack(id: TrackId, what: string, patch: (t: Track) => Partial<Track> | null): Promise<void> {
  return runAction({ key: `track:${id}:${what}`, kinds: ['tracks'], queue: inBoardOrder }, async (w, read) => {
    const track = await read.get('tracks', id);
    if (!track) return;
    const change = patch(track);
    if (change) await w.revise('tracks', track, change);
  });
}

/** Autosaved while typing, so an empty title is stored as typed (the list shows a placeholder). */
export const setTrackTitle = (id: TrackId, title: string) => reviseTrack(id, 'title', (t) => (t.deleted ? null : { title: capText(title, LIMITS.short).value }));
export const setTrackDescription = (id: TrackId, text: string) =>
  reviseTrack(id, 'description', (t) => (t.deleted ? null : { description: capText(text, LIMITS.trackDescription).value }));
export const setTrackGroups = (id: TrackId, groupIds: readonly GroupId[]) => reviseTrack(id, 'groups', (t) => (t.deleted ? null : { groupIds: [...new Set(groupIds)] }));
export const setValidated = (id: TrackId, validated: boolean) => reviseTrack(id, 'validated', (t) => (t.deleted || t.validated === validated ? null : { validated }));
export const deleteTrack = (id: TrackId) => reviseTrack(id, 'deleted', (t) => (t.deleted ? null : { deleted: true }));
export const restoreTrack = (id: TrackId) => reviseTrack(id, 'deleted', (t) => (t.deleted ? { deleted: false } : null));

/** One step up or down in the priority order; only the moved piste gets a new position. */
export function moveTrack(sessionId: SessionId, id: TrackId, delta: -1 | 1): Promise<void> {
  return runAction({ key: `tracks:${sessionId}:order`, kinds: ['tracks'], queue: inBoardOrder }, async (w, read) => {
    const tracks = await read.recordsOf('tracks', sessionId);
    const index = stepTarget(tracks, id, delta);
    if (index === null) return;
    // Pistes are ordered like post-its in one area: the same fractional placement does the work.
    const asCards = tracks.map((t) => ({ id: t.id as string as CardId, groupId: null, order: t.order }));
    for (const m of planMove(asCards, [id as string as CardId], { groupId: null, index })) {
      const track = tracks.find((t) => (t.id as string) === m.id);
      if (track) await w.revise('tracks', track, { order: m.to.order });
    }
  });
}

/** "Classer selon le vote": the priority order becomes the ranking (ties keep their current order). */
export function orderByVotes(sessionId: SessionId): Promise<void> {
  return runAction({ key: `tracks:${sessionId}:order`, kinds: ['tracks', 'votes'], queue: inBoardOrder }, async (w, read) => {
    const ranked = rank(await read.recordsOf('tracks', sessionId), await read.recordsOf('votes', sessionId));
    for (const [i, r] of ranked.entries()) if (r.track.order !== i) await w.revise('tracks', r.track, { order: i });
  });
}
