// Valibot schemas of every stored record kind: the strict gate a file's records pass before any merge.
import * as v from 'valibot';
import { ENGAGEMENTS } from '../domain/engagements';
import { LIMITS } from '../domain/limits';
import type { Kind, RecordKinds } from '../domain/types';

/** Bounds on what a file may hold; generous for a real séance, small enough that no file can hurt a tablet. */
export const FILE_LIMITS = {
  /** Size of the file's text in UTF-8 bytes. */
  maxBytes: 50 * 1024 * 1024,
  recordsPerKind: 200_000,
  /** A v1 file nests 6 deep (envelope › data › kind › record › prompts › prompt); 64 leaves room for later versions. */
  depth: 64,
  /** uuids are 36 characters; test and hand-made ids stay far below this. */
  id: 100,
  /** Devices that ever revised one record: a few tablets, never dozens. */
  seenDevices: 64,
  /** A Lamport counter this high means a forged file; bounded so the local counter stays a safe integer. */
  rev: 1e12,
  /** Largest instant a Date can hold. */
  time: 8.64e15,
  /** Lists of ids or pauses inside one record. */
  list: 1_000,
  seat: 10_000,
  /** Fractional positions on the board stay far from the edges of double precision. */
  order: 1e12,
  dots: 100,
} as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Ids end up as keys elsewhere (indexes, counts by speaker…): names that reach a prototype are refused at the gate. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(FILE_LIMITS.id), v.check((s) => !RESERVED.has(s), 'Reserved name'));
const short = v.pipe(v.string(), v.maxLength(LIMITS.short));
const long = v.pipe(v.string(), v.maxLength(LIMITS.long));
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(FILE_LIMITS.time));
// Revisions start at 1 (nextRev of a fresh counter), so 0 is never a real revision.
const rev = v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(FILE_LIMITS.rev));
const order = v.pipe(v.number(), v.finite(), v.minValue(-FILE_LIMITS.order), v.maxValue(FILE_LIMITS.order));
const count = (max: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(max));
const list = <T extends v.GenericSchema>(item: T, max: number = FILE_LIMITS.list) => v.pipe(v.array(item), v.maxLength(max));
const phaseIndex = v.picklist([1, 2, 3, 4, 5]);

/**
 * Version vector. The key count is checked before any key is read, and valibot's `record` skips
 * `__proto__`, `constructor` and `prototype` keys, so a file cannot reach an object's prototype.
 */
const seen = v.pipe(
  v.custom<Record<string, unknown>>(
    (x) => isObject(x) && Object.keys(x).length <= FILE_LIMITS.seenDevices,
    `Expected an object of at most ${FILE_LIMITS.seenDevices} devices`,
  ),
  v.record(id, rev),
);

/** The mergeable base every kind shares (types.ts BaseRecord). */
const base = {
  id,
  sessionId: id,
  createdAt: time,
  updatedAt: time,
  rev,
  deviceId: id,
  seen,
  deleted: v.boolean(),
};

// `v.object` keeps only the keys listed here: unknown keys in a file are dropped, never stored.
const session = v.pipe(
  v.object({
    ...base,
    title: short,
    // Dates come from <input type="date"> as text; the report parses them defensively, so a free
    // bounded string is accepted rather than refusing a whole file over a date spelling.
    date: short,
    startTime: short,
    place: short,
    purpose: v.picklist(['ameliorer', 'tester']),
    objective: long,
    theme: short,
    themeSources: list(v.picklist(['enquetes', 'indicateurs', 'problemes']), 3),
    themeNote: long,
    audience: list(v.picklist(['usagers', 'agents', 'partenaires', 'elus']), 4),
    animateur: short,
    secretaire: short,
    superviseur: short,
    consentWording: long,
    status: v.picklist(['preparation', 'en_cours', 'terminee']),
    currentPhase: v.nullable(phaseIndex),
    plannedMinutes: count(LIMITS.phaseMinutes),
    dotsPerParticipant: count(FILE_LIMITS.dots),
    purgeAfter: short,
    startedAt: v.nullable(time),
    closedAt: v.nullable(time),
    returnDate: short,
    anonymised: v.boolean(),
    // '' when the séance stands alone or mirrors none; otherwise an id like any other.
    demarcheId: v.union([v.literal(''), id]),
    mirrorOf: v.union([v.literal(''), id]),
  }),
  // A séance owns itself: its sessionId is its id (ARCHITECTURE, "Data").
  v.forward(
    v.partialCheck([['id'], ['sessionId']], (s) => s.id === s.sessionId, 'A session record must have sessionId equal to its id'),
    ['sessionId'],
  ),
);

const participant = v.object({
  ...base,
  pseudonym: short,
  tags: list(v.pipe(v.string(), v.maxLength(LIMITS.tag)), LIMITS.tagsPerParticipant),
  seat: count(FILE_LIMITS.seat),
  consent: v.boolean(),
  consentAt: v.nullable(time),
  consentWording: long,
});

const prompt = v.object({ id, text: long, askedAt: v.nullable(time) });
const pause = v.object({ from: time, to: v.nullable(time) });

const phase = v.object({
  ...base,
  index: phaseIndex,
  title: short,
  plannedMinutes: count(LIMITS.phaseMinutes),
  prompts: list(prompt, LIMITS.promptsPerPhase),
  startedAt: v.nullable(time),
  endedAt: v.nullable(time),
  pauses: list(pause),
  skipped: list(id),
});

const turn = v.object({
  ...base,
  phase: phaseIndex,
  // A participant id or 'animateur': both are bounded non-empty strings.
  speaker: id,
  startedAt: time,
  endedAt: v.nullable(time),
});

