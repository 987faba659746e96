// Dot voting rules: allowance per participant, raised hands, the séance's budget, tallies, ranking with ties.
import { describe, expect, it } from 'vitest';
import type { ParticipantId, Track, TrackId, Vote, VoteId } from '../../src/domain/types';
import { byPriority, checkHands, checkProxyVote, clampDots, countedVotes, dotsUsedBy, handsChange, rank, tally, type Allowance } from '../../src/domain/votes';

const A = 'p-alice' as ParticipantId;
const B = 'p-bruno' as ParticipantId;
const T1 = 't1' as TrackId;
const T2 = 't2' as TrackId;
const T3 = 't3' as TrackId;

let n = 0;
type V = Pick<Vote, 'id' | 'trackId' | 'voter' | 'method' | 'deleted' | 'createdAt'>;
const proxy = (trackId: TrackId, voter: ParticipantId, deleted = false): V => ({ id: `v${++n}` as VoteId, trackId, voter, method: 'proxy', deleted, createdAt: n });
const hand = (trackId: TrackId, deleted = false): V => ({ id: `v${++n}` as VoteId, trackId, voter: null, method: 'mains', deleted, createdAt: n });
const track = (id: TrackId, order: number, deleted = false): Pick<Track, 'id' | 'order' | 'deleted'> => ({ id, order, deleted });
const times = <T>(k: number, make: () => T) => Array.from({ length: k }, make);

const three: Allowance = { participants: 4, dots: 3 };

describe('clampDots', () => {
  it.each([
    [3, 3],
    [0, 1],
    [-2, 1],
    [11, 10],
    ['5', 5],
    ['abc', 1],
    [2.6, 3],
  ])('%s → %s', (raw, dots) => expect(clampDots(raw)).toBe(dots));
});

describe('proxy allowance', () => {
  it.each([
    { why: 'first dot', votes: [], problem: null },
    { why: 'third dot of three', votes: [proxy(T1, A), proxy(T2, A)], problem: null },
    { why: 'fourth dot of three is refused', votes: [proxy(T1, A), proxy(T1, A), proxy(T2, A)], problem: { kind: 'allowance', dots: 3 } },
    { why: 'another person’s dots do not count', votes: [proxy(T1, B), proxy(T1, B), proxy(T1, B)], problem: null },
    { why: 'a withdrawn dot gives room back', votes: [proxy(T1, A), proxy(T1, A), proxy(T2, A, true)], problem: null },
    { why: 'hands filled the séance’s 12 dots', votes: times(12, () => hand(T3)), problem: { kind: 'budget', budget: 12 } },
  ])('$why', ({ votes, problem }) => {
    expect(checkProxyVote(votes, A, three)).toEqual(problem);
  });

  it('no participant, no vote', () => {
    expect(checkProxyVote([], A, { participants: 0, dots: 3 })).toEqual({ kind: 'noParticipants' });
  });

  it('dotsUsedBy counts live proxy dots only', () => {
    expect(dotsUsedBy([proxy(T1, A), proxy(T2, A, true), proxy(T1, B), hand(T1)], A)).toBe(1);
  });
});

describe('raised hands', () => {
  it.each([
    { why: 'as many hands as people', votes: [], wanted: 4, problem: null },
    { why: 'more hands than people', votes: [], wanted: 5, problem: { kind: 'hands', max: 4 } },
    { why: 'negative', votes: [], wanted: -1, problem: { kind: 'hands', max: 4 } },
    { why: 'not a whole number', votes: [], wanted: 1.5, problem: { kind: 'hands', max: 4 } },
    { why: 'zero is always allowed', votes: times(12, () => hand(T2)), wanted: 0, problem: null },
    { why: 'replacing this piste’s hands does not count them twice', votes: [...times(4, () => hand(T1)), ...times(8, () => hand(T2))], wanted: 4, problem: null },
    { why: 'over the séance’s dots', votes: times(10, () => proxy(T2, A)), wanted: 3, problem: { kind: 'budget', budget: 12 } },
    { why: 'this piste’s own dots count against the séance’s dots', votes: times(10, () => proxy(T1, A)), wanted: 3, problem: { kind: 'budget', budget: 12 } },
    { why: 'other pistes’ hands count too', votes: times(9, () => hand(T2)), wanted: 4, problem: { kind: 'budget', budget: 12 } },
  ])('$why', ({ votes, wanted, problem }) => {
    expect(checkHands(votes, T1, wanted, three)).toEqual(problem);
  });

  it('nobody to count: hands cannot be raised, and zero still can', () => {
    const nobody: Allowance = { participants: 0, dots: 3 };
    expect(checkHands([], T1, 1, nobody)).toEqual({ kind: 'noParticipants' });
    expect(checkHands([], T1, 0, nobody)).toBeNull();
  });

  it.each([
    { have: 2, wanted: 5, add: 3, removed: 0 },
    { have: 4, wanted: 1, add: 0, removed: 3 },
    { have: 3, wanted: 3, add: 0, removed: 0 },
  ])('$have hands → $wanted: add $add, remove $removed (newest first)', ({ have, wanted, add, removed }) => {
    const votes = [...times(have, () => hand(T1)), hand(T2), proxy(T1, A)];
    const change = handsChange(votes, T1, wanted);
    expect(change.add).toBe(add);
    expect(change.remove).toHaveLength(removed);
    expect(change.remove.every((v) => v.trackId === T1 && v.method === 'mains')).toBe(true);
    const newest = votes.filter((v) => v.trackId === T1 && v.method === 'mains').slice(-removed);
    if (removed > 0) expect(change.remove.map((v) => v.id).sort()).toEqual(newest.map((v) => v.id).sort());
  });
});

