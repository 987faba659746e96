// The import reading pipeline, pure: text → size cap → JSON → envelope guard → migrations → records checked one by one.
import * as v from 'valibot';
import { scopeOf } from '../domain/kinds';
import { LIMITS } from '../domain/limits';
import { mapKinds, type RecordSet } from '../domain/recordSet';
import type { BaseRecord, Kind, RecordKinds } from '../domain/types';
import { FORMAT, FORMAT_VERSION, sortById, type Envelope } from './envelope';
import { MIGRATIONS, MigrationError, migrate, type Migration } from './migrations';
import { FILE_LIMITS, parseRecord } from './schema';
import { nestingExceeds, utf8Length } from './textGuards';

/** Why a file was refused: typed, so the UI can say it in French and name the kind, record and field. */
export type ReadError =
  | { code: 'tooBig'; max: number }
  | { code: 'tooDeep'; max: number }
  | { code: 'notJson'; message: string }
  | { code: 'notCercle' }
  | { code: 'newerVersion'; version: number; current: number }
  | { code: 'badEnvelope'; path: string; message: string }
  | { code: 'migrationFailed'; migration?: string; message: string }
  | { code: 'tooMany'; kind: Kind; count: number; max: number }
  | { code: 'badRecord'; kind: Kind; index: number; id?: string; path: string; message: string }
  | { code: 'duplicateId'; kind: Kind; id: string; indexes: [number, number] };

/** What was accepted but deserves a line in the preview. */
export type ReadWarning =
  /** Records of a séance (or a démarche) that is neither in the file nor on this tablet: set aside, counted per kind. */
  | { code: 'unknownSession'; sessionId: string; counts: Partial<Record<Kind, number>> }
  /** An anonymised file about a séance this tablet holds: merging it would overwrite names with P1…Pn. */
  | { code: 'anonymisedKnownSession'; sessionId: string };

export type ReadResult =
  | { ok: true; envelope: Envelope; fromVersion: number; migrated: string[]; warnings: ReadWarning[] }
  | { ok: false; error: ReadError };

export interface ReadOptions {
  maxBytes?: number;
  currentFormatVersion?: number;
  /** Séances already on this tablet (tombstoned ones included): their records are not orphans. */
  knownSessionIds?: Iterable<string>;
  /** Démarches already on this tablet (tombstoned ones included): their themes and links are not orphans. */
  knownDemarcheIds?: Iterable<string>;
  /** Known séances held here only anonymised: an anonymised file about them overwrites no name. */
  anonymisedSessionIds?: Iterable<string>;
  maxRecordsPerKind?: number;
  maxDepth?: number;
  /** Only tests pass another list; it must reach currentFormatVersion. */
  migrations?: readonly Migration[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const envelopeSchema = v.object({
  format: v.literal(FORMAT),
  formatVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(LIMITS.short)),
  exportedAt: v.pipe(v.string(), v.maxLength(LIMITS.short)),
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(FILE_LIMITS.id)),
  anonymised: v.boolean(),
  data: v.custom<Record<string, unknown>>(isObject, 'Expected an object of record lists'),
});

function fail(error: ReadError): ReadResult {
  return { ok: false, error };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: ReadError } {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    // An engine whose parser recurses overflows its stack on deep input: that is depth, not syntax.
    if (error instanceof RangeError) return { ok: false, error: { code: 'tooDeep', max: FILE_LIMITS.depth } };
    return { ok: false, error: { code: 'notJson', message: error instanceof Error ? error.message : String(error) } };
  }
}

export function readExport(text: string, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? FILE_LIMITS.maxBytes;
  const current = opts.currentFormatVersion ?? FORMAT_VERSION;
  const maxDepth = opts.maxDepth ?? FILE_LIMITS.depth;

  // A byte-order mark (Windows editors add one) is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // UTF-8 is never shorter than the string's length, so the first test avoids a scan of a huge text.
  if (text.length > maxBytes || utf8Length(text, maxBytes) > maxBytes) return fail({ code: 'tooBig', max: maxBytes });
  if (nestingExceeds(text, maxDepth)) return fail({ code: 'tooDeep', max: maxDepth });
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.error);
  const raw = parsed.value;

  if (!isObject(raw) || raw.format !== FORMAT) return fail({ code: 'notCercle' });
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return fail({ code: 'badEnvelope', path: 'formatVersion', message: 'Expected a whole number from 1' });
  }
  // Checked before any other field: a newer file may be shaped in ways this version cannot read.
  if (version > current) return fail({ code: 'newerVersion', version, current });

  let migrated: { file: Record<string, unknown>; ran: string[] };
  try {
    migrated = migrate(raw, version, opts.migrations ?? MIGRATIONS, current);
  } catch (error) {
    const e = error instanceof MigrationError ? error : new MigrationError(String(error));
    return fail({ code: 'migrationFailed', migration: e.migration, message: e.message });
  }

  const head = v.safeParse(envelopeSchema, migrated.file, { abortEarly: true });
  if (!head.success) {
    const issue = head.issues[0];
    return fail({ code: 'badEnvelope', path: (issue && v.getDotPath(issue)) ?? '', message: issue?.message ?? 'Invalid envelope' });
  }

  const records = readRecords(head.output.data, opts.maxRecordsPerKind ?? FILE_LIMITS.recordsPerKind);
  if (!records.ok) return fail(records.error);
  const known = new Set(opts.knownSessionIds ?? []);
  const { data, warnings } = setAsideOrphans(records.data, known, new Set(opts.knownDemarcheIds ?? []));
  if (head.output.anonymised) {
    const namesGone = new Set(opts.anonymisedSessionIds ?? []);
    for (const s of data.sessions) if (known.has(s.id) && !namesGone.has(s.id)) warnings.push({ code: 'anonymisedKnownSession', sessionId: s.id });
  }

  const envelope: Envelope = { ...head.output, format: FORMAT, formatVersion: current, data };
  return { ok: true, envelope, fromVersion: version, migrated: migrated.ran, warnings };
}

