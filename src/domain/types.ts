// The stored record kinds of Cercle: one interface per Dexie table, all sharing the mergeable base.

export type Brand<T, B extends string> = T & { readonly __brand: B };

export type SessionId = Brand<string, 'SessionId'>;
export type ParticipantId = Brand<string, 'ParticipantId'>;
export type PhaseId = Brand<string, 'PhaseId'>;
export type TurnId = Brand<string, 'TurnId'>;
export type VerbatimId = Brand<string, 'VerbatimId'>;
export type CardId = Brand<string, 'CardId'>;
export type GroupId = Brand<string, 'GroupId'>;
export type TrackId = Brand<string, 'TrackId'>;
export type VoteId = Brand<string, 'VoteId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type SynthesisId = Brand<string, 'SynthesisId'>;
export type StatusChangeId = Brand<string, 'StatusChangeId'>;
export type MilestoneId = Brand<string, 'MilestoneId'>;
export type IndicatorId = Brand<string, 'IndicatorId'>;
export type MeasureId = Brand<string, 'MeasureId'>;
export type FollowUpId = Brand<string, 'FollowUpId'>;
export type DemarcheId = Brand<string, 'DemarcheId'>;
export type ThemeId = Brand<string, 'ThemeId'>;
export type ThemeLinkId = Brand<string, 'ThemeLinkId'>;
export type DeviceId = Brand<string, 'DeviceId'>;

/** Version vector: for each device, the highest revision of this record absorbed from it. */
export type VersionVector = Record<string, number>;

/**
 * Fields every stored record carries so that two tablets' files can be merged record by record.
 * `sessionId` is the record's scope: its séance, or for the démarche-level kinds (démarches, themes,
 * theme links) its démarche, so export by scope, merge, tombstones and the Dexie index work unchanged.
 */
export interface BaseRecord<Id extends string = string> {
  id: Id;
  sessionId: SessionId;
  createdAt: number;
  updatedAt: number;
  /** Lamport revision: beats every revision this device had seen when it was made. */
  rev: number;
  deviceId: DeviceId;
  seen: VersionVector;
  /** Tombstone: deletions travel in export files like any other revision. */
  deleted: boolean;
}

export type Purpose = 'ameliorer' | 'tester';
export type ThemeSource = 'enquetes' | 'indicateurs' | 'problemes';

/** The nine engagements of Services Publics + (their wording is in the i18n catalogue, `engagement.*`). */
export type Engagement = 'accueil' | 'joignabilite' | 'accompagnement' | 'orientation' | 'reponse' | 'resultats' | 'avis' | 'competences' | 'ecoresponsabilite';
export type Audience = 'usagers' | 'agents' | 'partenaires' | 'elus';
export type SessionStatus = 'preparation' | 'en_cours' | 'terminee';
export type PhaseIndex = 1 | 2 | 3 | 4 | 5;

export interface Session extends BaseRecord<SessionId> {
  title: string;
  /** Calendar day of the séance, `YYYY-MM-DD` (local), empty when not set yet. */
  date: string;
  /** Start time `HH:MM`, empty when not set. */
  startTime: string;
  place: string;
  purpose: Purpose;
  objective: string;
  theme: string;
  themeSources: ThemeSource[];
  themeNote: string;
  audience: Audience[];
  animateur: string;
  secretaire: string;
  superviseur: string;
  /** The consent wording read to participants; copied into each participant's record when they consent. */
  consentWording: string;
  status: SessionStatus;
  /** Phase being run in the room, null before the séance starts. */
  currentPhase: PhaseIndex | null;
  /** Length of the séance in minutes, to compare with the guide's total. */
  plannedMinutes: number;
  /** Dots each participant may place when voting on pistes. */
  dotsPerParticipant: number;
  /** Personal data should be purged after this day (`YYYY-MM-DD`). */
  purgeAfter: string;
  startedAt: number | null;
  closedAt: number | null;
  /** Day the participants are told what became of their words (« Ce qui a changé »), `YYYY-MM-DD`, empty when not set (format version 4). */
  returnDate: string;
  /** Names replaced by P1…Pn (in place, or in the file it came from): its plan d'actions is an archive, no longer followed here. */
  anonymised: boolean;
  /** The démarche this séance belongs to, '' when it stands alone (format version 5). */
  demarcheId: DemarcheId | '';
  /** The séance this one mirrors for another public (« séance miroir »), '' when none (format version 5). */
  mirrorOf: SessionId | '';
}

