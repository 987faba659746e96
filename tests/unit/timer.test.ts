// Phase timers from timestamps: pauses, backwards clocks, tones, drift and rebalance.
import { describe, expect, it } from 'vitest';
import { driftMinutes, isPaused, isRunning, phaseElapsed, rebalance, sessionElapsed, timerTone } from '../../src/domain/timer';
import type { Pause, PhaseIndex } from '../../src/domain/types';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);
const timing = (startedAt: number | null, endedAt: number | null = null, pauses: Pause[] = []) => ({ startedAt, endedAt, pauses });

describe('phaseElapsed', () => {
  it.each([
    ['not started', timing(null), T0 + 5 * MIN, 0],
    ['running 5 min', timing(T0), T0 + 5 * MIN, 5 * MIN],
    ['ended after 12 min, read later', timing(T0, T0 + 12 * MIN), T0 + 60 * MIN, 12 * MIN],
    ['paused 2 min in the middle', timing(T0, null, [{ from: T0 + MIN, to: T0 + 3 * MIN }]), T0 + 10 * MIN, 8 * MIN],
    ['paused now since minute 4', timing(T0, null, [{ from: T0 + 4 * MIN, to: null }]), T0 + 10 * MIN, 4 * MIN],
    ['two pauses', timing(T0, T0 + 30 * MIN, [{ from: T0 + MIN, to: T0 + 2 * MIN }, { from: T0 + 10 * MIN, to: T0 + 15 * MIN }]), T0 + 99 * MIN, 24 * MIN],
    ['clock set before the start', timing(T0), T0 - 10 * MIN, 0],
    ['clock set back into a pause', timing(T0, null, [{ from: T0 + 5 * MIN, to: null }]), T0 + 2 * MIN, 2 * MIN],
    ['ended before started (bad clock)', timing(T0, T0 - MIN), T0 + MIN, 0],
  ])('%s', (_, phase, now, expected) => {
    expect(phaseElapsed(phase, now)).toBe(expected);
  });

  it('a reload resumes exactly: the same stored timestamps give the same time', () => {
    const phase = timing(T0, null, [{ from: T0 + MIN, to: T0 + 2 * MIN }]);
    expect(phaseElapsed(structuredClone(phase), T0 + 7 * MIN)).toBe(phaseElapsed(phase, T0 + 7 * MIN));
  });
});

describe('running and paused', () => {
  it.each([
    [timing(null), false, false],
    [timing(T0), true, false],
    [timing(T0, null, [{ from: T0 + MIN, to: null }]), false, true],
    [timing(T0, null, [{ from: T0 + MIN, to: T0 + 2 * MIN }]), true, false],
    [timing(T0, T0 + MIN), false, false],
  ])('%#', (phase, running, paused) => {
    expect(isRunning(phase)).toBe(running);
    expect(isPaused(phase)).toBe(paused);
  });
});

describe('timerTone', () => {
  it.each([
    [0, 10, 'ok'],
    [7.9 * MIN, 10, 'ok'],
    [8 * MIN, 10, 'soon'],
    [10 * MIN, 10, 'soon'],
    [10 * MIN + 1, 10, 'over'],
    [0, 0, 'ok'],
    [1, 0, 'over'],
  ] as const)('%d ms of %d min → %s', (elapsed, planned, tone) => {
    expect(timerTone(elapsed, planned)).toBe(tone);
  });
});

const phase = (index: PhaseIndex, plannedMinutes: number, startedAt: number | null, endedAt: number | null) => ({ index, plannedMinutes, ...timing(startedAt, endedAt) });

describe('drift and rebalance', () => {
  const guide = [phase(1, 10, T0, T0 + 14 * MIN), phase(2, 15, T0 + 14 * MIN, null), phase(3, 45, null, null), phase(4, 35, null, null), phase(5, 15, null, null)];

  it('counts finished phases fully and the current one only when it overruns', () => {
    expect(driftMinutes(guide, 2, T0 + 20 * MIN)).toBe(4);
    expect(driftMinutes(guide, 2, T0 + 14 * MIN + 18 * MIN)).toBe(7);
  });

  it('is negative when finished phases were shorter', () => {
    expect(driftMinutes([phase(1, 10, T0, T0 + 6 * MIN), phase(2, 15, T0 + 6 * MIN, null)], 2, T0 + 7 * MIN)).toBe(-4);
  });

  it('adds the séance time of every phase', () => {
    expect(sessionElapsed(guide, T0 + 20 * MIN)).toBe(20 * MIN);
  });

  it('shrinks later phases in proportion, in whole minutes, to absorb the drift', () => {
    const plan = rebalance(guide, 2, 19);
    expect([...plan.entries()]).toEqual([
      [3, 36],
      [4, 28],
      [5, 12],
    ]);
    expect([...plan.values()].reduce((a, b) => a + b, 0)).toBe(95 - 19);
  });

  it('hands out the leftover minutes to the largest remainders', () => {
    // 95 - 10 = 85: exact shares 40.26 / 31.32 / 13.42 → floors 40 + 31 + 13 = 84; the spare minute goes to phase 5 (.42).
    expect([...rebalance(guide, 2, 10).values()]).toEqual([40, 31, 14]);
  });

  it('grows them when ahead, and never below one minute each', () => {
    expect([...rebalance(guide, 2, -5).values()].reduce((a, b) => a + b, 0)).toBe(100);
    expect([...rebalance(guide, 2, 500).values()]).toEqual([1, 1, 1]);
  });

  it('equal remainders: the earlier phase gets the spare minute first', () => {
    const even = [phase(1, 10, T0, T0 + 11 * MIN), phase(2, 10, null, null), phase(3, 10, null, null), phase(4, 10, null, null)];
    // 30 - 1 = 29: exact shares 9.67 each → floors 27; the 2 spare minutes go to phases 2 and 3.
    expect([...rebalance(even, 1, 1).entries()]).toEqual([
      [2, 10],
      [3, 10],
      [4, 9],
    ]);
  });

  it('later phases planned at 0 minutes: nothing to share out', () => {
    expect(rebalance([phase(1, 10, T0, null), phase(2, 0, null, null), phase(3, 0, null, null)], 1, 3).size).toBe(0);
  });

  it('has nothing to rebalance after the last phase', () => {
    expect(rebalance(guide, 5, 10).size).toBe(0);
  });
});
