// Pure rules of dot voting on pistes: allowance per participant, raised hands, tallies and ranking with ties.
import type { ParticipantId, Track, TrackId, Vote } from './types';

/** Dots per participant the animateur may set: at least one, and few enough to stay a choice. */
export const DOTS = { min: 1, max: 10 } as const;

export function clampDots(raw: number | string): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) ? Math.min(DOTS.max, Math.max(DOTS.min, n)) : DOTS.min;
}

type V = Pick<Vote, 'trackId' | 'voter' | 'method' | 'deleted'>;

/** Only live votes on live pistes count: a deleted piste gives its dots back. */
export function countedVotes<T extends V>(votes: readonly T[], tracks: readonly Pick<Track, 'id' | 'deleted'>[]): T[] {
  const live = new Set(tracks.filter((t) => !t.deleted).map((t) => t.id));
  return votes.filter((v) => !v.deleted && live.has(v.trackId));
}

export function dotsUsedBy(votes: readonly V[], voter: ParticipantId): number {
  return votes.filter((v) => !v.deleted && v.method === 'proxy' && v.voter === voter).length;
}

export type VoteProblem =
  /** This participant has placed all their dots. */
  | { kind: 'allowance'; dots: number }
  /** Every dot of the séance (participants × dots) is placed. */
  | { kind: 'budget'; budget: number }
  /** More raised hands than people in the circle. */
  | { kind: 'hands'; max: number }
  | { kind: 'noParticipants' };

export interface Allowance {
  /** Participants present (not removed). */
  participants: number;
  dots: number;
}

export const budgetOf = (a: Allowance): number => a.participants * a.dots;

/** May `voter` place one more dot? `votes` are the counted votes (see countedVotes). */
export function checkProxyVote(votes: readonly V[], voter: ParticipantId, allowance: Allowance): VoteProblem | null {
  if (allowance.participants === 0) return { kind: 'noParticipants' };
  if (dotsUsedBy(votes, voter) >= allowance.dots) return { kind: 'allowance', dots: allowance.dots };
  if (votes.length >= budgetOf(allowance)) return { kind: 'budget', budget: budgetOf(allowance) };
  return null;
}

/**
 * May the count of raised hands on `trackId` become `wanted`? One hand per person per piste, and the
 * séance's dots are not exceeded once the piste's previous hands are replaced.
 */
export function checkHands(votes: readonly V[], trackId: TrackId, wanted: number, allowance: Allowance): VoteProblem | null {
  if (!Number.isInteger(wanted) || wanted < 0) return { kind: 'hands', max: allowance.participants };
  if (wanted === 0) return null;
  if (allowance.participants === 0) return { kind: 'noParticipants' };
  if (wanted > allowance.participants) return { kind: 'hands', max: allowance.participants };
  const others = votes.filter((v) => !(v.trackId === trackId && v.method === 'mains')).length;
  if (others + wanted > budgetOf(allowance)) return { kind: 'budget', budget: budgetOf(allowance) };
  return null;
}

export interface Tally {
  total: number;
  proxy: number;
  mains: number;
}

export function tally(votes: readonly V[]): Map<TrackId, Tally> {
  const out = new Map<TrackId, Tally>();
  for (const v of votes) {
    if (v.deleted) continue;
    const t = out.get(v.trackId) ?? { total: 0, proxy: 0, mains: 0 };
    t.total += 1;
    t[v.method] += 1;
    out.set(v.trackId, t);
  }
  return out;
}

export interface Ranked<T> {
  track: T;
  votes: number;
  /** Competition ranking: 1, 2, 2, 4 — pistes with as many dots share a rank. */
  rank: number;
  tied: boolean;
}

/**
 * Pistes by dots, most first. Ties keep the pistes' current order (which the animateur can change
 * with the group), so the ranking never depends on an id or on when a record was created.
 */
export function rank<T extends Pick<Track, 'id' | 'order' | 'deleted'>>(tracks: readonly T[], votes: readonly V[]): Ranked<T>[] {
  const counts = tally(countedVotes(votes, tracks));
  const live = tracks.filter((t) => !t.deleted);
  const sorted = [...live].sort((a, b) => (counts.get(b.id)?.total ?? 0) - (counts.get(a.id)?.total ?? 0) || a.order - b.order || (a.id < b.id ? -1 : 1));
  const perCount = new Map<number, number>();
  for (const t of sorted) {
    const n = counts.get(t.id)?.total ?? 0;
    perCount.set(n, (perCount.get(n) ?? 0) + 1);
  }
  let rankNow = 0;
  let previous: number | null = null;
  return sorted.map((track, i) => {
    const n = counts.get(track.id)?.total ?? 0;
    if (n !== previous) rankNow = i + 1;
    previous = n;
    return { track, votes: n, rank: rankNow, tied: (perCount.get(n) ?? 0) > 1 };
  });
}

/**
 * The order pistes are reported and turned into fiches action: most dots first, then the ones the
 * group validated, then the group's own order. Ranks stay those of the dots alone.
 */
export function byPriority<T extends Pick<Track, 'id' | 'order' | 'deleted' | 'validated'>>(tracks: readonly T[], votes: readonly V[]): Ranked<T>[] {
  return rank(tracks, votes).sort((a, b) => b.votes - a.votes || Number(b.track.validated) - Number(a.track.validated) || a.track.order - b.track.order);
}

/** What to write to make a piste's raised-hand count `wanted`: how many to add, or which records to tombstone. */
export function handsChange<T extends V & { id: string; createdAt: number }>(
  votes: readonly T[],
  trackId: TrackId,
  wanted: number,
): { add: number; remove: T[] } {
  const current = votes.filter((v) => !v.deleted && v.trackId === trackId && v.method === 'mains');
  if (wanted >= current.length) return { add: wanted - current.length, remove: [] };
  // The latest hands go first, so a correction undoes what was just entered.
  const newestFirst = [...current].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return { add: 0, remove: newestFirst.slice(0, current.length - wanted) };
}