export interface Participant extends BaseRecord<ParticipantId> {
  pseudonym: string;
  tags: string[];
  /** Seat in the circle, 0-based; also the order of P1…Pn in anonymised exports. */
  seat: number;
  consent: boolean;
  consentAt: number | null;
  /** The consent wording that was shown when consent was recorded. */
  consentWording: string;
}

export interface Prompt {
  id: string;
  text: string;
  askedAt: number | null;
}

export interface Pause {
  from: number;
  to: number | null;
}

export interface Phase extends BaseRecord<PhaseId> {
  index: PhaseIndex;
  title: string;
  plannedMinutes: number;
  prompts: Prompt[];
  startedAt: number | null;
  endedAt: number | null;
  pauses: Pause[];
  /** Tour de table: participants who passed, to be offered the floor again at the end. */
  skipped: ParticipantId[];
}

/** Who may hold the floor: a participant, or the animateur whose share is watched too. */
export type Speaker = ParticipantId | 'animateur';
/** Who a verbatim is attributed to. */
export type VerbatimSpeaker = Speaker | 'groupe' | 'inconnu';

export interface Turn extends BaseRecord<TurnId> {
  phase: PhaseIndex;
  speaker: Speaker;
  startedAt: number;
  endedAt: number | null;
}

export type VerbatimTag = 'positif' | 'negatif' | 'idee' | 'irritant' | 'attente';
export type VerbatimKind = 'verbatim' | 'note';

export interface Verbatim extends BaseRecord<VerbatimId> {
  phase: PhaseIndex;
  speaker: VerbatimSpeaker;
  /** Pseudonym at capture time, so a removed participant's words stay attributed. */
  speakerName: string;
  text: string;
  capturedAt: number;
  tags: VerbatimTag[];
  key: boolean;
  kind: VerbatimKind;
}

export type CardKind = 'irritant' | 'attente' | 'idee' | 'positif';
export type Polarity = 'positive' | 'negative' | 'neutral';

export interface Card extends BaseRecord<CardId> {
  text: string;
  kind: CardKind;
  polarity: Polarity;
  groupId: GroupId | null;
  /** Position inside its group (or the unsorted area); fractional so a move revises one card. */
  order: number;
  sourceVerbatimId: VerbatimId | null;
  onBehalfOf: ParticipantId | null;
}

export interface Group extends BaseRecord<GroupId> {
  title: string;
  order: number;
}

export interface Track extends BaseRecord<TrackId> {
  title: string;
  description: string;
  groupIds: GroupId[];
  validated: boolean;
  order: number;
}

export type VoteMethod = 'proxy' | 'mains';

/** One dot on one piste. */
export interface Vote extends BaseRecord<VoteId> {
  trackId: TrackId;
  voter: ParticipantId | null;
  method: VoteMethod;
}

/** A fiche action of the plan d'actions, with the method's fields. */
export interface ActionSheet extends BaseRecord<ActionId> {
  trackId: TrackId | null;
  number: string;
  title: string;
  /** The Services Publics + engagements this action serves (format version 3; older fiches have none). */
  engagements: Engagement[];
  /** Free text: another engagement of the structure, or the séance's thématique. */
  theme: string;
  commitment: string;
  owner: string;
  contributors: string;
  start: string;
  plannedEnd: string;
  problem: string;
  objective: string;
  description: string;
  indicators: string;
}

/** Where a fiche action stands; `abandonnee` says why in its status change. */
export type ActionStatus = 'prevue' | 'en_cours' | 'terminee' | 'abandonnee';

/**
 * One dated step in a fiche's status history (format version 4). Appended, never edited: two tablets
 * that moved the same fiche keep both steps, the current status is the latest (domain/plan.ts), and
 * an import shows when both sides moved it since they last met.
 */
export interface StatusChange extends BaseRecord<StatusChangeId> {
  actionId: ActionId;
  status: ActionStatus;
  /** Day the change took effect, `YYYY-MM-DD`. */
  on: string;
  /** Why, required for `abandonnee`; free for the others. */
  reason: string;
}

