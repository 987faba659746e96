// Tour de table: who comes next in seat order, who passed (revisited at the end), who has not spoken.
import type { ParticipantId } from './types';

export interface TourState {
  /** Suggested next speaker: seat order first, then those who passed. */
  next: ParticipantId | null;
  notYet: ParticipantId[];
  /** Participants who passed and have still not spoken. */
  queue: ParticipantId[];
  done: boolean;
}

export function tourState(seatOrder: readonly ParticipantId[], spoken: ReadonlySet<ParticipantId>, skipped: readonly ParticipantId[]): TourState {
  const notYet = seatOrder.filter((id) => !spoken.has(id));
  const queue = skipped.filter((id) => notYet.includes(id));
  const fresh = notYet.filter((id) => !skipped.includes(id));
  const next = fresh[0] ?? queue[0] ?? null;
  return { next, notYet, queue, done: notYet.length === 0 };
}

/** "Passer": the person goes to the end of the queue (once), to be offered the floor again. */
export function skip(skipped: readonly ParticipantId[], id: ParticipantId): ParticipantId[] {
  return [...skipped.filter((x) => x !== id), id];
}
