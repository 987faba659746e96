// Everything the room (and the secrétaire's full-screen notes) reads, live: the séance, its phases, its people (removed ones too) and its turns.
import { useLive } from '../../db/live';
import { phasesOf, recordsOf, sessionById } from '../../db/queries';
import { bySeat } from '../../domain/participants';
import type { Participant, Phase, Session, SessionId, Turn } from '../../domain/types';

export interface RoomData {
  session: Session;
  phases: Phase[];
  /** Present participants, in seat order. */
  participants: Participant[];
  /** Everyone who was ever in the list, so removed people's turns keep a name. */
  everyone: Participant[];
  turns: Turn[];
}

async function load(id: SessionId): Promise<RoomData | null> {
  const [session, phases, people, turns] = await Promise.all([sessionById(id), phasesOf(id), recordsOf('participants', id, true), recordsOf('turns', id)]);
  if (!session) return null;
  const everyone = bySeat(people);
  return { session, phases, participants: everyone.filter((p) => !p.deleted), everyone, turns: turns.sort((a, b) => a.startedAt - b.startedAt) };
}

export function useRoomData(id: SessionId) {
  return useLive(() => load(id), [id]);
}