const verbatim = v.object({
  ...base,
  phase: phaseIndex,
  speaker: id,
  speakerName: short,
  text: long,
  capturedAt: time,
  tags: list(v.picklist(['positif', 'negatif', 'idee', 'irritant', 'attente']), 5),
  key: v.boolean(),
  kind: v.picklist(['verbatim', 'note']),
});

const card = v.object({
  ...base,
  // A post-it made from a verbatim may carry the whole verbatim, so the long limit applies.
  text: long,
  kind: v.picklist(['irritant', 'attente', 'idee', 'positif']),
  polarity: v.picklist(['positive', 'negative', 'neutral']),
  groupId: v.nullable(id),
  order,
  sourceVerbatimId: v.nullable(id),
  onBehalfOf: v.nullable(id),
});

const group = v.object({ ...base, title: short, order });

const track = v.object({ ...base, title: short, description: long, groupIds: list(id), validated: v.boolean(), order });

const vote = v.object({ ...base, trackId: id, voter: v.nullable(id), method: v.picklist(['proxy', 'mains']) });

// Names, numbers and dates of a fiche action are short; its prose fields are long.
const action = v.object({
  ...base,
  trackId: v.nullable(id),
  number: short,
  title: short,
  engagements: list(v.picklist(ENGAGEMENTS), ENGAGEMENTS.length),
  theme: short,
  commitment: long,
  owner: short,
  contributors: long,
  start: short,
  plannedEnd: short,
  problem: long,
  objective: long,
  description: long,
  indicators: long,
});

const synthesis = v.object({
  ...base,
  section: v.picklist(['context', 'expectations', 'conduct', 'learnings', 'views', 'ideas', 'tracks', 'actions', 'nextSteps', 'restitution']),
  text: long,
});

// The plan d'actions followed after the séance (format version 4). Days are `YYYY-MM-DD` from date
// inputs, kept as bounded text like the séance's own date; values are finite numbers.
const day = short;
const value = v.pipe(v.number(), v.finite(), v.minValue(-1e15), v.maxValue(1e15));

const statusChange = v.object({ ...base, actionId: id, status: v.picklist(['prevue', 'en_cours', 'terminee', 'abandonnee']), on: day, reason: long });

const milestone = v.object({ ...base, actionId: id, title: short, due: day, doneOn: day });

const indicator = v.object({
  ...base,
  actionId: id,
  name: short,
  unit: short,
  baselineValue: v.nullable(value),
  baselineOn: day,
  targetValue: v.nullable(value),
  targetOn: day,
});

const measure = v.object({ ...base, indicatorId: id, actionId: id, value, on: day });

const followUp = v.object({ ...base, actionId: id, on: day, text: long });

// Above the séance (format version 5). A démarche owns itself, like a séance record.
const demarche = v.pipe(
  v.object({
    ...base,
    title: short,
    thematique: short,
    engagements: list(v.picklist(ENGAGEMENTS), ENGAGEMENTS.length),
    periodStart: day,
    periodEnd: day,
    pilote: short,
  }),
  v.forward(
    v.partialCheck([['id'], ['sessionId']], (d) => d.id === d.sessionId, 'A démarche record must have sessionId equal to its id'),
    ['sessionId'],
  ),
);

const theme = v.object({ ...base, title: short, order });

const themeLink = v.object({ ...base, groupId: id, groupSessionId: id, themeId: v.union([v.literal(''), id]) });

type Unbrand<T> = T extends { readonly __brand: string } ? string : T extends readonly (infer U)[] ? Unbrand<U>[] : T extends object ? { [K in keyof T]: Unbrand<T[K]> } : T;

// One schema per kind: a kind added to RecordKinds without its schema fails `tsc` here.
const raw = {
  sessions: session,
  participants: participant,
  phases: phase,
  turns: turn,
  verbatims: verbatim,
  cards: card,
  groups: group,
  tracks: track,
  votes: vote,
  actions: action,
  syntheses: synthesis,
  statusChanges: statusChange,
  milestones: milestone,
  indicators: indicator,
  measures: measure,
  followUps: followUp,
  demarches: demarche,
  themes: theme,
  themeLinks: themeLink,
} satisfies { [K in Kind]: v.GenericSchema<unknown, Unbrand<RecordKinds[K]>> };

/** Branded ids are plain strings in a file: the schema's output is the domain type once validated. */
export const RECORD_SCHEMAS = raw as unknown as { [K in Kind]: v.GenericSchema<unknown, RecordKinds[K]> };

// Compile-time proof that each schema's output is exactly its domain type (brands aside): a field
// added to types.ts without its schema, or the reverse, fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Exact = { [K in Kind]: Same<Unbrand<v.InferOutput<(typeof raw)[K]>>, Unbrand<RecordKinds[K]>> };
const exact: Exact = { sessions: true, participants: true, phases: true, turns: true, verbatims: true, cards: true, groups: true, tracks: true, votes: true, actions: true, syntheses: true, statusChanges: true, milestones: true, indicators: true, measures: true, followUps: true, demarches: true, themes: true, themeLinks: true };
void exact;

export type RecordIssue = { path: string; message: string };

/** Validate one record of a kind: the typed record (unknown keys dropped) or the first issue's field path. */
export function parseRecord<K extends Kind>(kind: K, input: unknown): { ok: true; record: RecordKinds[K] } | { ok: false; issue: RecordIssue } {
  const schema: v.GenericSchema<unknown, RecordKinds[K]> = RECORD_SCHEMAS[kind];
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return { ok: true, record: result.output };
  const first = result.issues[0];
  return { ok: false, issue: { path: (first && v.getDotPath(first)) ?? '', message: first?.message ?? 'Invalid record' } };
}
