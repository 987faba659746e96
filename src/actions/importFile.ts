// Use cases: read a file into a preview (nothing written), then apply it, with the person's choices, in one transaction.
import { deviceId } from '../db/connection';
import { mapKinds, type RecordSet } from '../domain/recordSet';
import { sessionById } from '../db/queries';
import { anonymisedSessionIds, importRecords, localCounterparts, sessionIdsOnTablet } from '../db/transfer';
import { KINDS, type SessionId } from '../domain/types';
import type { Envelope } from '../format/envelope';
import { mergeRecords, type Preview } from '../format/merge';
import { readExport, type ReadError, type ReadWarning } from '../format/read';
import { FILE_LIMITS } from '../format/schema';
import type { StatusConflict } from '../format/statusConflicts';
import { planImports, type Choices } from '../format/settle';
import { now } from '../platform/clock';
import { readTextFile } from '../platform/files';
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
}

export type Prepared = { ok: true; value: ImportPreview } | { ok: false; problem: ImportProblem };

/** Size cap → text → strict reading → merge against this tablet's records. Writes nothing. */
export async function prepareImport(file: File, earlier: RecordSet | null = null): Promise<Prepared> {
  const read = await readTextFile(file, FILE_LIMITS.maxBytes);
  if (!read.ok) return { ok: false, problem: read.reason === 'tooBig' ? { code: 'tooBig', max: FILE_LIMITS.maxBytes } : { code: 'unreadable' } };
  // Séances brought by an earlier file of the same batch count as known: that file creates them.
  const known = [...(await sessionIdsOnTablet()), ...(earlier?.sessions.map((s) => s.id) ?? [])];
  const anonymised = [...(await anonymisedSessionIds()), ...(earlier?.sessions.filter((s) => s.anonymised).map((s) => s.id) ?? [])];
  const result = readExport(read.text, { knownSessionIds: known, anonymisedSessionIds: anonymised });
  if (!result.ok) return { ok: false, problem: result.error };
  const anonymisedKnown = result.warnings.filter((w) => w.code === 'anonymisedKnownSession');
  if (anonymisedKnown.length > 0) {
    // This tablet's own titles: the file's may be anonymised beyond recognition.
    const titles = await Promise.all(
      anonymisedKnown.map(async (w) => (await sessionById(w.sessionId as SessionId))?.title ?? earlier?.sessions.find((s) => s.id === w.sessionId)?.title ?? ''),
    );
    return { ok: false, problem: { code: 'anonymisedKnown', titles } };
  }
  const data = result.envelope.data;
  const here = await localCounterparts(data);
  const { preview, statusConflicts } = mergeRecords(earlier ? mergeRecords(here, earlier).merged : here, data);
  const knownSet = new Set(known);
  return {
    ok: true,
    value: {
      fileName: file.name,
      envelope: result.envelope,
      setAside: result.warnings.filter((w): w is ImportPreview['setAside'][number] => w.code === 'unknownSession'),
      preview,
      statusConflicts,
      sessions: data.sessions.filter((s) => !s.deleted).map((s) => ({ id: s.id, title: s.title, isNew: !knownSet.has(s.id) })),
    },
  };
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
  return applyImports({ files: [p], refused: [] }, keyed, marker);
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
}

/** Every record of several files, as one list per kind (the same id may come twice: readers take both). */
function unionOf(sets: readonly RecordSet[]): RecordSet {
  return mapKinds((kind) => sets.flatMap((set) => set[kind]));
}

/**
 * Read each file (nothing written); preview each against this tablet's records as the files before it
 * would leave them, so two files about the same séance show what each really adds. A refused file
 * does not stop the others.
 */
export async function prepareImports(files: readonly File[]): Promise<BatchPreview> {
  const batch: BatchPreview = { files: [], refused: [] };
  let before: RecordSet | null = null;
  for (const file of files) {
    const one: Prepared = await prepareImport(file, before).catch((): Prepared => ({ ok: false, problem: { code: 'unreadable' } }));
    if (!one.ok) {
      batch.refused.push({ fileName: file.name, problem: one.problem });
      continue;
    }
    batch.files.push(one.value);
    before = before ? mergeRecords(before, one.value.envelope.data).merged : one.value.envelope.data;
  }
  return batch;
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

/** Apply every readable file of a batch in ONE transaction, each merged after the ones before it. */
export async function applyImports(batch: BatchPreview, choices: Choices, marker: string): Promise<ImportSummary> {
  const key = batch.files.map((f) => `${f.envelope.deviceId}:${f.envelope.exportedAt}`).join(',');
  return tracked(`import:${key}`, async () => {
    const data = batch.files.map((f) => f.envelope.data);
    const perFile = batch.files.map((_f, i) => choicesOf(i, choices));
    const plan = await importRecords(unionOf(data), (local, clock) => planImports(local, data, perFile, { now: now(), deviceId: deviceId(), clock }, marker));
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