/** A jalon de mise en œuvre: a dated milestone of a fiche, ticked when done. */
export interface Milestone extends BaseRecord<MilestoneId> {
  actionId: ActionId;
  title: string;
  /** `YYYY-MM-DD`. */
  due: string;
  /** Day it was done, `YYYY-MM-DD`; empty while not done. */
  doneOn: string;
}

/** An indicateur de suivi of a fiche: what is measured, from which baseline to which target. */
export interface Indicator extends BaseRecord<IndicatorId> {
  actionId: ActionId;
  name: string;
  unit: string;
  baselineValue: number | null;
  /** `YYYY-MM-DD`, empty when not set. */
  baselineOn: string;
  targetValue: number | null;
  targetOn: string;
}

/** One measured value of an indicator, on a day. */
export interface Measure extends BaseRecord<MeasureId> {
  indicatorId: IndicatorId;
  actionId: ActionId;
  value: number;
  /** `YYYY-MM-DD`. */
  on: string;
}

/** A point d'étape: a dated follow-up note on a fiche. */
export interface FollowUp extends BaseRecord<FollowUpId> {
  actionId: ActionId;
  /** `YYYY-MM-DD`. */
  on: string;
  text: string;
}

/** The sections of the rapport de synthèse that carry a text written by the secrétaire. */
export type ReportSection =
  | 'context'
  | 'expectations'
  | 'conduct'
  | 'learnings'
  | 'views'
  | 'ideas'
  | 'tracks'
  | 'actions'
  | 'nextSteps'
  | 'restitution';

/**
 * The secrétaire's synthesis text for one section of the report. Its id is derived from the séance
 * and the section, so two tablets writing the same section edit the same record (and a merge shows
 * the conflict) while different sections merge cleanly.
 */
export interface Synthesis extends BaseRecord<SynthesisId> {
  section: ReportSection;
  text: string;
}

/**
 * A démarche: séances on one subject (usagers and agents en miroir, several sites) gathered and
 * consolidated. Like a séance it owns itself: its `sessionId` is its own id (format version 5).
 */
export interface Demarche extends BaseRecord<DemarcheId> {
  title: string;
  thematique: string;
  engagements: Engagement[];
  /** `YYYY-MM-DD` or ''. */
  periodStart: string;
  periodEnd: string;
  /** Who leads the démarche: a person's name or a service, dropped like the séance's role names when anonymised. */
  pilote: string;
}

/** A consolidated theme of a démarche (its `sessionId` is the démarche's id), gathering regroupements of its séances. */
export interface Theme extends BaseRecord<ThemeId> {
  title: string;
  order: number;
}

/**
 * One regroupement placed in a consolidated theme. Its id is `tl-<groupId>`, so two tablets placing
 * the same regroupement write the same record and the merge keeps one; `sessionId` is the démarche's id.
 */
export interface ThemeLink extends BaseRecord<ThemeLinkId> {
  groupId: GroupId;
  /** The séance of the regroupement. */
  groupSessionId: SessionId;
  /** '' once taken out of every theme. */
  themeId: ThemeId | '';
}

export interface RecordKinds {
  sessions: Session;
  participants: Participant;
  phases: Phase;
  turns: Turn;
  verbatims: Verbatim;
  cards: Card;
  groups: Group;
  tracks: Track;
  votes: Vote;
  actions: ActionSheet;
  syntheses: Synthesis;
  statusChanges: StatusChange;
  milestones: Milestone;
  indicators: Indicator;
  measures: Measure;
  followUps: FollowUp;
  demarches: Demarche;
  themes: Theme;
  themeLinks: ThemeLink;
}

export type Kind = keyof RecordKinds;
export type AnyRecord = RecordKinds[Kind];

const ORDER = ['sessions', 'participants', 'phases', 'turns', 'verbatims', 'cards', 'groups', 'tracks', 'votes', 'actions', 'syntheses', 'statusChanges', 'milestones', 'indicators', 'measures', 'followUps', 'demarches', 'themes', 'themeLinks'] as const;
// A kind added to RecordKinds but not to ORDER fails here.
const everyKind: [Exclude<Kind, (typeof ORDER)[number]>] extends [never] ? true : never = true;
void everyKind;

/** Every kind, in the order files list them and imports apply them. */
export const KINDS: readonly Kind[] = ORDER;

/** The fields a caller supplies when creating a record: everything but the mergeable base. */
export type Fields<R extends BaseRecord> = Omit<R, keyof BaseRecord>;