describe('tally and ranking', () => {
  it('tally splits proxy and hands, ignores withdrawn dots', () => {
    const t = tally([proxy(T1, A), hand(T1), hand(T1), proxy(T2, B, true)]);
    expect(t.get(T1)).toEqual({ total: 3, proxy: 1, mains: 2 });
    expect(t.get(T2)).toBeUndefined();
  });

  it('votes on a deleted piste are not counted', () => {
    expect(countedVotes([proxy(T1, A), proxy(T2, A)], [track(T1, 0), track(T2, 1, true)]).map((v) => v.trackId)).toEqual([T1]);
  });

  it.each([
    { why: 'distinct counts', votes: { t1: 1, t2: 3, t3: 2 }, order: ['t2', 't3', 't1'], ranks: [1, 2, 3], tied: [false, false, false] },
    { why: 'a tie shares the rank and the next rank is skipped', votes: { t1: 2, t2: 2, t3: 5 }, order: ['t3', 't1', 't2'], ranks: [1, 2, 2], tied: [false, true, true] },
    { why: 'a tie at the top', votes: { t1: 4, t2: 1, t3: 4 }, order: ['t1', 't3', 't2'], ranks: [1, 1, 3], tied: [true, true, false] },
    { why: 'no vote at all: every piste ties, in the current order', votes: { t1: 0, t2: 0, t3: 0 }, order: ['t1', 't2', 't3'], ranks: [1, 1, 1], tied: [true, true, true] },
  ])('$why', ({ votes, order, ranks, tied }) => {
    const list = Object.entries(votes).flatMap(([id, k]) => times(k, () => hand(id as TrackId)));
    const ranked = rank([track(T1, 0), track(T2, 1), track(T3, 2)], list);
    expect(ranked.map((r) => r.track.id)).toEqual(order);
    expect(ranked.map((r) => r.rank)).toEqual(ranks);
    expect(ranked.map((r) => r.tied)).toEqual(tied);
  });

  it('ties follow the pistes’ order, which the animateur can change', () => {
    const votes = [hand(T1), hand(T2)];
    expect(rank([track(T1, 5), track(T2, 1)], votes).map((r) => r.track.id)).toEqual([T2, T1]);
  });

  it('a deleted piste is not ranked', () => {
    expect(rank([track(T1, 0), track(T2, 1, true)], [hand(T2), hand(T2)]).map((r) => r.track.id)).toEqual([T1]);
  });
});

describe('byPriority (the order of the report and of the fiches action)', () => {
  const tracks = [
    { id: T1, order: 0, deleted: false, validated: false },
    { id: T2, order: 1, deleted: false, validated: true },
    { id: T3, order: 2, deleted: false, validated: false },
  ];
  it.each([
    { why: 'most dots first', votes: { t1: 1, t2: 0, t3: 3 }, order: ['t3', 't1', 't2'], ranks: [1, 2, 3] },
    { why: 'a tie: the validated piste first, its rank shared', votes: { t1: 2, t2: 2, t3: 0 }, order: ['t2', 't1', 't3'], ranks: [1, 1, 3] },
    { why: 'a tie of unvalidated pistes: the group’s order', votes: { t1: 1, t2: 0, t3: 1 }, order: ['t1', 't3', 't2'], ranks: [1, 1, 3] },
    { why: 'no vote: validated first, then the group’s order', votes: { t1: 0, t2: 0, t3: 0 }, order: ['t2', 't1', 't3'], ranks: [1, 1, 1] },
  ])('$why', ({ votes, order, ranks }) => {
    const list = Object.entries(votes).flatMap(([id, k]) => times(k, () => hand(id as TrackId)));
    const ranked = byPriority([...tracks].reverse(), list);
    expect(ranked.map((r) => r.track.id)).toEqual(order);
    expect(ranked.map((r) => r.rank)).toEqual(ranks);
  });
});
