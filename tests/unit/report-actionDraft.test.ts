// Fiches action drafted from validated pistes: which pistes get one, their numbers, and what is pre-filled.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import { actionFieldMax, draftsFromTracks, nextActionNumber, type ActionDraftInput } from '../../src/report/actionDraft';
import { makeActionSheet, makeCard, makeGroup, makeSession, makeTrack } from '../factories';
import { buildReport } from '../../src/report/build';
import { REPORT_AT, reportSeance } from '../reportFixture';

function board() {
  const sid = makeSession().id;
  const waiting = makeGroup(sid, { title: 'Attente', order: 0 });
  const hours = makeGroup(sid, { title: 'Horaires', order: 1 });
  const gone = makeGroup(sid, { title: 'Supprimé', order: 2, deleted: true });
  const cards = [
    // Board order inside a group is `order`, not creation order.
    makeCard(sid, { text: 'Écran du temps d’attente', kind: 'idee', polarity: 'neutral', groupId: waiting.id, order: 2 }),
    makeCard(sid, { text: 'Pas de chaises', kind: 'irritant', polarity: 'negative', groupId: waiting.id, order: 0 }),
    makeCard(sid, { text: 'On ne sait pas\ncombien de temps', kind: 'attente', polarity: 'negative', groupId: waiting.id, order: 1 }),
    makeCard(sid, { text: 'Savoir son tour', kind: 'attente', polarity: 'neutral', groupId: waiting.id, order: 3 }),
    makeCard(sid, { text: 'Agent souriant', kind: 'positif', polarity: 'positive', groupId: waiting.id, order: 4 }),
    makeCard(sid, { text: 'Post-it effacé', kind: 'irritant', polarity: 'negative', groupId: waiting.id, order: 5, deleted: true }),
    makeCard(sid, { text: 'Fermé trop tôt', kind: 'irritant', polarity: 'negative', groupId: hours.id, order: 0 }),
    makeCard(sid, { text: 'Pas de chaises', kind: 'irritant', polarity: 'negative', groupId: hours.id, order: 1 }),
    makeCard(sid, { text: 'Ouvrir le samedi', kind: 'idee', polarity: 'neutral', groupId: hours.id, order: 2 }),
    makeCard(sid, { text: 'Dans un groupe supprimé', kind: 'irritant', polarity: 'negative', groupId: gone.id, order: 0 }),
    makeCard(sid, { text: 'Hors groupe', kind: 'irritant', polarity: 'negative', groupId: null, order: 0 }),
  ];
  const seats = makeTrack(sid, { title: '  Des chaises et un écran ', description: 'Ne plus attendre debout.', groupIds: [waiting.id, gone.id], validated: true, order: 1 });
  const both = makeTrack(sid, { title: 'Horaires et attente', description: '', groupIds: [hours.id, waiting.id], validated: true, order: 0 });
  const notValidated = makeTrack(sid, { title: 'Rendez-vous en ligne', groupIds: [hours.id], validated: false, order: 2 });
  const deleted = makeTrack(sid, { title: 'Piste supprimée', groupIds: [hours.id], validated: true, order: 3, deleted: true });
  const input: ActionDraftInput = { theme: 'Accueil physique', tracks: [seats, both, notValidated, deleted], groups: [waiting, hours, gone], cards, actions: [], votes: [] };
  return { sid, input, seats, both };
}

