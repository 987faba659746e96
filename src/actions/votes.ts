// Use cases of dot voting on one tablet: dots per participant, a dot by proxy, raised hands per piste.
import type { Reader } from '../db/reads';
import type { ParticipantId, SessionId, TrackId, VoteId } from '../domain/types';
import { checkHands, checkProxyVote, clampDots, countedVotes, handsChange, type Allowance, type VoteProblem } from '../domain/votes';
import { newId } from '../platform/ids';
import { inBoardOrder } from './queue';
import { runAction } from './run';

export function setDotsPerParticipant(sessionId: SessionId, dots: number): Promise<void> {
  const value = clampDots(dots);
  return runAction({ key: `session:${sessionId}:dots`, kinds: ['sessions'], queue: inBoardOrder }, async (w, read) => {
    const s = await read.get('sessions', sessionId);
    if (s && !s.deleted && s.dotsPerParticipant !== value) await w.revise('sessions', s, { dotsPerParticipant: value });
  });
}

/** Everything a vote is checked against, read inside the vote's own transaction. */
async function ballot(read: Reader, sessionId: SessionId) {
  const [session, participants, tracks, votes] = await Promise.all([
    read.get('sessions', sessionId),
    read.participantsOf(sessionId),
    read.recordsOf('tracks', sessionId),
    read.recordsOf('votes', sessionId),
  ]);
  const allowance: Allowance = { participants: participants.length, dots: session?.dotsPerParticipant ?? 0 };
  return { participants, tracks, votes: countedVotes(votes, tracks), allowance };
}

const TABLES = ['sessions', 'participants', 'tracks', 'votes'] as const;

/** One dot for `voter` on a piste; refused (with the reason) past their allowance or the séance's dots. */
export function addProxyVote(sessionId: SessionId, trackId: TrackId, voter: ParticipantId): Promise<VoteProblem | null> {
  return runAction({ key: `votes:${sessionId}`, kinds: TABLES, queue: inBoardOrder }, async (w, read): Promise<VoteProblem | null> => {
    const b = await ballot(read, sessionId);
    if (!b.tracks.some((t) => t.id === trackId) || !b.participants.some((p) => p.id === voter)) return null;
    const problem = checkProxyVote(b.votes, voter, b.allowance);
    if (problem) return problem;
    await w.create('votes', newId<VoteId>(), sessionId, { trackId, voter, method: 'proxy' });
    return null;
  });
}

/** Take back one of `voter`'s dots on a piste (the latest placed). */
export function removeProxyVote(sessionId: SessionId, trackId: TrackId, voter: ParticipantId): Promise<void> {
  return runAction({ key: `votes:${sessionId}`, kinds: ['votes'], queue: inBoardOrder }, async (w, read) => {
    const mine = (await read.recordsOf('votes', sessionId)).filter((v) => v.trackId === trackId && v.voter === voter && v.method === 'proxy');
    const latest = mine.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))[0];
    if (latest) await w.revise('votes', latest, { deleted: true });
  });
}

/** À main levée: the piste gets exactly `count` hand votes (one record each), or the reason it cannot. */
export function setHands(sessionId: SessionId, trackId: TrackId, count: number): Promise<VoteProblem | null> {
  return runAction({ key: `votes:${sessionId}:hands:${trackId}`, kinds: TABLES, queue: inBoardOrder }, async (w, read): Promise<VoteProblem | null> => {
    const b = await ballot(read, sessionId);
    if (!b.tracks.some((t) => t.id === trackId)) return null;
    const problem = checkHands(b.votes, trackId, count, b.allowance);
    if (problem) return problem;
    const change = handsChange(b.votes, trackId, count);
    for (const v of change.remove) await w.revise('votes', v, { deleted: true });
    for (let i = 0; i < change.add; i++) await w.create('votes', newId<VoteId>(), sessionId, { trackId, voter: null, method: 'mains' });
    return null;
  });
}
