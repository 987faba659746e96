// Talk-turn statistics: time, turns and share per speaker, least heard, balance.
import { describe, expect, it } from 'vitest';
import { balance, leastHeard, talkStats, turnDuration } from '../../src/domain/talk';
import type { ParticipantId, Speaker } from '../../src/domain/types';

const S = 1000;
const [a, b, c] = ['a', 'b', 'c'] as ParticipantId[];
const turn = (speaker: Speaker, startedAt: number, endedAt: number | null, deleted = false) => ({ speaker, startedAt, endedAt, deleted });

describe('talkStats', () => {
  it('adds time and turns per speaker and gives shares of the total', () => {
    const stats = talkStats([turn(a!, 0, 60 * S), turn(b!, 60 * S, 90 * S), turn(a!, 90 * S, 120 * S), turn('animateur', 120 * S, 150 * S)], 999 * S);
    expect(stats.get(a!)).toEqual({ ms: 90 * S, turns: 2, share: 0.6 });
    expect(stats.get(b!)).toEqual({ ms: 30 * S, turns: 1, share: 0.2 });
    expect(stats.get('animateur')?.share).toBeCloseTo(0.2);
  });

  it('runs an open turn until now and ignores deleted turns', () => {
    const stats = talkStats([turn(a!, 0, null), turn(b!, 0, 50 * S, true)], 40 * S);
    expect(stats.get(a!)?.ms).toBe(40 * S);
    expect(stats.has(b!)).toBe(false);
  });

  it('never gives a negative duration when the clock went back', () => {
    expect(turnDuration({ startedAt: 100 * S, endedAt: null }, 50 * S)).toBe(0);
  });
});

describe('leastHeard', () => {
  const everyone = [a!, b!, c!];
  it('flags whoever has not spoken yet, from the first minute', () => {
    expect(leastHeard(everyone, talkStats([turn(a!, 0, 10 * S)], 0))).toEqual([b, c]);
  });
  it('after the grace time, flags whoever is far below an equal share', () => {
    const stats = talkStats([turn(a!, 0, 200 * S), turn(b!, 200 * S, 380 * S), turn(c!, 380 * S, 400 * S)], 0);
    expect(leastHeard(everyone, stats)).toEqual([c]);
  });
  it('before the grace time, a short first turn is not flagged', () => {
    const stats = talkStats([turn(a!, 0, 60 * S), turn(b!, 60 * S, 100 * S), turn(c!, 100 * S, 105 * S)], 0);
    expect(leastHeard(everyone, stats)).toEqual([]);
  });
  it('ignores the animateur when computing an equal share', () => {
    const stats = talkStats([turn('animateur', 0, 600 * S), turn(a!, 600 * S, 700 * S), turn(b!, 700 * S, 800 * S), turn(c!, 800 * S, 900 * S)], 0);
    expect(leastHeard(everyone, stats)).toEqual([]);
  });
});

describe('balance', () => {
  it.each([
    ['nobody spoke', [], null],
    ['perfectly even', [turn(a!, 0, 10 * S), turn(b!, 0, 10 * S), turn(c!, 0, 10 * S)], 1],
    ['one person spoke alone', [turn(a!, 0, 10 * S)], 0],
  ])('%s', (_, turns, expected) => {
    expect(balance([a!, b!, c!], talkStats(turns, 0))).toBe(expected);
  });
  it('is between 0 and 1 for an uneven group', () => {
    const value = balance([a!, b!, c!], talkStats([turn(a!, 0, 30 * S), turn(b!, 0, 10 * S), turn(c!, 0, 5 * S)], 0));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });
});
