// A whole séance built with the factories, closed, with known figures: the report tests read it.
import type { ReportInput } from '../src/report/build';
import type { Participant, PhaseIndex, Speaker, VerbatimTag } from '../src/domain/types';
import {
  makeActionSheet,
  makeIndicator,
  makeMeasure,
  makeMilestone,
  makeStatusChange,
  makeCard,
  makeGroup,
  makeGuide,
  makeParticipant,
  makeSession,
  makeSynthesis,
  makeTrack,
  makeTurn,
  makeVerbatim,
  makeVote,
  T0,
} from './factories';

const MIN = 60_000;

/**
 * "Accueil de la mairie": six participants (one removed after speaking, one removed silent), the
 * five phases run for 10, 20, 40, 30 and 15 minutes against 10, 15, 45, 35, 15 planned, 13 verbatims
 * and 1 note, 9 post-its (one deleted, one left by a deleted group) in 2 groups, 3 pistes (2 validated), 8 dots, one fiche action.
 */
export function reportSeance(): ReportInput & { names: Record<string, string> } {
  const session = makeSession({
    title: 'Accueil de la mairie',
    date: '2026-11-23',
    startTime: '14:00',
    place: 'Salle du conseil',
    objective: 'Comprendre ce qui gêne les usagers à l’accueil et décider de trois améliorations.',
    theme: 'Accueil physique',
    themeSources: ['enquetes', 'problemes'],
    audience: ['usagers'],
    animateur: 'Claire Martin',
    secretaire: 'Hugo Petit',
    superviseur: 'Nadia Roux',
    status: 'terminee',
    currentPhase: 5,
    startedAt: T0,
    closedAt: T0 + 115 * MIN,
  });
  const sid = session.id;
  const who = (pseudonym: string, seat: number, tags: string[], over: Parameters<typeof makeParticipant>[1] = {}) =>
    makeParticipant(sid, { pseudonym, seat, tags, consent: true, consentAt: T0 - 5 * MIN, consentWording: 'J’accepte que mes propos soient notés.', ...over });
  const alice = who('Alice', 0, ['usager', 'retraité']);
  const bruno = who('Bruno', 1, ['usager', 'actif']);
  const chloe = who('Chloé', 2, ['usager', 'actif']);
  const driss = who('Driss', 3, ['agent']);
  const emma = who('Emma', 4, ['usager'], { deleted: true });
  const fanny = who('Fanny', 5, ['usager'], { deleted: true });
  const participants = [alice, bruno, chloe, driss, emma, fanny];

  // Phases start one after the other; planned 10/15/45/35/15 (the default guide), actual 10/20/40/30/15.
  const actual: Record<PhaseIndex, number> = { 1: 10, 2: 20, 3: 40, 4: 30, 5: 15 };
  let at = T0;
  const phases = makeGuide(sid).map((p) => {
    const startedAt = at;
    at += actual[p.index] * MIN;
    return { ...p, startedAt, endedAt: at, prompts: p.prompts.map((q, i) => ({ ...q, askedAt: i === 0 ? startedAt + MIN : null })) };
  });
  const phaseStart = (i: PhaseIndex) => phases[i - 1]!.startedAt!;

  // Talk: Alice 6 min over 2 turns, Bruno 3, Chloé 1, Driss 0, Emma (removed) 2, animateur 4.
  const turn = (speaker: Speaker, from: number, minutes: number) =>
    makeTurn(sid, { phase: 3, speaker, startedAt: from, endedAt: from + minutes * MIN });
  const p3 = phaseStart(3);
  const turns = [
    turn('animateur', p3, 4),
    turn(alice.id, p3 + 4 * MIN, 4),
    turn(bruno.id, p3 + 8 * MIN, 3),
    turn(alice.id, p3 + 11 * MIN, 2),
    turn(chloe.id, p3 + 13 * MIN, 1),
    turn(emma.id, p3 + 14 * MIN, 2),
    makeTurn(sid, { phase: 3, speaker: bruno.id, startedAt: p3 + 16 * MIN, endedAt: p3 + 17 * MIN, deleted: true }),
  ];

  const said = (speaker: Participant, text: string, tags: VerbatimTag[], minute: number, key = false) =>
    makeVerbatim(sid, { phase: 3, speaker: speaker.id, speakerName: speaker.pseudonym, text, tags, key, capturedAt: p3 + minute * MIN });
  const verbatims = [
    said(alice, 'L’agent m’a très bien reçue, avec le sourire.', ['positif'], 5, true),
    said(alice, 'On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.', ['irritant'], 6, true),
    said(bruno, 'Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?', ['negatif'], 9, true),
    said(bruno, 'Un rendez-vous en ligne, ce serait bien.', ['idee'], 10),
    said(chloe, 'Bruno a raison sur les horaires.', ['negatif'], 13),
    said(chloe, 'J’aimerais savoir combien de temps je vais attendre.', ['attente'], 13.5, true),
    said(emma, 'Le papier d’accueil est clair.', ['positif'], 15),
    makeVerbatim(sid, { phase: 3, speaker: 'groupe', speakerName: '', text: 'Tout le monde approuve l’idée d’un écran d’attente.', tags: ['idee'], capturedAt: p3 + 16 * MIN }),
    makeVerbatim(sid, { phase: 2, speaker: 'inconnu', speakerName: '', text: 'Il faudrait un accueil le samedi.', tags: ['attente'], capturedAt: phaseStart(2) + MIN }),
    makeVerbatim(sid, { phase: 4, speaker: 'animateur', speakerName: '', text: 'Regroupons ce qui touche aux horaires.', tags: [], capturedAt: phaseStart(4) + MIN }),
    makeVerbatim(sid, { phase: 4, speaker: driss.id, speakerName: 'Driss', text: 'Côté agents, on manque de place au guichet.', tags: ['irritant'], capturedAt: phaseStart(4) + 2 * MIN }),
    makeVerbatim(sid, { phase: 5, speaker: alice.id, speakerName: 'Alice', text: 'Merci de nous avoir écoutés.', tags: ['positif'], capturedAt: phaseStart(5) + MIN }),
    makeVerbatim(sid, { phase: 3, speaker: 'inconnu', speakerName: '', text: 'Texte effacé.', tags: ['positif'], capturedAt: p3 + MIN, deleted: true }),
    makeVerbatim(sid, { phase: 3, speaker: 'inconnu', speakerName: '', text: 'Le groupe s’anime sur les horaires.', tags: [], kind: 'note', capturedAt: p3 + 12 * MIN }),
    said(driss, 'Alice dit vrai : les chaises manquent depuis des mois.', ['irritant'], 17),
  ];

  const waiting = makeGroup(sid, { title: 'Attente', order: 0 });
  const hours = makeGroup(sid, { title: 'Horaires', order: 1 });
  const gone = makeGroup(sid, { title: 'Groupe supprimé', order: 2, deleted: true });
  const card = (text: string, kind: 'irritant' | 'attente' | 'idee' | 'positif', groupId: typeof waiting.id | null, order: number) =>
    makeCard(sid, { text, kind, polarity: kind === 'irritant' ? 'negative' : kind === 'positif' ? 'positive' : 'neutral', groupId, order });
  const cards = [
    card('Pas de chaises', 'irritant', waiting.id, 0),
    card('Écran avec le temps d’attente', 'idee', waiting.id, 1),
    card('Savoir combien de temps on attend', 'attente', waiting.id, 2),
    card('Fermé trop tôt', 'irritant', hours.id, 0),
    card('Ouvrir le samedi matin', 'idee', hours.id, 1),
    card('Accueil souriant', 'positif', null, 0),
    card('Prendre rendez-vous en ligne', 'idee', null, 1),
    card('Post-it effacé', 'idee', null, 2),
    card('Dans un groupe supprimé', 'irritant', gone.id, 3),
  ];
  cards[7] = { ...cards[7]!, deleted: true };
  // The post-it of a deleted group is shown unsorted on the board (settle), and so in the report.

  const tSeat = makeTrack(sid, { title: 'Installer des chaises et un écran d’attente', description: 'Réduire l’attente debout.', groupIds: [waiting.id], validated: true, order: 0 });
  const tHours = makeTrack(sid, { title: 'Élargir les horaires', description: 'Ouvrir le samedi matin.', groupIds: [hours.id], validated: true, order: 1 });
  const tOnline = makeTrack(sid, { title: 'Rendez-vous en ligne', description: '', groupIds: [], validated: false, order: 2 });
  const tGone = makeTrack(sid, { title: 'Piste supprimée', order: 3, deleted: true });
  const tracks = [tSeat, tHours, tOnline, tGone];
  // Élargir les horaires 4 dots, chaises 2, en ligne 2 (tie with a validated one), one deleted dot.
  const votes = [
    ...[alice, bruno, chloe, driss].map((p) => makeVote(sid, tHours.id, { voter: p.id, method: 'proxy' })),
    makeVote(sid, tSeat.id, { voter: alice.id, method: 'proxy' }),
    makeVote(sid, tSeat.id, { voter: driss.id, method: 'proxy' }),
    makeVote(sid, tOnline.id, { voter: bruno.id, method: 'proxy' }),
    makeVote(sid, tOnline.id, { voter: chloe.id, method: 'proxy' }),
    makeVote(sid, tOnline.id, { voter: chloe.id, method: 'proxy', deleted: true }),
  ];

  const actions = [
    makeActionSheet(sid, { trackId: tHours.id, number: '2', title: 'Ouvrir le samedi de 9 h à 12 h', owner: 'Claire Martin', plannedEnd: '2027-03-31', indicators: 'Nombre d’usagers reçus le samedi' }),
    makeActionSheet(sid, { trackId: tSeat.id, number: '10', title: 'Dix chaises et un écran', owner: 'Services techniques' }),
    makeActionSheet(sid, { trackId: null, number: '', title: 'Action sans numéro', owner: '' }),
    makeActionSheet(sid, { trackId: tSeat.id, number: '3', title: 'Fiche supprimée', deleted: true }),
  ];

  const syntheses = [
    makeSynthesis(sid, 'learnings', { text: 'Alice et Bruno ont surtout parlé de l’attente et des horaires.' }),
    makeSynthesis(sid, 'nextSteps', { text: 'Présenter le plan d’actions en réunion d’équipe le 7 décembre.' }),
    makeSynthesis(sid, 'context', { text: 'Texte effacé', deleted: true }),
  ];

  return {
    session,
    participants,
    phases,
    turns,
    verbatims,
    cards,
    groups: [waiting, hours, gone],
    tracks,
    votes,
    actions,
    syntheses,
    // The plan d'actions followed after the séance: none yet on the day the report is first written.
    statusChanges: [],
    milestones: [],
    indicators: [],
    measures: [],
    followUps: [],
    names: { alice: alice.id, bruno: bruno.id, chloe: chloe.id, driss: driss.id, emma: emma.id, fanny: fanny.id },
  };
}

