// Pure phase transitions: start, end, reopen, pause and resume, each as a patch on stored timestamps.
import type { Pause, Phase } from './types';

type Timing = Pick<Phase, 'startedAt' | 'endedAt' | 'pauses'>;
export type TimingPatch = Partial<Timing>;

function closePauses(pauses: readonly Pause[], at: number): Pause[] {
  return pauses.map((p) => (p.to === null ? { from: p.from, to: Math.max(p.from, at) } : p));
}

/**
 * Make a phase the running one. A phase never run starts now; a phase run before (going back)
 * resumes, and the gap since it ended is stored as a pause so its time only counts while it runs.
 */
export function enterPhase(phase: Timing, now: number): TimingPatch | null {
  if (phase.startedAt === null) return { startedAt: now, endedAt: null, pauses: [] };
  if (phase.endedAt !== null) return { endedAt: null, pauses: [...phase.pauses, { from: phase.endedAt, to: Math.max(phase.endedAt, now) }] };
  return null;
}

/** Stop a phase's clock for good (until someone goes back to it); an open pause closes with it. */
export function leavePhase(phase: Timing, now: number): TimingPatch | null {
  if (phase.startedAt === null || phase.endedAt !== null) return null;
  return { endedAt: Math.max(phase.startedAt, now), pauses: closePauses(phase.pauses, now) };
}

export function pausePhase(phase: Timing, now: number): TimingPatch | null {
  const last = phase.pauses[phase.pauses.length - 1];
  if (phase.startedAt === null || phase.endedAt !== null || last?.to === null) return null;
  return { pauses: [...phase.pauses, { from: now, to: null }] };
}

export function resumePhase(phase: Timing, now: number): TimingPatch | null {
  const last = phase.pauses[phase.pauses.length - 1];
  if (!last || last.to !== null) return null;
  return { pauses: closePauses(phase.pauses, now) };
}
