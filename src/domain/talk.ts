// Talk-turn statistics: speaking time, turns and share per person, the least heard, the group's balance.
import type { ParticipantId, Speaker, Turn } from './types';

type TurnTiming = Pick<Turn, 'speaker' | 'startedAt' | 'endedAt' | 'deleted'>;

export interface SpeakerStats {
  ms: number;
  turns: number;
  /** Share of all speaking time in the set, 0..1. */
  share: number;
}

/** A turn's length; an open turn runs until `now`, a clock set backwards never gives a negative one. */
export function turnDuration(turn: Pick<Turn, 'startedAt' | 'endedAt'>, now: number): number {
  return Math.max(0, (turn.endedAt ?? now) - turn.startedAt);
}

export function talkStats(turns: readonly TurnTiming[], now: number): Map<Speaker, SpeakerStats> {
  const stats = new Map<Speaker, SpeakerStats>();
  let total = 0;
  for (const t of turns) {
    if (t.deleted) continue;
    const ms = turnDuration(t, now);
    const s = stats.get(t.speaker) ?? { ms: 0, turns: 0, share: 0 };
    s.ms += ms;
    s.turns += 1;
    total += ms;
    stats.set(t.speaker, s);
  }
  for (const s of stats.values()) s.share = total > 0 ? s.ms / total : 0;
  return stats;
}

export interface LeastHeardRule {
  /** Behind means below this fraction of an equal share of the participants' time… */
  fraction: number;
  /** …and short of that share by at least this much: a few seconds behind is not behind. */
  minGapMs: number;
}

export const DEFAULT_LEAST_HEARD: LeastHeardRule = { fraction: 0.5, minGapMs: 60_000 };

/**
 * Participants the animateur should invite to speak in this phase: those really behind an equal
 * share of the participants' time. A flag on everyone means nothing, and the minimum gap is the grace
 * period: nobody can be a minute behind until the group has spoken about a minute per person, so at
 * a phase's start, or when only the animateur has spoken, nobody is flagged. The animateur's own
 * time is left out.
 */
export function leastHeard(
  participants: readonly ParticipantId[],
  phaseStats: ReadonlyMap<Speaker, SpeakerStats>,
  rule: LeastHeardRule = DEFAULT_LEAST_HEARD,
): ParticipantId[] {
  const participantMs = participants.reduce((sum, id) => sum + (phaseStats.get(id)?.ms ?? 0), 0);
  const equal = participants.length > 0 ? participantMs / participants.length : 0;
  return participants.filter((id) => {
    const ms = phaseStats.get(id)?.ms ?? 0;
    return ms < rule.fraction * equal && equal - ms >= rule.minGapMs;
  });
}

/**
 * How evenly the participants spoke, 0..1 (1 = perfectly even): one minus the Gini coefficient of
 * their speaking times. Null until someone has spoken.
 */
export function balance(participants: readonly ParticipantId[], stats: ReadonlyMap<Speaker, SpeakerStats>): number | null {
  const times = participants.map((id) => stats.get(id)?.ms ?? 0).sort((a, b) => a - b);
  const n = times.length;
  const sum = times.reduce((s, x) => s + x, 0);
  if (n === 0 || sum === 0) return null;
  if (n === 1) return 1;
  let weighted = 0;
  times.forEach((x, i) => (weighted += (i + 1) * x));
  const gini = (2 * weighted) / (n * sum) - (n + 1) / n;
  return Math.max(0, Math.min(1, 1 - gini * (n / (n - 1))));
}