/** The moment the tests make the report: well after the séance closed. */
export const REPORT_AT = T0 + 3 * 60 * MIN;

/** The report's section headings as a reader sees them, in order: literal French, never the catalogue's t(). */
export const REPORT_HEADINGS = [
  'En bref',
  'La séance',
  'Contexte et objectif',
  'Principaux enseignements',
  'Avis positifs et négatifs',
  'Idées et attentes',
  'Pistes d’amélioration',
  'Plan d’actions',
  'Prochaines étapes',
  'Annexe 1 — Questions du guide d’animation',
  'Annexe 2 — Déroulement et temps de parole',
];

/**
 * The same séance three months on, its plan followed: the samedi opening en cours since 1 December with a
 * jalon ahead and an indicator measured twice (0 → 25, target 40); the chairs terminée on 10 January,
 * their waiting time down from 25 to 8 min (target 10: reached); the unnumbered action abandoned with a
 * reason that names a participant; a return date set for 12 March 2027.
 */
export function followedSeance(): ReturnType<typeof reportSeance> {
  const s = reportSeance();
  const sid = s.session.id;
  const [samedi, chaises, alone] = s.actions;
  const visits = makeIndicator(sid, samedi!.id, { name: 'Usagers reçus le samedi', unit: '', baselineValue: 0, baselineOn: '2026-11-23', targetValue: 40, targetOn: '2027-03-31' });
  const standing = makeIndicator(sid, chaises!.id, { name: 'Attente debout', unit: 'min', baselineValue: 25, baselineOn: '2026-11-23', targetValue: 10, targetOn: '' });
  s.session = { ...s.session, returnDate: '2027-03-12' };
  s.statusChanges = [
    makeStatusChange(sid, samedi!.id, { status: 'en_cours', on: '2026-12-01' }),
    makeStatusChange(sid, chaises!.id, { status: 'en_cours', on: '2026-12-05' }),
    makeStatusChange(sid, chaises!.id, { status: 'terminee', on: '2027-01-10' }),
    makeStatusChange(sid, alone!.id, { status: 'abandonnee', on: '2027-01-05', reason: 'Bruno a trouvé mieux : la mairie annexe ouvre déjà le soir.' }),
  ];
  s.milestones = [
    makeMilestone(sid, samedi!.id, { title: 'Recruter un agent', due: '2026-12-15', doneOn: '2026-12-14' }),
    makeMilestone(sid, samedi!.id, { title: 'Prévenir Alice et les habitués', due: '2027-01-15', doneOn: '' }),
  ];
  s.indicators = [visits, standing];
  s.measures = [
    makeMeasure(sid, visits, { value: 12, on: '2027-01-09' }),
    makeMeasure(sid, visits, { value: 25, on: '2027-02-06' }),
    makeMeasure(sid, standing, { value: 8, on: '2027-02-01' }),
  ];
  return s;
}