/** Validate every record of every kind; stop at the first problem so the message names exactly one. */
function readRecords(data: Record<string, unknown>, maxPerKind: number): { ok: true; data: RecordSet } | { ok: false; error: ReadError } {
  const failed: { error?: ReadError } = {};
  const out = mapKinds((kind) => {
    if (failed.error) return [];
    // A kind missing from the file is an empty list (a file of one séance's notes may omit some).
    const result = readKind(kind, has(data, kind) ? data[kind] : [], maxPerKind);
    if (result.ok) return result.records;
    failed.error = result.error;
    return [];
  });
  return failed.error ? { ok: false, error: failed.error } : { ok: true, data: out };
}

function readKind<K extends Kind>(kind: K, list: unknown, maxPerKind: number): { ok: true; records: RecordKinds[K][] } | { ok: false; error: ReadError } {
  if (!Array.isArray(list)) return { ok: false, error: { code: 'badEnvelope', path: `data.${kind}`, message: 'Expected a list of records' } };
  if (list.length > maxPerKind) return { ok: false, error: { code: 'tooMany', kind, count: list.length, max: maxPerKind } };
  const firstIndex = new Map<string, number>();
  const records: RecordKinds[K][] = [];
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    const result = parseRecord(kind, item);
    if (!result.ok) {
      const rawId = isObject(item) && typeof item.id === 'string' && item.id.length <= FILE_LIMITS.id ? item.id : undefined;
      return { ok: false, error: { code: 'badRecord', kind, index, ...(rawId === undefined ? {} : { id: rawId }), ...result.issue } };
    }
    const id = result.record.id;
    const seenAt = firstIndex.get(id);
    // Cercle never writes two revisions of one record in a file: a duplicate means a damaged or
    // hand-made file, and picking one silently could drop what someone typed.
    if (seenAt !== undefined) return { ok: false, error: { code: 'duplicateId', kind, id, indexes: [seenAt, index] } };
    firstIndex.set(id, index);
    records.push(result.record);
  }
  return { ok: true, records: sortById(records) };
}

/**
 * Records whose séance is neither in the file nor on this tablet would be stored where no screen
 * shows them: they are left out of the envelope and reported, counted per séance and kind. The
 * kinds above the séance are scoped to a démarche the same way (a theme of a démarche never seen),
 * and a record filed under the wrong kind of scope (a verbatim under a démarche) is an orphan too.
 */
function setAsideOrphans(data: RecordSet, known: ReadonlySet<string>, knownDemarches: ReadonlySet<string>): { data: RecordSet; warnings: ReadWarning[] } {
  const scopes = {
    seance: new Set([...data.sessions.map((s) => s.id), ...known]),
    demarche: new Set([...data.demarches.map((d) => d.id), ...knownDemarches]),
  };
  const orphans = new Map<string, Partial<Record<Kind, number>>>();
  const kept = (kind: Kind, r: BaseRecord): boolean => {
    // A séance or a démarche record owns itself (its sessionId is its id): it is never an orphan.
    if (kind === 'sessions' || kind === 'demarches' || scopes[scopeOf(kind)].has(r.sessionId)) return true;
    const counts = orphans.get(r.sessionId) ?? {};
    counts[kind] = (counts[kind] ?? 0) + 1;
    orphans.set(r.sessionId, counts);
    return false;
  };
  const out = mapKinds((kind) => data[kind].filter((r) => kept(kind, r)));
  const warnings: ReadWarning[] = [...orphans].map(([sessionId, counts]) => ({ code: 'unknownSession', sessionId, counts }));
  return { data: out, warnings };
}
