// Use cases: read files into a preview (nothing written), then apply them, with the person's choices, in one transaction.
import { deviceId } from '../db/connection';
import { mapKinds, type RecordSet } from '../domain/recordSet';
import { sessionById } from '../db/queries';
import { anonymisedSessionIds, demarcheIdsOnTablet, importRecords, localCounterparts, sessionIdsOnTablet } from '../db/transfer';
import { KINDS, type DemarcheId, type SessionId } from '../domain/types';
import { demarcheOffers, demarchesOfFile, findTwins, withoutKnownDemarches, withoutSeances, type Twin } from '../format/batch';
import { demarcheMoves, type DemarcheMove } from '../format/demarcheSettle';
import type { Envelope } from '../format/envelope';
import { mergeRecords, type Preview } from '../format/merge';
import { readExport, type ReadError, type ReadWarning } from '../format/read';
import { FILE_LIMITS } from '../format/schema';
import type { StatusConflict } from '../format/statusConflicts';
import { planImports, type Choices } from '../format/settle';
import { now } from '../platform/clock';
import { readTextFile } from '../platform/files';
import { demarcheTitles } from './importDemarches';
import { tracked } from './status';

/** Why a file is not imported: the reader's typed errors, plus what only this tablet can tell. */
export type ImportProblem =
  | ReadError
  | { code: 'unreadable' }
  /** An anonymised file about séances this tablet holds: it would overwrite real pseudonyms with P1…Pn. */
  | { code: 'anonymisedKnown'; titles: string[] };

export interface FileSession {
  id: SessionId;
  title: string;
  /** Not on this tablet yet: the import creates it. */
  isNew: boolean;
}

export interface ImportPreview {
  fileName: string;
  envelope: Envelope;
  /** Records of séances neither in the file nor here, set aside (counted per kind). */
  setAside: Extract<ReadWarning, { code: 'unknownSession' }>[];
  preview: Preview;
  /** Fiches whose status both tablets moved since they last met: which status is current is asked. */
  statusConflicts: StatusConflict[];
  sessions: FileSession[];
  /** The démarches its séances are in, as the file says ('' for a séance standing alone). */
  demarcheIds: (DemarcheId | '')[];
  /** « Rattacher à <the batch's démarche> » or « Garder à part » is asked: its séances are in another démarche, or none. */
  attachOffer: boolean;
  /** Séances in one démarche here that the file would put in another: which démarche keeps each is asked. */
  moves: DemarcheMove[];
}

export type Prepared = { ok: true; value: ImportPreview } | { ok: false; problem: ImportProblem };

/** One file read (nothing written): size cap → text → strict reading. */
interface ReadOne {
  fileName: string;
  envelope: Envelope;
  setAside: ImportPreview['setAside'];
}

/** What this tablet holds, read once for a whole batch. */
interface Here {
  sessions: ReadonlySet<string>;
  anonymised: ReadonlySet<string>;
  demarches: ReadonlySet<string>;
}

async function readOne(file: File, here: Here, earlier: RecordSet | null): Promise<{ ok: true; value: ReadOne } | { ok: false; problem: ImportProblem }> {
  const read = await readTextFile(file, FILE_LIMITS.maxBytes);
  if (!read.ok) return { ok: false, problem: read.reason === 'tooBig' ? { code: 'tooBig', max: FILE_LIMITS.maxBytes } : { code: 'unreadable' } };
  // Séances and démarches brought by an earlier file of the same batch count as known: that file creates them.
  const known = [...here.sessions, ...(earlier?.sessions.map((s) => s.id) ?? [])];
  const knownDemarches = [...here.demarches, ...(earlier?.demarches.map((d) => d.id) ?? [])];
  const result = readExport(read.text, { knownSessionIds: known, knownDemarcheIds: knownDemarches, anonymisedSessionIds: here.anonymised });
  if (!result.ok) return { ok: false, problem: result.error };
  // Held here with names, a séance is never overwritten by P1…Pn. One an earlier file of the batch brings
  // with names is a twin (format/batch.ts): the full file is kept, the anonymised one sets it aside.
  const namesHere = result.warnings.filter((w) => w.code === 'anonymisedKnownSession' && here.sessions.has(w.sessionId));
  if (namesHere.length > 0) {
    // This tablet's own titles: the file's may be anonymised beyond recognition.
    const titles = await Promise.all(namesHere.map(async (w) => (await sessionById(w.sessionId as SessionId))?.title ?? ''));
    return { ok: false, problem: { code: 'anonymisedKnown', titles } };
  }
  const setAside = result.warnings.filter((w): w is ImportPreview['setAside'][number] => w.code === 'unknownSession');
  return { ok: true, value: { fileName: file.name, envelope: result.envelope, setAside } };
}

