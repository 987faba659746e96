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
  const eight = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'] as ParticipantId[];
  /** Who spoke how many seconds, one turn each, back to back. */
  const spoken = (...seconds: [ParticipantId | 'animateur', number][]) => {
    let at = 0;
    return talkStats(
      seconds.map(([who, s]) => turn(who, at, (at += s * S))),
      at,
    );
  };
  it.each([
    ['the phase has just started, nobody spoke', eight, spoken(), []],
    ['only the animateur spoke: flagging all eight would say nothing', eight, spoken(['animateur', 600]), []],
    ['the first answer of a phase: the others are not behind yet', eight, spoken([eight[0]!, 60]), []],
    ['tour de table half way: those not heard yet are not behind by a minute', eight, spoken([eight[0]!, 90], [eight[1]!, 90], [eight[2]!, 90], [eight[3]!, 90]), []],
    ['one person held the floor eight minutes: the seven others are really behind', eight, spoken([eight[0]!, 480]), eight.slice(1)],
    [
      'a group that talks evenly but for one quiet person: only that person',
      eight,
      spoken(...eight.slice(0, 7).map((id): [ParticipantId, number] => [id, 120]), [eight[7]!, 10]),
      [eight[7]],
    ],
    ['a bit under an equal share is not behind', [a!, b!, c!], spoken([a!, 200], [b!, 180], [c!, 140]), []],
    ['minutes behind in a long phase, yet over half an equal share: not behind', [a!, b!, c!], spoken([a!, 600], [b!, 600], [c!, 300]), []],
    ['far below an equal share is', [a!, b!, c!], spoken([a!, 200], [b!, 180], [c!, 20]), [c]],
    ['the animateur’s own time does not make anyone behind', [a!, b!, c!], spoken(['animateur', 600], [a!, 100], [b!, 100], [c!, 100]), []],
    ['nobody in the circle', [], spoken(['animateur', 60]), []],
  ])('%s', (_, people, stats, expected) => {
    expect(leastHeard(people, stats)).toEqual(expected);
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
