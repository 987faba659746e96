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
  DeviceId,
  Fields,
  Group,
  GroupId,
  Kind,
  Participant,
  ParticipantId,
  Phase,
  PhaseId,
  PhaseIndex,
  RecordKinds,
  ReportSection,
  Session,
  SessionId,
  Track,
  TrackId,
  Synthesis,
  SynthesisId,
  Turn,
  TurnId,
  Verbatim,
  VerbatimId,
  Vote,
  VoteId,
} from '../src/domain/types';
import { synthesisId } from '../src/domain/synthesis';
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

/**
 * One record of every kind for one séance, linked together so that every index has a value
 * (IndexedDB leaves null out of an index).
 */
export function oneOfEachKind(): { [K in Kind]: RecordKinds[K] } {
  const session = makeSession({ objective: 'Comprendre l’attente au guichet' });
  const sid = session.id;
  const participant = makeParticipant(sid, { pseudonym: 'Élise', consent: true, consentAt: T0 });
  const verbatim = makeVerbatim(sid, { speaker: participant.id, speakerName: participant.pseudonym });
  const group = makeGroup(sid);
  const track = makeTrack(sid, { groupIds: [group.id] });
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
    actions: makeActionSheet(sid, { trackId: track.id }),
    syntheses: makeSynthesis(sid, 'learnings', { text: 'Élise attend surtout d’être rappelée.' }),
  };
}