/** Merge against this tablet's records as the files before it would leave them: what it really adds, and what it asks. */
async function previewOne(one: ReadOne, here: Here, earlier: RecordSet | null): Promise<ImportPreview> {
  const data = one.envelope.data;
  const counterparts = await localCounterparts(data);
  const base = earlier ? mergeRecords(counterparts, earlier).merged : counterparts;
  const { preview, statusConflicts, merged } = mergeRecords(base, data);
  const knownSet = new Set([...here.sessions, ...(earlier?.sessions.map((s) => s.id) ?? [])]);
  return {
    ...one,
    preview,
    statusConflicts,
    sessions: data.sessions.filter((s) => !s.deleted).map((s) => ({ id: s.id, title: s.title, isNew: !knownSet.has(s.id) })),
    demarcheIds: demarchesOfFile(data),
    attachOffer: false,
    moves: demarcheMoves(base, merged, data),
  };
}

/** Size cap → text → strict reading → merge against this tablet's records. Writes nothing. */
export async function prepareImport(file: File): Promise<Prepared> {
  const batch = await prepareImports([file]);
  const [value] = batch.files;
  if (value) return { ok: true, value };
  return { ok: false, problem: batch.refused[0]?.problem ?? { code: 'unreadable' } };
}

export interface ImportSummary {
  /** What the import did, per kind (computed inside the transaction, so it is what was written). */
  preview: Preview;
  /** Conflicts whose choice wrote a new revision, and copies made for "garder les deux". */
  settled: number;
  copies: number;
  sessions: FileSession[];
}

/**
 * Apply one file in ONE transaction. The merge is done again inside it, so a change made on this
 * tablet since the preview is merged too, never overwritten. `marker` separates two joined texts.
 */
export function applyImport(p: ImportPreview, choices: Choices, marker: string): Promise<ImportSummary> {
  const keyed = new Map([...choices].map(([key, choice]) => [batchChoiceKey(0, key), choice]));
  return applyImports({ files: [p], refused: [], twins: [], target: null, demarcheTitles: new Map() }, keyed, marker);
}

/** A file of a batch that is not imported, and why: the others go on without it. */
export interface RefusedFile {
  fileName: string;
  problem: ImportProblem;
}

/** Several files read together: the readable ones previewed one after the other, the refused ones named. */
export interface BatchPreview {
  files: ImportPreview[];
  refused: RefusedFile[];
  /** Séances both in an anonymised file and in a full one: the full one is kept, the anonymised file's records of it set aside. */
  twins: Twin[];
  /** Files of different démarches given together: the démarche the others may join (« Rattacher à … »). */
  target: DemarcheId | null;
  /** Every démarche the preview names (the files', this tablet's), by id: its title. */
  demarcheTitles: ReadonlyMap<string, string>;
}

/** Every record of several files, as one list per kind (the same id may come twice: readers take both). */
function unionOf(sets: readonly RecordSet[]): RecordSet {
  return mapKinds((kind) => sets.flatMap((set) => set[kind]));
}

const mergedWith = (before: RecordSet | null, data: RecordSet): RecordSet => (before ? mergeRecords(before, data).merged : data);

/**
 * Read each file (nothing written); preview each against this tablet's records as the files before it
 * would leave them, so two files about the same séance show what each really adds. A refused file
 * does not stop the others. `into`: the démarche the import was started from, which files of another may join.
 */
