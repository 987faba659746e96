// Small builders for stored records with sensible defaults, so tests only spell out what they check.
import { defaultPhaseFields } from '../src/domain/guide';
import { createRecord, type Stamp } from '../src/domain/records';
import { newSessionFields } from '../src/domain/session';
import type {
  ActionId,
  ActionSheet,
  BaseRecord,
  Card,
  CardId,
  Demarche,
  DemarcheId,
  DeviceId,
  Fields,
  FollowUp,
  FollowUpId,
  Group,
  GroupId,
  Indicator,
  IndicatorId,
  Kind,
  Measure,
  MeasureId,
  Milestone,
  MilestoneId,
  Participant,
  ParticipantId,
  Phase,
  PhaseId,
  PhaseIndex,
  RecordKinds,
  ReportSection,
  Session,
  SessionId,
  StatusChange,
  StatusChangeId,
  Track,
  TrackId,
  Synthesis,
  SynthesisId,
  Theme,
  ThemeId,
  ThemeLink,
  Turn,
  TurnId,
  Verbatim,
  VerbatimId,
  Vote,
  VoteId,
} from '../src/domain/types';
import { synthesisId } from '../src/domain/synthesis';
import { demarcheScope, newDemarcheFields, themeLinkId } from '../src/domain/demarche';
import { blankActionSheet } from '../src/report/actionDraft';
import { guideTexts } from '../src/i18n/guideTexts';
import { translator } from '../src/i18n';

export const TEST_DEVICE = 'device-test' as DeviceId;
/** 23 November 2026, 10:15 local time: a Monday, the day the method is run in these tests. */
export const T0 = new Date(2026, 10, 23, 10, 15, 0).getTime();
export const TODAY = '2026-11-23';

let counter = 0;
/** Readable, unique ids (`participant-3`) so failures name the record. */
export function testId<T extends string>(prefix: string): T {
  counter += 1;
  return `${prefix}-${counter}` as T;
}

export function stamp(over: Partial<Stamp> = {}): Stamp {
  return { now: T0, deviceId: TEST_DEVICE, clock: 0, ...over };
}

/** The mergeable base, overridable (rev, deleted, timestamps…) for one record. */
function build<R extends BaseRecord>(id: R['id'], sessionId: SessionId, fields: Fields<R>, over: Partial<R>): R {
  return { ...createRecord<R>(id, sessionId, fields, stamp()), ...over };
}

export const frTexts = guideTexts(translator('fr'));

export function makeSession(over: Partial<Session> = {}): Session {
  const id = over.id ?? testId<SessionId>('session');
  const fields = newSessionFields(TODAY, 'Accueil de la mairie', translator('fr')('participants.consentWording.default'));
  return build<Session>(id, id, fields, { ...over, id, sessionId: id });
}

export function makeParticipant(sessionId: SessionId, over: Partial<Participant> = {}): Participant {
  return build<Participant>(
    over.id ?? testId<ParticipantId>('participant'),
    sessionId,
    { pseudonym: 'Alice', tags: [], seat: 0, consent: false, consentAt: null, consentWording: '' },
    over,
  );
}

export function makePhase(sessionId: SessionId, index: PhaseIndex = 1, over: Partial<Phase> = {}): Phase {
  return build<Phase>(over.id ?? testId<PhaseId>('phase'), sessionId, defaultPhaseFields(index, frTexts, () => testId('prompt')), over);
}

/** The five default phases of a séance, in order. */
export function makeGuide(sessionId: SessionId): Phase[] {
  return ([1, 2, 3, 4, 5] as const).map((i) => makePhase(sessionId, i));
}

export function makeTurn(sessionId: SessionId, over: Partial<Turn> = {}): Turn {
  return build<Turn>(over.id ?? testId<TurnId>('turn'), sessionId, { phase: 3, speaker: 'animateur', startedAt: T0, endedAt: null }, over);
}

export function makeVerbatim(sessionId: SessionId, over: Partial<Verbatim> = {}): Verbatim {
  return build<Verbatim>(
    over.id ?? testId<VerbatimId>('verbatim'),
    sessionId,
    { phase: 3, speaker: 'groupe', speakerName: '', text: 'On attend trop longtemps au guichet.', capturedAt: T0, tags: ['irritant'], key: false, kind: 'verbatim' },
    over,
  );
}

export function makeGroup(sessionId: SessionId, over: Partial<Group> = {}): Group {
  return build<Group>(over.id ?? testId<GroupId>('group'), sessionId, { title: 'Attente', order: 0 }, over);
}

export function makeCard(sessionId: SessionId, over: Partial<Card> = {}): Card {
  return build<Card>(
    over.id ?? testId<CardId>('card'),
    sessionId,
    { text: 'Horaires trop courts', kind: 'irritant', polarity: 'negative', groupId: null, order: 0, sourceVerbatimId: null, onBehalfOf: null },
    over,
  );
}

export function makeTrack(sessionId: SessionId, over: Partial<Track> = {}): Track {
  return build<Track>(over.id ?? testId<TrackId>('track'), sessionId, { title: 'Ouvrir le samedi', description: '', groupIds: [], validated: false, order: 0 }, over);
}

export function makeVote(sessionId: SessionId, trackId: TrackId, over: Partial<Vote> = {}): Vote {
  return build<Vote>(over.id ?? testId<VoteId>('vote'), sessionId, { trackId, voter: null, method: 'mains' }, over);
}

/** A section's synthesis text, with the id every tablet derives for that section. */
export function makeSynthesis(sessionId: SessionId, section: ReportSection = 'learnings', over: Partial<Synthesis> = {}): Synthesis {
  return build<Synthesis>(over.id ?? (synthesisId(sessionId, section) as SynthesisId), sessionId, { section, text: 'Les usagers attendent moins.' }, over);
}

