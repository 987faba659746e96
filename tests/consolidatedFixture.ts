// A démarche of three séances (usagers in Lyon and Villeurbanne, agents in Lyon in mirror), names seeded in texts: the consolidated report tests read it.
import type { ReportInput } from '../src/domain/recordSet';
import type { Demarche, Session, Theme, ThemeLink } from '../src/domain/types';
import {
  makeActionSheet,
  makeCard,
  makeDemarche,
  makeGroup,
  makeGuide,
  makeParticipant,
  makeSession,
  makeStatusChange,
  makeSynthesis,
  makeTheme,
  makeThemeLink,
  makeTrack,
  makeVerbatim,
  makeVote,
} from './factories';

/** Every person's name in the démarche's data: none may appear in any rendering of the consolidated report. */
export const CONSOLIDATED_NAMES = ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Claire Martin', 'Hugo Petit', 'Nadia Roux', 'Sophie Lambert', 'P1', 'P2'];

const empty = (session: Session): ReportInput => ({
  session,
  participants: [],
  phases: makeGuide(session.id),
  turns: [],
  verbatims: [],
  cards: [],
  groups: [],
  tracks: [],
  votes: [],
  actions: [],
  syntheses: [],
  statusChanges: [],
  milestones: [],
  indicators: [],
  measures: [],
  followUps: [],
});

export interface ConsolidatedFixture {
  demarche: Demarche;
  themes: Theme[];
  links: ThemeLink[];
  seances: ReportInput[];
}

export function consolidatedDemarche(): ConsolidatedFixture {
  const demarche = makeDemarche({ title: 'Accueil des usagers 2027', thematique: 'Accueil au guichet', pilote: 'Sophie Lambert', periodStart: '2026-12-01', periodEnd: '2027-01-15' });
  const roles = { animateur: 'Claire Martin', secretaire: 'Hugo Petit', superviseur: 'Nadia Roux', demarcheId: demarche.id, status: 'terminee' as const };

  // Lyon, usagers: a key quote naming its speaker, a validated piste with a fiche en cours.
  const lyon = empty(makeSession({ title: 'Usagers de Lyon', date: '2026-12-01', place: 'Lyon', audience: ['usagers'], ...roles }));
  const sa = lyon.session.id;
  const alice = makeParticipant(sa, { pseudonym: 'Alice', seat: 0 });
  const bruno = makeParticipant(sa, { pseudonym: 'Bruno', seat: 1 });
  const v1 = makeVerbatim(sa, { speaker: alice.id, speakerName: 'Alice', text: 'Alice attend trois quarts d’heure au guichet, comme Bruno.', tags: ['irritant'], key: true });
  const v2 = makeVerbatim(sa, { speaker: bruno.id, speakerName: 'Bruno', text: 'Le samedi matin m’arrangerait.', tags: ['attente'] });
  const gWait = makeGroup(sa, { title: 'Attente au guichet', order: 0 });
  const gMisc = makeGroup(sa, { title: 'Divers selon Bruno', order: 1 });
  const tSat = makeTrack(sa, { title: 'Ouvrir le samedi matin', validated: true, order: 0 });
  const tSign = makeTrack(sa, { title: 'Afficher le temps d’attente', order: 1 });
  const act = makeActionSheet(sa, { trackId: tSat.id, number: '1', title: 'Ouvrir le samedi matin', owner: 'Claire Martin' });
  Object.assign(lyon, {
    participants: [alice, bruno],
    verbatims: [v1, v2],
    groups: [gWait, gMisc],
    cards: [
      makeCard(sa, { text: 'Trop d’attente', groupId: gWait.id, sourceVerbatimId: v1.id }),
      makeCard(sa, { text: 'Samedi matin', kind: 'attente', groupId: gWait.id, order: 1, sourceVerbatimId: v2.id }),
      makeCard(sa, { text: 'Parking', kind: 'idee', groupId: gMisc.id }),
    ],
    tracks: [tSat, tSign],
    votes: [makeVote(sa, tSat.id), makeVote(sa, tSat.id), makeVote(sa, tSat.id), makeVote(sa, tSign.id)],
    actions: [act],
    statusChanges: [makeStatusChange(sa, act.id, { status: 'en_cours', on: '2026-12-10' })],
    syntheses: [makeSynthesis(sa, 'learnings', { text: '- Alice et Bruno trouvent l’attente trop longue, dit Hugo Petit.' })],
  });

  // Villeurbanne, usagers: nobody voted.
  const vil = empty(makeSession({ title: 'Usagers de Villeurbanne', date: '2026-12-08', place: 'Villeurbanne', audience: ['usagers'], ...roles }));
  const sb = vil.session.id;
  const chloe = makeParticipant(sb, { pseudonym: 'Chloé', seat: 0 });
  const driss = makeParticipant(sb, { pseudonym: 'Driss', seat: 1 });
  const v3 = makeVerbatim(sb, { speaker: chloe.id, speakerName: 'Chloé', text: 'Je viens le soir après le travail, Driss aussi.', tags: ['attente'], key: true });
  const gHours = makeGroup(sb, { title: 'Horaires du soir', order: 0 });
  Object.assign(vil, {
    participants: [chloe, driss],
    verbatims: [v3],
    groups: [gHours],
    cards: [makeCard(sb, { text: 'Ouvert le soir', kind: 'attente', groupId: gHours.id, sourceVerbatimId: v3.id })],
    tracks: [makeTrack(sb, { title: 'Ouvrir jusqu’à 19 h', order: 0 })],
    syntheses: [makeSynthesis(sb, 'views', { text: 'Chloé voudrait des horaires du soir.' })],
  });

  // Lyon, agents, in mirror of the usagers: one agent names a participant of another séance.
  const agents = empty(makeSession({ title: 'Agents de Lyon', date: '2026-12-15', place: 'Lyon', audience: ['agents'], mirrorOf: sa, ...roles }));
  const sc = agents.session.id;
  const emma = makeParticipant(sc, { pseudonym: 'Emma', seat: 0 });
  const v4 = makeVerbatim(sc, { speaker: emma.id, speakerName: 'Emma', text: 'Le guichet est saturé le lundi ; Alice l’a dit aussi.', tags: ['irritant'], key: true });
  const gDesk = makeGroup(sc, { title: 'Guichet saturé', order: 0 });
  Object.assign(agents, {
    participants: [emma],
    verbatims: [v4],
    groups: [gDesk],
    cards: [makeCard(sc, { text: 'Lundi saturé', groupId: gDesk.id, sourceVerbatimId: v4.id })],
  });

  const wait = makeTheme(demarche.id, { title: 'Le temps d’attente', order: 0 });
  const hours = makeTheme(demarche.id, { title: 'Les horaires', order: 1 });
  const links = [makeThemeLink(demarche.id, gWait, wait.id), makeThemeLink(demarche.id, gDesk, wait.id), makeThemeLink(demarche.id, gHours, hours.id)];
  return { demarche, themes: [wait, hours], links, seances: [lyon, vil, agents] };
}
