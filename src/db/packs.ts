// A séance read whole in one value: its records packed together, plus the few written since, so 5,000 verbatims cost one read, not 5,000.
import Dexie, { type Table, type Transaction } from 'dexie';
import { mapKinds, mapKindsAsync, type RecordSet } from '../domain/recordSet';
import { KINDS, type Kind, type RecordKinds, type SessionId } from '../domain/types';
import { getDb } from './connection';
import type { PackDirtyRow } from './packMarks';

/**
 * Why: Chromium's IndexedDB hands back each stored value on its own, about 45 µs apiece: the 5,000
 * verbatims of a big séance took 210–250 ms to read whatever the index, where one value holding them
 * all reads in 50–80 ms. A pack is a copy, never the truth: the records' own tables stay the only
 * thing written by the séance, merged and exported; a pack missing, stale or refused by a full disk
 * only makes a read slower.
 */
export interface PackRow {
  /** The scope packed: a séance (or any record's `sessionId`). */
  sessionId: SessionId;
  /** Every record of the scope when the pack was made, tombstones included. */
  records: RecordSet;
}

export const PACK_TABLES = ['packs', 'packDirty'] as const;

/** Beyond this many records written since the pack, it is made again when nothing is being run. */
export const REPACK_AFTER = 200;

type Tables = { packs: Table<PackRow, string>; packDirty: Table<PackDirtyRow, string> };
const tablesOf = (source: Transaction): Tables => ({ packs: source.table('packs'), packDirty: source.table('packDirty') });

const dirtyOf = (t: Tables, sessionId: SessionId) => t.packDirty.where('sessionId').equals(sessionId);

/**
 * The kinds wanted as runs of neighbours in key order: their marks are read one range per run (a single range
 * for every kind), and a live query reading them is not woken by writes of a kind left out (a synthesis typed).
 */
function kindRuns(wanted: ReadonlySet<Kind>): [Kind, Kind][] {
  const sorted = [...KINDS].sort();
  const runs: [Kind, Kind][] = [];
  let start: Kind | null = null;
  sorted.forEach((kind, i) => {
    if (wanted.has(kind) && start === null) start = kind;
    if (start !== null && (!wanted.has(sorted[i + 1]!) || i === sorted.length - 1)) {
      runs.push([start, kind]);
      start = null;
    }
  });
  return runs;
}

async function marksOf(t: Tables, sessionId: SessionId, wanted: ReadonlySet<Kind>): Promise<PackDirtyRow[]> {
  const ranges = kindRuns(wanted).map(([from, to]) => t.packDirty.where('[sessionId+kind]').between([sessionId, from], [sessionId, to], true, true).toArray());
  return (await Promise.all(ranges)).flat();
}

/** Every record of one scope read table by table, through the sessionId index: the truth, and the slow way. */
function readEach(source: Transaction, sessionId: SessionId): Promise<RecordSet> {
  return mapKindsAsync((kind) => (source.table(kind) as Table<RecordKinds[typeof kind], string>).where('sessionId').equals(sessionId).toArray());
}

export interface PackedRead {
  records: RecordSet;
  /** Records read on top of the pack, or null when there was no pack (everything read table by table). */
  dirty: number | null;
}

/**
 * Every record of `sessionId`, tombstones included, in one snapshot: the pack, then the records written
 * since read from their tables (a record gone from its table is gone from the result). Kinds left out of
 * `kinds` come empty and are not watched by a live query. Lists and records come frozen, as live queries
 * give them (see createDb).
 */
export async function packedRecordsOf(sessionId: SessionId, kinds: readonly Kind[] = KINDS): Promise<PackedRead> {
  return (await packedRecordsOfMany([sessionId], kinds))[0]!;
}

/** `packedRecordsOf` for several scopes in one transaction (a démarche's séances): one snapshot, one wait. */
export async function packedRecordsOfMany(sessionIds: readonly SessionId[], kinds: readonly Kind[] = KINDS): Promise<PackedRead[]> {
  const db = getDb();
  const wanted = new Set(kinds);
  return db.transaction('r', [...KINDS.map((k) => db.table(k)), ...PACK_TABLES.map((t) => db.table(t))], (tx) =>
    Promise.all(sessionIds.map((sessionId) => readScope(tx, sessionId, wanted))),
  );
}

