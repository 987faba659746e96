// Pistes of every séance ranked together by their share of their own séance's votes: raw votes vs shares, ties, séances without votes, fiches action and status, the rule in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankingRule, rankPistes, shareWords, type RankingSeance, type RankingTextKey } from '../../src/domain/ranking';
import type { ActionId, Session, SessionId, TrackId } from '../../src/domain/types';
import { frConsolidation } from '../../src/i18n/fr.consolidation';
import { makeActionSheet, makeSession, makeStatusChange, makeTrack, makeVote } from '../factories';

/** A séance whose pistes received these dots (by raised hands, as many as given). */
function seance(id: string, date: string, pistes: [string, number, { validated?: boolean; deleted?: boolean }?][], over: Partial<Session> = {}): RankingSeance {
  const sid = id as SessionId;
  const tracks = pistes.map(([tid, , o], order) => makeTrack(sid, { id: tid as TrackId, title: tid, order, validated: o?.validated ?? false, deleted: o?.deleted ?? false }));
  const votes = pistes.flatMap(([tid, n]) => Array.from({ length: n }, () => makeVote(sid, tid as TrackId)));
  return { session: makeSession({ id: sid, date, title: id, ...over }), tracks, votes, actions: [], statusChanges: [] };
}

// A large séance (30 dots cast) and a small one (6 dots): the small one's favourite has fewer raw votes but the larger share.
const grande = seance('grande', '2026-11-02', [
  ['A1', 12],
  ['A2', 10],
  ['A3', 8],
  // A deleted piste gives its dots back: they count neither for it nor in the séance's total.
  ['A-gone', 5, { deleted: true }],
]);
grande.votes = [...grande.votes, makeVote('grande' as SessionId, 'A1' as TrackId, { deleted: true })];
const petite = seance('petite', '2026-11-05', [
  ['B1', 3],
  ['B2', 2, { validated: true }],
  ['B3', 1],
]);
const muette = seance('muette', '2026-11-09', [
  ['C1', 0],
  ['C2', 0],
]);
const supprimee = seance('supprimee', '2026-11-01', [['D1', 50]], { deleted: true });

const sid = 'grande' as SessionId;
const [deux, dix, gone, orphan] = ['act-2', 'act-10', 'act-gone', 'act-orphan'] as ActionId[];
grande.actions = [
  makeActionSheet(sid, { id: dix!, trackId: 'A1' as TrackId, number: '10', title: 'Former les agents' }),
  makeActionSheet(sid, { id: deux!, trackId: 'A1' as TrackId, number: '2', title: 'Ouvrir le samedi' }),
  makeActionSheet(sid, { id: gone!, trackId: 'A1' as TrackId, number: '3', deleted: true }),
  makeActionSheet(sid, { id: orphan!, trackId: null, number: '4' }),
];
grande.statusChanges = [
  makeStatusChange(sid, deux!, { status: 'en_cours', on: '2026-11-10' }),
  makeStatusChange(sid, deux!, { status: 'terminee', on: '2026-12-01' }),
  makeStatusChange(sid, deux!, { status: 'abandonnee', on: '2026-12-05', reason: 'erreur', deleted: true }),
];

