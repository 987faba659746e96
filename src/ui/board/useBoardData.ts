// Everything the board, pistes and vote screens read, live: the séance, its people, post-its, groups, pistes, dots.
import { useLive } from '../../db/live';
import { participantsOf, recordsOf, sessionById } from '../../db/queries';
import { byOrder, settle } from '../../domain/board';
import { bySeat } from '../../domain/participants';
import type { Card, Group, Participant, Session, SessionId, Track, Vote } from '../../domain/types';

export interface BoardData {
  session: Session;
  /** Present participants, in seat order. */
  participants: Participant[];
  /** Everyone ever listed, so a post-it written for someone removed still names them. */
  everyone: Participant[];
  /** Live post-its; those whose group is gone count as unsorted. */
  cards: Card[];
  /** Live groups in board order. */
  groups: Group[];
  /** Every group ever made, so a piste can name a group deleted since. */
  allGroups: Group[];
  /** Live pistes in priority order. */
  tracks: Track[];
  votes: Vote[];
}

export async function loadBoard(id: SessionId): Promise<BoardData | null> {
  const [session, participants, people, cards, groups, tracks, votes] = await Promise.all([
    sessionById(id),
    participantsOf(id),
    recordsOf('participants', id, true),
    recordsOf('cards', id),
    recordsOf('groups', id, true),
    recordsOf('tracks', id),
    recordsOf('votes', id),
  ]);
  if (!session) return null;
  return {
    session,
    participants,
    everyone: bySeat(people),
    cards: settle(cards, groups),
    groups: groups.filter((g) => !g.deleted).sort(byOrder),
    allGroups: groups,
    tracks: tracks.sort(byOrder),
    votes,
  };
}

export function useBoardData(id: SessionId) {
  return useLive(() => loadBoard(id), [id]);
}