describe('draftsFromTracks', () => {
  it('drafts one fiche per validated piste, in priority order, numbered 1, 2…, filled from the piste and its groups', () => {
    const { input, seats, both } = board();
    const drafts = draftsFromTracks(input);
    expect(drafts.map((d) => [d.trackId, d.number, d.title])).toEqual([
      [both.id, '1', 'Horaires et attente'],
      [seats.id, '2', 'Des chaises et un écran'],
    ]);
    expect(drafts[1]).toEqual({
      trackId: seats.id,
      number: '2',
      title: 'Des chaises et un écran',
      engagements: [],
      theme: 'Accueil physique',
      commitment: '',
      owner: '',
      contributors: '',
      start: '',
      plannedEnd: '',
      // Irritants and negative post-its of its live groups, in board order; a line break inside a post-it is joined.
      problem: '– Pas de chaises\n– On ne sait pas combien de temps',
      objective: 'Ne plus attendre debout.',
      // Ideas and expectations; the positive post-it is in neither.
      description: '– Écran du temps d’attente\n– Savoir son tour',
      indicators: '',
    });
    // Groups in the piste's own order; a text met twice is written once.
    expect(drafts[0]!.problem).toBe('– Fermé trop tôt\n– Pas de chaises\n– On ne sait pas combien de temps');
    expect(drafts[0]!.description).toBe('– Ouvrir le samedi\n– Écran du temps d’attente\n– Savoir son tour');
    expect(drafts[0]!.objective).toBe('');
  });

  it('skips pistes that already have a live fiche, and numbers after the highest number, deleted fiches included', () => {
    const { sid, input, seats, both } = board();
    const actions = [
      makeActionSheet(sid, { trackId: both.id, number: '4' }),
      makeActionSheet(sid, { trackId: seats.id, number: '7', deleted: true }),
      makeActionSheet(sid, { trackId: null, number: 'A-12' }),
    ];
    const drafts = draftsFromTracks({ ...input, actions });
    expect(drafts.map((d) => [d.trackId, d.number])).toEqual([[seats.id, '8']]);
    expect(draftsFromTracks({ ...input, actions: [...actions, makeActionSheet(sid, { trackId: seats.id, number: '8' })] })).toEqual([]);
  });

  it('writes nothing from groups that are gone, and cuts an over-long piste title to the short limit', () => {
    const { sid, input } = board();
    const long = makeTrack(sid, { title: 'x'.repeat(LIMITS.short + 50), description: '', groupIds: [], validated: true, order: 9 });
    const drafts = draftsFromTracks({ ...input, tracks: [long] });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.title).toHaveLength(LIMITS.short);
    expect(drafts[0]!.problem).toBe('');
    expect(drafts[0]!.description).toBe('');
  });

  it('on the fixture séance, whose two validated pistes both have a fiche, drafts nothing', () => {
    const s = reportSeance();
    expect(draftsFromTracks({ theme: s.session.theme, tracks: s.tracks, groups: s.groups, cards: s.cards, actions: s.actions, votes: s.votes })).toEqual([]);
    // Without its fiches, both validated pistes get one, numbered in the report's order: by votes
    // (« Élargir les horaires » has 4 dots, « Installer des chaises » 2), not by the pistes' order.
    const fresh = draftsFromTracks({ theme: s.session.theme, tracks: s.tracks, groups: s.groups, cards: s.cards, actions: [], votes: s.votes });
    expect(fresh.map((d) => [d.number, d.title, d.theme])).toEqual([
      ['1', 'Élargir les horaires', 'Accueil physique'],
      ['2', 'Installer des chaises et un écran d’attente', 'Accueil physique'],
    ]);
    expect(buildReport(s, { anonymised: false, now: REPORT_AT }).tracks.filter((t) => t.validated).map((t) => t.title)).toEqual(fresh.map((d) => d.title));
    expect(fresh[1]!.problem).toBe('– Pas de chaises');
    expect(fresh[1]!.description).toBe('– Écran avec le temps d’attente\n– Savoir combien de temps on attend');
  });
});

describe('nextActionNumber', () => {
  it.each([
    [[], 1],
    [['1', '2'], 3],
    [['2', '10'], 11],
    [[' 3 ', ''], 4],
    [['A-12', '1.5', '2b'], 1],
  ])('%j → %s', (numbers, next) => expect(nextActionNumber(numbers.map((number) => ({ number })))).toBe(next));
});

describe('actionFieldMax', () => {
  it.each([
    ['title', LIMITS.short],
    ['number', LIMITS.short],
    ['plannedEnd', LIMITS.short],
    ['problem', LIMITS.long],
    ['contributors', LIMITS.long],
    ['commitment', LIMITS.long],
  ] as const)('%s → %s', (field, max) => expect(actionFieldMax(field)).toBe(max));
});