export function makeActionSheet(sessionId: SessionId, over: Partial<ActionSheet> = {}): ActionSheet {
  return build<ActionSheet>(
    over.id ?? testId<ActionId>('action'),
    sessionId,
    { ...blankActionSheet(1, ''), title: 'Ouvrir le samedi matin', owner: 'Chef de service' },
    over,
  );
}

/** A step of a fiche's status history (en cours since the day after the séance, by default). */
export function makeStatusChange(sessionId: SessionId, actionId: ActionId, over: Partial<StatusChange> = {}): StatusChange {
  return build<StatusChange>(over.id ?? testId<StatusChangeId>('status'), sessionId, { actionId, status: 'en_cours', on: '2026-11-24', reason: '' }, over);
}

export function makeMilestone(sessionId: SessionId, actionId: ActionId, over: Partial<Milestone> = {}): Milestone {
  return build<Milestone>(over.id ?? testId<MilestoneId>('milestone'), sessionId, { actionId, title: 'Horaires affichés', due: '2027-01-15', doneOn: '' }, over);
}

export function makeIndicator(sessionId: SessionId, actionId: ActionId, over: Partial<Indicator> = {}): Indicator {
  return build<Indicator>(
    over.id ?? testId<IndicatorId>('indicator'),
    sessionId,
    { actionId, name: 'Attente moyenne au guichet', unit: 'min', baselineValue: 25, baselineOn: '2026-11-23', targetValue: 10, targetOn: '2027-06-30' },
    over,
  );
}

export function makeMeasure(sessionId: SessionId, indicator: Pick<Indicator, 'id' | 'actionId'>, over: Partial<Measure> = {}): Measure {
  return build<Measure>(over.id ?? testId<MeasureId>('measure'), sessionId, { indicatorId: indicator.id, actionId: indicator.actionId, value: 18, on: '2027-02-01' }, over);
}

export function makeFollowUp(sessionId: SessionId, actionId: ActionId, over: Partial<FollowUp> = {}): FollowUp {
  return build<FollowUp>(over.id ?? testId<FollowUpId>('followup'), sessionId, { actionId, on: '2027-01-10', text: 'Point avec Élise : affichage prêt.' }, over);
}

/** A démarche (it owns itself, like a séance: its sessionId is its id). */
export function makeDemarche(over: Partial<Demarche> = {}): Demarche {
  const id = over.id ?? testId<DemarcheId>('demarche');
  const fields = { ...newDemarcheFields('Accueil des usagers 2027'), thematique: 'Accueil', engagements: ['accueil' as const], periodStart: '2027-01-01', periodEnd: '2027-06-30', pilote: 'Direction de la qualité' };
  return build<Demarche>(id, demarcheScope(id), fields, { ...over, id, sessionId: demarcheScope(id) });
}

export function makeTheme(demarcheId: DemarcheId, over: Partial<Theme> = {}): Theme {
  return build<Theme>(over.id ?? testId<ThemeId>('theme'), demarcheScope(demarcheId), { title: 'Le temps d’attente', order: 0 }, over);
}

/** A regroupement placed in a theme, with the id every tablet derives for that regroupement. */
export function makeThemeLink(demarcheId: DemarcheId, group: Pick<Group, 'id' | 'sessionId'>, themeId: ThemeId | '', over: Partial<ThemeLink> = {}): ThemeLink {
  return build<ThemeLink>(over.id ?? themeLinkId(group.id), demarcheScope(demarcheId), { groupId: group.id, groupSessionId: group.sessionId, themeId }, over);
}

/**
 * One record of every kind for one séance, linked together so that every index has a value
 * (IndexedDB leaves null out of an index).
 */
export function oneOfEachKind(): { [K in Kind]: RecordKinds[K] } {
  const demarche = makeDemarche();
  const session = makeSession({ objective: 'Comprendre l’attente au guichet', demarcheId: demarche.id });
  const sid = session.id;
  const participant = makeParticipant(sid, { pseudonym: 'Élise', consent: true, consentAt: T0 });
  const verbatim = makeVerbatim(sid, { speaker: participant.id, speakerName: participant.pseudonym });
  const group = makeGroup(sid);
  const track = makeTrack(sid, { groupIds: [group.id] });
  const action = makeActionSheet(sid, { trackId: track.id });
  const indicator = makeIndicator(sid, action.id);
  const theme = makeTheme(demarche.id);
  return {
    sessions: session,
    participants: participant,
    phases: makePhase(sid, 3),
    turns: makeTurn(sid, { speaker: participant.id }),
    verbatims: verbatim,
    cards: makeCard(sid, { groupId: group.id, sourceVerbatimId: verbatim.id }),
    groups: group,
    tracks: track,
    votes: makeVote(sid, track.id, { voter: participant.id }),
    actions: action,
    syntheses: makeSynthesis(sid, 'learnings', { text: 'Élise attend surtout d’être rappelée.' }),
    statusChanges: makeStatusChange(sid, action.id, { reason: 'Élise a validé le calendrier.' }),
    milestones: makeMilestone(sid, action.id, { title: 'Rappeler Élise' }),
    indicators: makeIndicator(sid, action.id, { name: 'Rappels faits à Élise', unit: 'appels' }),
    measures: makeMeasure(sid, indicator),
    followUps: makeFollowUp(sid, action.id),
    demarches: demarche,
    themes: theme,
    themeLinks: makeThemeLink(demarche.id, group, theme.id),
  };
}
