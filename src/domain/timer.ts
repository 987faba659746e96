// Phase and séance timers derived from stored timestamps and a given `now` — never from counted ticks.
import type { Pause, Phase, PhaseIndex } from './types';

type Timing = Pick<Phase, 'startedAt' | 'endedAt' | 'pauses'>;

const MINUTE = 60_000;

/** Time during which [from, to] and [start, end] overlap, never negative. */
function overlap(from: number, to: number, start: number, end: number): number {
  return Math.max(0, Math.min(to, end) - Math.max(from, start));
}

/**
 * Running time of a phase in ms: from its start to its end (or `now`), minus its pauses.
 * A clock set backwards (now before the start) gives 0, never a negative time.
 */
export function phaseElapsed(phase: Timing, now: number): number {
  if (phase.startedAt === null) return 0;
  const end = Math.max(phase.startedAt, phase.endedAt ?? now);
  const paused = phase.pauses.reduce((sum, p: Pause) => sum + overlap(p.from, p.to ?? end, phase.startedAt!, end), 0);
  return Math.max(0, end - phase.startedAt - paused);
}

export function isRunning(phase: Timing): boolean {
  return phase.startedAt !== null && phase.endedAt === null && !isPaused(phase);
}

export function isPaused(phase: Timing): boolean {
  const last = phase.pauses[phase.pauses.length - 1];
  return phase.startedAt !== null && phase.endedAt === null && last !== undefined && last.to === null;
}

export type TimerTone = 'ok' | 'soon' | 'over';

/** 'soon' from 80 % of the planned time, 'over' beyond it: the animateur sees it coming. */
export function timerTone(elapsedMs: number, plannedMinutes: number): TimerTone {
  const planned = plannedMinutes * MINUTE;
  if (planned <= 0) return elapsedMs > 0 ? 'over' : 'ok';
  if (elapsedMs > planned) return 'over';
  return elapsedMs >= 0.8 * planned ? 'soon' : 'ok';
}

export function remaining(elapsedMs: number, plannedMinutes: number): number {
  return plannedMinutes * MINUTE - elapsedMs;
}

type PhaseTiming = Timing & Pick<Phase, 'index' | 'plannedMinutes'>;

export function sessionElapsed(phases: readonly Timing[], now: number): number {
  return phases.reduce((sum, p) => sum + phaseElapsed(p, now), 0);
}

/**
 * Minutes behind (positive) or ahead (negative) of the guide: finished phases count fully,
 * the current phase only once it overruns (it may still finish on time).
 */
export function driftMinutes(phases: readonly PhaseTiming[], current: PhaseIndex | null, now: number): number {
  let drift = 0;
  for (const p of phases) {
    const elapsed = phaseElapsed(p, now) / MINUTE;
    if (p.index === current) drift += Math.max(0, elapsed - p.plannedMinutes);
    else if (p.endedAt !== null || (current !== null && p.index < current && p.startedAt !== null)) drift += elapsed - p.plannedMinutes;
  }
  return Math.round(drift);
}

/**
 * New planned minutes for the phases after `current`, shrunk (or grown) in proportion so the séance
 * still ends on time. Whole minutes, at least 1 per phase, largest remainders first.
 */
export function rebalance(phases: readonly PhaseTiming[], current: PhaseIndex, drift: number): Map<PhaseIndex, number> {
  const later = phases.filter((p) => p.index > current);
  const total = later.reduce((s, p) => s + p.plannedMinutes, 0);
  const target = Math.max(later.length, total - drift);
  const result = new Map<PhaseIndex, number>();
  if (later.length === 0 || total <= 0) return result;
  const exact = later.map((p) => ({ index: p.index, value: (p.plannedMinutes / total) * target }));
  const floors = exact.map((e) => ({ ...e, floor: Math.max(1, Math.floor(e.value)) }));
  let left = target - floors.reduce((s, e) => s + e.floor, 0);
  const byRemainder = [...floors].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)) || a.index - b.index);
  for (const e of byRemainder) {
    if (left <= 0) break;
    e.floor += 1;
    left -= 1;
  }
  for (const e of floors) result.set(e.index, e.floor);
  return result;
}