async function readScope(tx: Transaction, sessionId: SessionId, wanted: ReadonlySet<Kind>): Promise<PackedRead> {
  const t = tablesOf(tx);
  const pack = await t.packs.get(sessionId);
  if (!pack) {
    const each = await mapKindsAsync((kind) => (wanted.has(kind) ? (tx.table(kind) as Table<RecordKinds[typeof kind], string>).where('sessionId').equals(sessionId).toArray() : Promise.resolve([])));
    return { records: freeze(each), dirty: null };
  }
  const byKind = new Map<Kind, string[]>();
  for (const m of await marksOf(t, sessionId, wanted)) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m.id]);
  const fresh = new Map<Kind, Map<string, RecordKinds[Kind] | undefined>>();
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const rows = (await tx.table(kind).bulkGet(ids)) as (RecordKinds[Kind] | undefined)[];
      fresh.set(kind, new Map(ids.map((id, i) => [id, rows[i]])));
    }),
  );
  const records = mapKinds((kind) => {
    if (!wanted.has(kind)) return [];
    const packed = pack.records[kind] ?? [];
    const changed = fresh.get(kind);
    if (!changed) return packed;
    const now = [...changed.values()].filter((r): r is RecordKinds[typeof kind] => r !== undefined);
    return [...packed.filter((r) => !changed.has(r.id)), ...now];
  });
  return { records: freeze(records), dirty: [...fresh.values()].reduce((n, m) => n + m.size, 0) };
}

const queued = new Set<SessionId>();

/**
 * After a whole-séance read that found no pack, or too many records on top of it: pack it again once
 * the screen is idle, unless the séance is being run (its writes would wait behind the repack).
 */
export function repackLater(sessionId: SessionId, read: PackedRead): void {
  if (read.dirty !== null && read.dirty <= REPACK_AFTER) return;
  if (read.records.sessions.some((s) => s.status === 'en_cours') || queued.has(sessionId)) return;
  queued.add(sessionId);
  const run = () =>
    // Outside whatever live query asked: the repack is a transaction of its own.
    Dexie.ignoreTransaction(() => repack(sessionId)).finally(() => queued.delete(sessionId));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void run(), { timeout: 5_000 });
  else setTimeout(() => void run(), 1_000);
}

/** Pack `sessionId` again from its tables and forget its marks, in one transaction. False when the disk refused it. */
export async function repack(sessionId: SessionId): Promise<boolean> {
  const db = getDb();
  try {
    await db.transaction('rw', [...KINDS.map((k) => db.table(k)), ...PACK_TABLES.map((t) => db.table(t))], async (tx) => {
      const t = tablesOf(tx);
      const records = await readEach(tx, sessionId);
      if (records.sessions.length === 0) await t.packs.delete(sessionId);
      else await t.packs.put({ sessionId, records });
      await dirtyOf(t, sessionId).delete();
    });
    return true;
  } catch {
    // A pack is only a faster read: a full disk or a closed database leaves the tables as they were.
    return false;
  }
}

/** Store `records` (every record of their scope, just written in `tx`) as the scope's pack: an import of a séance new here. */
export async function packWritten(tx: Transaction, sessionId: SessionId, records: RecordSet): Promise<void> {
  await tablesOf(tx).packs.put({ sessionId, records });
}

/** Forget the packs and marks of erased scopes (or of all), in the erasing transaction. */
export async function dropPacks(tx: Transaction, sessionIds: readonly SessionId[] | 'all'): Promise<void> {
  const t = tablesOf(tx);
  if (sessionIds === 'all') {
    await Promise.all([t.packs.clear(), t.packDirty.clear()]);
    return;
  }
  for (const id of sessionIds) await Promise.all([t.packs.delete(id), dirtyOf(t, id).delete()]);
}

function freeze(records: RecordSet): RecordSet {
  for (const kind of KINDS) {
    for (const r of records[kind]) Object.freeze(r);
    Object.freeze(records[kind]);
  }
  return records;
}
