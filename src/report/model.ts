// The rapport de synthèse as data: what every renderer (screen, HTML, Markdown, DOCX, CSV) shows.
import type {
  ActionSheet,
  ActionStatus,
  Audience,
  CardKind,
  PhaseIndex,
  Polarity,
  Purpose,
  ReportSection,
  SessionStatus,
  ThemeSource,
  VerbatimKind,
  VerbatimTag,
} from '../domain/types';

/**
 * Who said it, without words of any language: renderers translate. A participant carries the label
 * to print (pseudonym, or P-number in an anonymised report).
 */
export type SpeakerRef =
  | { kind: 'participant'; label: string; removed: boolean }
  | { kind: 'animateur' }
  | { kind: 'groupe' }
  | { kind: 'inconnu' };

export interface Quote {
  id: string;
  text: string;
  speaker: SpeakerRef;
  phase: PhaseIndex;
  capturedAt: number;
  key: boolean;
  tags: VerbatimTag[];
  /** A participant's words, or the secrétaire's own observation. */
  kind: VerbatimKind;
}

export interface CardLine {
  id: string;
  text: string;
  kind: CardKind;
  polarity: Polarity;
  /** Title of its group, null when the post-it was never grouped. */
  group: string | null;
  /** Titles of the pistes drawn from its group, in the report's order. */
  tracks: string[];
}

export interface Side {
  quotes: Quote[];
  cards: CardLine[];
}

export interface PhaseTime {
  index: PhaseIndex;
  title: string;
  plannedMinutes: number;
  actualMs: number;
  started: boolean;
}

export interface SpeakerTime {
  speaker: SpeakerRef;
  ms: number;
  turns: number;
  /** Share of all speaking time, 0..1. */
  share: number;
}

export interface TrackLine {
  id: string;
  title: string;
  description: string;
  votes: number;
  /** Competition rank by votes (1, 2, 2, 4). */
  rank: number;
  tied: boolean;
  validated: boolean;
  /** Titles of the groups the piste was drawn from. */
  groups: string[];
  cardCount: number;
  /** Numbers of the fiches action written for it. */
  actionNumbers: string[];
}

export type ActionFields = Pick<
  ActionSheet,
  'number' | 'title' | 'engagements' | 'theme' | 'commitment' | 'owner' | 'contributors' | 'start' | 'plannedEnd' | 'problem' | 'objective' | 'description' | 'indicators'
>;

/** An indicateur de suivi as the documents tell it: where it started, where it should go, its last measure. */
export interface IndicatorLine {
  name: string;
  unit: string;
  baseline: number | null;
  /** `YYYY-MM-DD` or empty. */
  baselineOn: string;
  target: number | null;
  targetOn: string;
  /** The latest measure (by day), null before any. */
  last: { value: number; on: string } | null;
}

/** Where a fiche stands after the séance (the suivi), as of the report's day. */
export interface ActionProgress {
  status: ActionStatus;
  /** Day of the last status step, '' for a fiche never moved (prévue since it was written). */
  since: string;
  /** Why, for an abandoned action. */
  reason: string;
  /** The nearest jalon not done yet. */
  nextMilestone: { title: string; due: string } | null;
  indicators: IndicatorLine[];
}

export interface ActionLine extends ActionFields {
  id: string;
  /** The piste it serves and its title, null for an action added on its own. */
  trackId: string | null;
  track: string | null;
  progress: ActionProgress;
}

export interface ReportModel {
  /** Names replaced by P1…Pn, role names and consent wording gone. */
  anonymised: boolean;
  /** When the report was made (ms), printed in its footer. */
  generatedAt: number;
  header: {
    title: string;
    /** `YYYY-MM-DD` or empty. */
    date: string;
    startTime: string;
    place: string;
    purpose: Purpose;
    audience: Audience[];
    /** Empty in an anonymised report. */
    animateur: string;
    secretaire: string;
    superviseur: string;
    status: SessionStatus;
    participantCount: number;
    consentCount: number;
    /** Profile tags of the circle, most frequent first: the diversity of the group, not identities. */
    profileMix: { tag: string; count: number }[];
    startedAt: number | null;
    closedAt: number | null;
    purgeAfter: string;
    /** Day the participants hear back (« Ce qui a changé »), `YYYY-MM-DD` or empty. */
    returnDate: string;
  };
  context: { objective: string; theme: string; themeSources: ThemeSource[]; themeNote: string };
  /** The questions of the guide, as planned, and whether the animateur marked them asked. */
  expectations: { questions: { phase: PhaseIndex; phaseTitle: string; text: string; asked: boolean }[] };
  conduct: {
    phases: PhaseTime[];
    plannedMinutes: number;
    actualMs: number;
    /** Participants by seat (removed ones who spoke after them), then the animateur. */
    speakers: SpeakerTime[];
    turnCount: number;
    /** 1 − Gini of the participants' speaking times; null before anyone spoke. */
    balance: number | null;
    animateurShare: number;
  };
  learnings: { keyQuotes: Quote[]; verbatimCount: number; noteCount: number; cardCount: number };
  views: { positive: Side; negative: Side };
  ideas: { groups: { id: string; title: string; cards: CardLine[] }[]; ungrouped: CardLine[]; quotes: Quote[] };
  /** Pistes by votes, then validated before not, then the group's order. */
  tracks: TrackLine[];
  actions: ActionLine[];
  /** The secrétaire's text for each section, '' when none was written. */
  syntheses: Record<ReportSection, string>;
  /** Every verbatim and note in capture order, starred or not (the CSV export). */
  quotes: Quote[];
  /** Every post-it of the report, in board order (the CSV export). */
  cards: CardLine[];
}
