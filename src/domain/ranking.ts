// The pistes of every séance of a démarche ranked together, each by its share of its own séance's votes, with its fiches action and their status.
import { byActionNumber, INITIAL_STATUS, lastStep } from './plan';
import { liveSeances, type SeanceKey } from './seanceOrder';
import type { ActionId, ActionSheet, ActionStatus, Session, SessionId, StatusChange, Track, TrackId, Vote } from './types';
import { byPriority } from './votes';

export interface RankingSeance {
  session: SeanceKey & Pick<Session, 'deleted'>;
  tracks: readonly Pick<Track, 'id' | 'title' | 'order' | 'validated' | 'deleted'>[];
  votes: readonly Pick<Vote, 'trackId' | 'voter' | 'method' | 'deleted'>[];
  actions: readonly Pick<ActionSheet, 'id' | 'trackId' | 'number' | 'title' | 'createdAt' | 'deleted'>[];
  statusChanges: readonly StatusChange[];
}

export interface PisteAction {
  id: ActionId;
  number: string;
  title: string;
  status: ActionStatus;
  /** Day of its last status step, '' when never moved (prévue since written). */
  since: string;
}

export interface RankedPiste {
  sessionId: SessionId;
  trackId: TrackId;
  title: string;
  validated: boolean;
  /** Dots it received in its séance. */
  votes: number;
  /** Dots cast on every live piste of its séance. */
  seanceVotes: number;
  /** votes ÷ seanceVotes, 0 in a séance where nobody voted. */
  share: number;
  /** Its rank among its own séance's pistes (domain/votes.ts). */
  seanceRank: number;
  /** Competition rank by share across the démarche: 1, 2, 2, 4. */
  rank: number;
  tied: boolean;
  /** How many pistes share this rank (1 when not tied). */
  tieSize: number;
  /** Its live fiches action in their numbering order, each with where it stands. */
  actions: PisteAction[];
}

export interface PisteRanking {
  /** Best share first; equal shares share a rank, validated pistes first among them, then séance order, then the séance's own order. */
  pistes: RankedPiste[];
  /** Live séances with at least one live piste, in séance order, with the dots cast there. */
  seances: { sessionId: SessionId; pistes: number; votes: number }[];
}

/** Exact comparison of two shares (votes ÷ séance votes) without rounding: cross-multiplied, a séance without votes counting as 0 ÷ 1. */
function byShare(a: Pick<RankedPiste, 'votes' | 'seanceVotes'>, b: Pick<RankedPiste, 'votes' | 'seanceVotes'>): number {
  return b.votes * Math.max(1, a.seanceVotes) - a.votes * Math.max(1, b.seanceVotes);
}

/**
 * Rank the pistes of every live séance together by their share of their séance's votes, so a séance
 * with more participants, or more dots each, weighs no more than another. The votes counted are those
 * the séance report counts (live votes on live pistes).
 */
export function rankPistes(seances: readonly RankingSeance[]): PisteRanking {
  const rows: (RankedPiste & { seance: number; position: number })[] = [];
  const totals: PisteRanking['seances'] = [];
  liveSeances(seances).forEach((s, seance) => {
    const ranked = byPriority(s.tracks, s.votes);
    if (ranked.length === 0) return;
    const seanceVotes = ranked.reduce((n, r) => n + r.votes, 0);
    totals.push({ sessionId: s.session.id, pistes: ranked.length, votes: seanceVotes });
    const actions = s.actions.filter((a) => !a.deleted && a.trackId !== null).sort(byActionNumber);
    ranked.forEach((r, position) => {
      rows.push({
        sessionId: s.session.id,
        trackId: r.track.id,
        title: r.track.title,
        validated: r.track.validated,
        votes: r.votes,
        seanceVotes,
        share: seanceVotes === 0 ? 0 : r.votes / seanceVotes,
        seanceRank: r.rank,
        rank: 0,
        tied: false,
        tieSize: 1,
        actions: actions
          .filter((a) => a.trackId === r.track.id)
          .map((a) => {
            const last = lastStep(s.statusChanges, a.id);
            return { id: a.id, number: a.number, title: a.title, status: last?.status ?? INITIAL_STATUS, since: last?.on ?? '' };
          }),
        seance,
        position,
      });
    });
  });
  rows.sort((a, b) => byShare(a, b) || Number(b.validated) - Number(a.validated) || a.seance - b.seance || a.position - b.position);
  // Competition ranking as the séance report does: a tie shares the rank of its first, the next rank skips.
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && byShare(rows[start]!, rows[end]!) === 0) end += 1;
    for (let i = start; i < end; i += 1) Object.assign(rows[i]!, { rank: start + 1, tied: end - start > 1, tieSize: end - start });
    start = end;
  }
  return { pistes: rows.map(({ seance: _s, position: _p, ...piste }) => piste), seances: totals };
}

/** Keys of the consolidation texts (i18n/fr.consolidation.ts) this module names: the screen says the rule with them. */
export type RankingTextKey =
  | 'consolidation.ranking.rule'
  | 'consolidation.ranking.ties'
  | 'consolidation.ranking.noVotes'
  | 'consolidation.ranking.noVotes.one'
  | 'consolidation.ranking.share'
  | 'consolidation.ranking.share.one'
  | 'consolidation.ranking.share.zero'
  | 'consolidation.ranking.share.none';

export interface RuleLine {
  key: RankingTextKey;
  params?: Record<string, number>;
}

/**
 * The rule said on screen above the ranking: how shares are worked out; how ties are settled when
 * there are any; which séances had no vote when some had none.
 */
export function rankingRule(ranking: PisteRanking): RuleLine[] {
  const lines: RuleLine[] = [{ key: 'consolidation.ranking.rule' }];
  if (ranking.pistes.some((p) => p.tied)) lines.push({ key: 'consolidation.ranking.ties' });
  const silent = ranking.seances.filter((s) => s.votes === 0).length;
  if (silent > 0) lines.push({ key: silent === 1 ? 'consolidation.ranking.noVotes.one' : 'consolidation.ranking.noVotes', params: { n: silent } });
  return lines;
}

/** One piste's share in words: « 3 points sur 12 posés dans sa séance » (the screen adds the percentage). */
export function shareWords(piste: Pick<RankedPiste, 'votes' | 'seanceVotes'>): RuleLine {
  if (piste.seanceVotes === 0) return { key: 'consolidation.ranking.share.none' };
  const key = piste.votes === 0 ? 'consolidation.ranking.share.zero' : piste.votes === 1 ? 'consolidation.ranking.share.one' : 'consolidation.ranking.share';
  return { key, params: { votes: piste.votes, total: piste.seanceVotes } };
}
