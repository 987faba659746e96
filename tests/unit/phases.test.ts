// Phase transitions as patches: enter, leave, pause, resume — and their effect on elapsed time.
import { describe, expect, it } from 'vitest';
import { enterPhase, leavePhase, pausePhase, resumePhase } from '../../src/domain/phases';
import { phaseElapsed } from '../../src/domain/timer';
import { skip, tourState } from '../../src/domain/tour';
import type { Pause, ParticipantId } from '../../src/domain/types';

const MIN = 60_000;
type T = { startedAt: number | null; endedAt: number | null; pauses: Pause[] };
const apply = (t: T, patch: Partial<T> | null): T => ({ ...t, ...(patch ?? {}) });
const fresh: T = { startedAt: null, endedAt: null, pauses: [] };

describe('phase transitions', () => {
  it('entering a new phase starts its clock at once', () => {
    expect(apply(fresh, enterPhase(fresh, 1000))).toEqual({ startedAt: 1000, endedAt: null, pauses: [] });
  });

  it('leaving ends it; going back resumes it and the gap is not counted', () => {
    let p = apply(fresh, enterPhase(fresh, 0));
    p = apply(p, leavePhase(p, 10 * MIN));
    expect(phaseElapsed(p, 30 * MIN)).toBe(10 * MIN);
    p = apply(p, enterPhase(p, 30 * MIN));
    expect(phaseElapsed(p, 32 * MIN)).toBe(12 * MIN);
  });

  it('pause then resume removes the paused time', () => {
    let p = apply(fresh, enterPhase(fresh, 0));
    p = apply(p, pausePhase(p, 5 * MIN));
    expect(phaseElapsed(p, 9 * MIN)).toBe(5 * MIN);
    p = apply(p, resumePhase(p, 9 * MIN));
    expect(phaseElapsed(p, 10 * MIN)).toBe(6 * MIN);
  });

  it('leaving while paused closes the pause', () => {
    let p = apply(fresh, enterPhase(fresh, 0));
    p = apply(p, pausePhase(p, 5 * MIN));
    p = apply(p, leavePhase(p, 8 * MIN));
    expect(p.pauses).toEqual([{ from: 5 * MIN, to: 8 * MIN }]);
    expect(phaseElapsed(p, 99 * MIN)).toBe(5 * MIN);
  });

  it.each([
    ['pause a phase not started', () => pausePhase(fresh, 1)],
    ['pause twice', () => pausePhase({ startedAt: 0, endedAt: null, pauses: [{ from: 1, to: null }] }, 2)],
    ['resume when not paused', () => resumePhase({ startedAt: 0, endedAt: null, pauses: [] }, 2)],
    ['leave a phase never started', () => leavePhase(fresh, 2)],
    ['leave a phase already ended', () => leavePhase({ startedAt: 0, endedAt: 5, pauses: [] }, 9)],
    ['enter the running phase', () => enterPhase({ startedAt: 0, endedAt: null, pauses: [] }, 9)],
  ])('double taps change nothing: %s', (_, patch) => {
    expect(patch()).toBeNull();
  });

  it('a clock set backwards never ends a phase before it started', () => {
    const p = apply(fresh, enterPhase(fresh, 10 * MIN));
    expect(leavePhase(p, 5 * MIN)?.endedAt).toBe(10 * MIN);
  });
});

describe('tour de table', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'] as ParticipantId[];
  const seats = [a!, b!, c!, d!];
  it.each([
    ['nobody spoke yet', new Set<ParticipantId>(), [], a, [a, b, c, d], []],
    ['a spoke', new Set([a!]), [], b, [b, c, d], []],
    ['b passed', new Set([a!]), [b!], c, [b, c, d], [b]],
    ['everyone but the passer spoke', new Set([a!, c!, d!]), [b!], b, [b], [b]],
    ['all done', new Set(seats), [b!], null, [], []],
  ])('%s', (_, spoken, skipped, next, notYet, queue) => {
    const s = tourState(seats, spoken, skipped);
    expect(s.next).toBe(next);
    expect(s.notYet).toEqual(notYet);
    expect(s.queue).toEqual(queue);
    expect(s.done).toBe(next === null);
  });

  it('passing twice keeps one place, at the end of the queue', () => {
    expect(skip(skip([a!, b!], a!), a!)).toEqual([b, a]);
  });
});