export async function prepareImports(files: readonly File[], { into = null }: { into?: DemarcheId | null } = {}): Promise<BatchPreview> {
  const [sessions, anonymised, demarches] = await Promise.all([sessionIdsOnTablet(), anonymisedSessionIds(), demarcheIdsOnTablet()]);
  const here: Here = { sessions: new Set(sessions), anonymised: new Set(anonymised), demarches: new Set(demarches) };
  const read: ReadOne[] = [];
  const refused: RefusedFile[] = [];
  let before: RecordSet | null = null;
  for (const file of files) {
    const one = await readOne(file, here, before).catch(() => ({ ok: false as const, problem: { code: 'unreadable' as const } }));
    if (!one.ok) {
      refused.push({ fileName: file.name, problem: one.problem });
      continue;
    }
    read.push(one.value);
    before = mergedWith(before, one.value.envelope.data);
  }
  // The same séance anonymised in one file and with names in another: set aside from the anonymised one.
  const twins = findTwins(read.map((r) => ({ fileName: r.fileName, anonymised: r.envelope.anonymised, data: r.envelope.data })));
  const namedDemarches = new Set([...here.demarches, ...read.filter((r) => !r.envelope.anonymised).flatMap((r) => r.envelope.data.demarches.map((d) => d.id))]);
  for (const r of read) {
    if (!r.envelope.anonymised) continue;
    const mine = new Set(twins.filter((tw) => tw.anonymised === r.fileName).map((tw) => tw.sessionId as string));
    r.envelope = { ...r.envelope, data: withoutKnownDemarches(withoutSeances(r.envelope.data, mine), namedDemarches) };
  }
  const previews: ImportPreview[] = [];
  before = null;
  for (const r of read) {
    previews.push(await previewOne(r, here, before));
    before = mergedWith(before, r.envelope.data);
  }
  const offers = demarcheOffers(previews.map((p) => p.envelope.data), into);
  offers?.offers.forEach((offer, i) => (previews[i]!.attachOffer = offer));
  const target = offers?.target ?? null;
  return { files: previews, refused, twins, target, demarcheTitles: await demarcheTitles(previews, target) };
}

/** Choices are made per file: a record may be in conflict in two files of one batch. */
export const batchChoiceKey = (file: number, key: string): string => `${file}|${key}`;

function choicesOf(file: number, choices: Choices): Choices {
  const prefix = `${file}|`;
  const mine = new Map<string, ReturnType<Choices['get']> & string>();
  for (const [key, choice] of choices) if (key.startsWith(prefix)) mine.set(key.slice(prefix.length), choice);
  return mine;
}

/** The counts of several plans added up, and every conflict listed: what the batch did, as one summary. */
function sumPreviews(previews: readonly Preview[]): Preview {
  const out = mergeRecords({}, {}).preview;
  for (const p of previews)
    for (const kind of KINDS) {
      const to = out[kind];
      const from = p[kind];
      to.new += from.new;
      to.updated += from.updated;
      to.unchanged += from.unchanged;
      to.deleted += from.deleted;
      (to.conflicts as unknown[]).push(...from.conflicts);
    }
  return out;
}

/**
 * Apply every readable file of a batch in ONE transaction, each merged after the ones before it.
 * `attach`: the files (by index) whose séances join the batch's démarche (« Rattacher à … »).
 */
export async function applyImports(batch: BatchPreview, choices: Choices, marker: string, attach: ReadonlySet<number> = new Set()): Promise<ImportSummary> {
  const key = batch.files.map((f) => `${f.envelope.deviceId}:${f.envelope.exportedAt}`).join(',');
  return tracked(`import:${key}`, async () => {
    const data = batch.files.map((f) => f.envelope.data);
    const perFile = batch.files.map((_f, i) => choicesOf(i, choices));
    const target = batch.target;
    const attachTo = batch.files.map((f, i) => (target && f.attachOffer && attach.has(i) ? target : null));
    const plan = await importRecords(unionOf(data), (local, clock) => planImports(local, data, perFile, { now: now(), deviceId: deviceId(), clock }, marker, attachTo));
    const seen = new Set<string>();
    const sessions = batch.files.flatMap((f) => f.sessions).filter((s) => !seen.has(s.id) && seen.add(s.id));
    return {
      preview: sumPreviews(plan.files.map((p) => p.merge.preview)),
      settled: plan.files.reduce((n, p) => n + p.settled, 0),
      copies: plan.files.reduce((n, p) => n + p.copies, 0),
      sessions,
    };
  });
}