describe('rankPistes', () => {
  const ranking = rankPistes([muette, petite, supprimee, grande]);
  const row = (p: (typeof ranking.pistes)[number]) => `${p.rank}${p.tied ? '=' : ''} ${p.trackId} ${p.votes}/${p.seanceVotes} (séance #${p.seanceRank})`;

  it('ranks by share of the séance’s votes, not raw votes: 3 of 6 beats 12 of 30; equal shares are ex æquo (1, 2, 3, 3, 5…)', () => {
    expect(ranking.pistes.map(row)).toEqual([
      '1 B1 3/6 (séance #1)',
      '2 A1 12/30 (séance #1)',
      // 2 of 6 and 10 of 30 are both one third: tied, the piste its group validated first.
      '3= B2 2/6 (séance #2)',
      '3= A2 10/30 (séance #2)',
      '5 A3 8/30 (séance #3)',
      '6 B3 1/6 (séance #3)',
      // A séance where nobody voted: its pistes have a share of 0, tied last, in the séance's order.
      '7= C1 0/0 (séance #1)',
      '7= C2 0/0 (séance #1)',
    ]);
    expect(ranking.pistes.map((p) => p.share)).toEqual([0.5, 0.4, 1 / 3, 1 / 3, 8 / 30, 1 / 6, 0, 0]);
    expect(ranking.pistes.map((p) => p.tieSize)).toEqual([1, 1, 2, 2, 1, 1, 2, 2]);
  });

  it('lists the séances that have pistes, in séance order, with the dots cast there; a deleted séance is left out', () => {
    expect(ranking.seances).toEqual([
      { sessionId: 'grande', pistes: 3, votes: 30 },
      { sessionId: 'petite', pistes: 3, votes: 6 },
      { sessionId: 'muette', pistes: 2, votes: 0 },
    ]);
  });

  it('gives each piste its live fiches action in numbering order, with their current status and since when', () => {
    const a1 = ranking.pistes.find((p) => p.trackId === 'A1')!;
    expect(a1.actions).toEqual([
      { id: deux, number: '2', title: 'Ouvrir le samedi', status: 'terminee', since: '2026-12-01' },
      { id: dix, number: '10', title: 'Former les agents', status: 'prevue', since: '' },
    ]);
    expect(ranking.pistes.flatMap((p) => p.actions.map((a) => a.id))).not.toContain(orphan);
  });

  it('0 séance gives an empty ranking, 1 séance its own order', () => {
    expect(rankPistes([])).toEqual({ pistes: [], seances: [] });
    expect(rankPistes([grande]).pistes.map(row)).toEqual(['1 A1 12/30 (séance #1)', '2 A2 10/30 (séance #2)', '3 A3 8/30 (séance #3)']);
  });

  it('property: giving every participant of a séance more dots (each vote k times) changes no rank', () => {
    const votes = fc.array(fc.nat({ max: 6 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(votes, votes, fc.integer({ min: 2, max: 4 }), (a, b, k) => {
        const build = (factor: number) => [
          seance('x', '2026-01-01', a.map((n, i) => [`x${i}`, n * factor] as [string, number])),
          seance('y', '2026-01-02', b.map((n, i) => [`y${i}`, n] as [string, number])),
        ];
        const ranks = (r: ReturnType<typeof rankPistes>) => r.pistes.map((p) => `${p.trackId}:${p.rank}`);
        expect(ranks(rankPistes(build(k)))).toEqual(ranks(rankPistes(build(1))));
      }),
    );
  });
});

describe('the rule in words', () => {
  it('says the rule, the ties when there are some, the séances without votes', () => {
    expect(rankingRule(rankPistes([muette, petite, grande]))).toEqual([
      { key: 'consolidation.ranking.rule' },
      { key: 'consolidation.ranking.ties' },
      { key: 'consolidation.ranking.noVotes.one', params: { n: 1 } },
    ]);
    expect(rankingRule(rankPistes([grande]))).toEqual([{ key: 'consolidation.ranking.rule' }]);
    const twoSilent = rankPistes([muette, seance('muette2', '2026-12-01', [['E1', 0]])]);
    expect(rankingRule(twoSilent)).toEqual([{ key: 'consolidation.ranking.rule' }, { key: 'consolidation.ranking.ties' }, { key: 'consolidation.ranking.noVotes', params: { n: 2 } }]);
  });

  it.each([
    [{ votes: 3, seanceVotes: 6 }, { key: 'consolidation.ranking.share', params: { votes: 3, total: 6 } }],
    [{ votes: 1, seanceVotes: 6 }, { key: 'consolidation.ranking.share.one', params: { votes: 1, total: 6 } }],
    [{ votes: 0, seanceVotes: 6 }, { key: 'consolidation.ranking.share.zero', params: { votes: 0, total: 6 } }],
    [{ votes: 0, seanceVotes: 0 }, { key: 'consolidation.ranking.share.none' }],
  ])('shareWords(%j)', (piste, line) => expect(shareWords(piste)).toEqual(line));

  it('every key it names is in the consolidation texts, with the placeholders it fills', () => {
    const texts: Record<RankingTextKey, string> = frConsolidation;
    expect(texts['consolidation.ranking.share']).toContain('{votes}');
    expect(texts['consolidation.ranking.share']).toContain('{total}');
    expect(texts['consolidation.ranking.noVotes']).toContain('{n}');
  });
});
