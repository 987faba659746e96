// Use cases: read a file into a preview (nothing written), then apply it, with the person's choices, in one transaction.
import { deviceId } from '../db/connection';
import { sessionById } from '../db/queries';
import { importRecords, localCounterparts, sessionIdsOnTablet } from '../db/transfer';
import type { SessionId } from '../domain/types';
import type { Envelope } from '../format/envelope';
import { mergeRecords, type Preview } from '../format/merge';
import { readExport, type ReadError, type ReadWarning } from '../format/read';
import { FILE_LIMITS } from '../format/schema';
import type { StatusConflict } from '../format/statusConflicts';
import { planImport, type Choices } from '../format/settle';
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
export async function prepareImport(file: File): Promise<Prepared> {
  const read = await readTextFile(file, FILE_LIMITS.maxBytes);
  if (!read.ok) return { ok: false, problem: read.reason === 'tooBig' ? { code: 'tooBig', max: FILE_LIMITS.maxBytes } : { code: 'unreadable' } };
  const known = await sessionIdsOnTablet();
  const result = readExport(read.text, { knownSessionIds: known });
  if (!result.ok) return { ok: false, problem: result.error };
  const anonymisedKnown = result.warnings.filter((w) => w.code === 'anonymisedKnownSession');
  if (anonymisedKnown.length > 0) {
    // This tablet's own titles: the file's may be anonymised beyond recognition.
    const titles = await Promise.all(anonymisedKnown.map(async (w) => (await sessionById(w.sessionId as SessionId))?.title ?? ''));
    return { ok: false, problem: { code: 'anonymisedKnown', titles } };
  }
  const data = result.envelope.data;
  const { preview, statusConflicts } = mergeRecords(await localCounterparts(data), data);
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
 * Apply the file in ONE transaction. The merge is done again inside it, so a change made on this
 * tablet since the preview is merged too, never overwritten. `marker` separates two joined texts.
 */
export async function applyImport(p: ImportPreview, choices: Choices, marker: string): Promise<ImportSummary> {
  return tracked(`import:${p.envelope.deviceId}:${p.envelope.exportedAt}`, async () => {
    const data = p.envelope.data;
    const plan = await importRecords(data, (local, clock) => planImport(local, data, choices, { now: now(), deviceId: deviceId(), clock }, marker));
    return { preview: plan.merge.preview, settled: plan.settled, copies: plan.copies, sessions: p.sessions };
  });
}
