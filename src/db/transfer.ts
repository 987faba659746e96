// Files are the sync, storage side: whole séances read for an export, an import written as it is in one transaction.
import { mapKinds, mapKindsAsync, type RecordSet } from '../domain/recordSet';
import { KINDS, type DemarcheId, type Kind, type RecordKinds, type SessionId } from '../domain/types';
import { highestRevIn } from '../format/merge';
import { ensurePersisted } from '../platform/storage';
import type { Transaction } from 'dexie';
import { getDb } from './connection';
import { dirtyRows } from './packMarks';
import { packWritten } from './packs';
import { readerIn } from './reads';
import { tableOf } from './schema';
import { CLOCK_KEY, WriteError, classifyWriteError } from './write';

const kindTables = () => KINDS.map((k) => getDb().table(k));

/** Every record of the given séances (or of all), tombstones included, read in one snapshot. */
export async function recordsOfSessions(ids: readonly SessionId[] | 'all'): Promise<RecordSet> {
  return getDb().transaction('r', kindTables(), (tx) => readerIn(tx).recordsOfSessions(ids));
}

/**
 * One séance's records for its file, with its démarche's record (not the démarche's themes): a tablet
 * that receives the séance knows which démarche it belongs to, by its title.
 */
export async function recordsOfSeance(id: SessionId): Promise<RecordSet> {
  return getDb().transaction('r', kindTables(), async (tx) => {
    const reader = readerIn(tx);
    const records = await reader.recordsOfSessions([id]);
    const demarcheId = records.sessions.find((s) => s.id === id)?.demarcheId;
    const demarche = demarcheId ? await reader.get('demarches', demarcheId) : undefined;
    return demarche ? { ...records, demarches: [demarche] } : records;
  });
}

/**
 * A whole démarche for its file, tombstones included, read in one snapshot: its record, themes and links
 * (scoped by its id) and every record of every séance attached to it. (Kept out of db/reads.ts, which
 * the first screen loads.)
 */
export async function recordsOfDemarche(id: DemarcheId): Promise<RecordSet> {
  return getDb().transaction('r', kindTables(), async (tx) => {
    // No index on demarcheId: a tablet holds hundreds of séances at most, read in one pass.
    const seances = await tx
      .table<RecordKinds['sessions'], string>('sessions')
      .filter((s) => s.demarcheId === id)
      .primaryKeys();
    return mapKindsAsync((kind) => tx.table<RecordKinds[typeof kind], string>(kind).where('sessionId').anyOf([...seances, id]).toArray());
  });
}

/** Ids of every démarche stored here, deleted ones included (their themes are not orphans). */
export async function demarcheIdsOnTablet(): Promise<string[]> {
  return getDb().demarches.toCollection().primaryKeys();
}

/** The démarches of these ids stored here, to name them in an import's preview. */
export async function demarchesHere(ids: readonly string[]): Promise<RecordKinds['demarches'][]> {
  if (ids.length === 0) return [];
  return (await getDb().demarches.bulkGet([...ids])).filter((d): d is RecordKinds['demarches'] => d !== undefined);
}

/** Ids of every séance stored here, deleted ones included (their records are not orphans). */
export async function sessionIdsOnTablet(): Promise<string[]> {
  return getDb().sessions.toCollection().primaryKeys();
}

/** Ids of the séances stored here anonymised (in place, or from an anonymised file): no real name left to protect. */
export async function anonymisedSessionIds(): Promise<string[]> {
  return getDb().sessions.filter((s) => s.anonymised).primaryKeys();
}

/** This tablet's revision of each record the file also holds (same kind, same id). */
async function sameRecords(incoming: RecordSet): Promise<RecordSet> {
  const db = getDb();
  // One cursor over the primary key, not one request per id: on a tablet without the séance it
  // returns at once, where bulkGet of 10,000 ids took about half a second in Chromium.
  const same = <K extends Kind>(kind: K): Promise<RecordKinds[K][]> => {
    const ids = incoming[kind].map((r) => r.id);
    return ids.length === 0 ? Promise.resolve([]) : tableOf(db, kind).where(':id').anyOf(ids).toArray();
  };
  // One kind after the other: in Chromium the eleven cursors of a re-import run all at once took
  // twice as long (bench, the same 5.2 MB file again: 2.4 s against 1.2 s in turn).
  const lists = new Map<Kind, unknown[]>();
  for (const kind of KINDS) lists.set(kind, await same(kind));
  // A fiche's status is decided by its whole history: every step here of the fiches the file moved,
  // so the merge can tell when both sides moved one (format/statusConflicts.ts).
  const actionIds = [...new Set(incoming.statusChanges.map((s) => s.actionId))];
  if (actionIds.length > 0) {
    const sameIds = lists.get('statusChanges') as RecordKinds['statusChanges'][];
    const known = new Set(sameIds.map((s) => s.id));
    const others = (await db.statusChanges.where('actionId').anyOf(actionIds).toArray()).filter((s) => !known.has(s.id));
    lists.set('statusChanges', [...sameIds, ...others]);
  }
  return mapKinds((kind) => lists.get(kind) as RecordKinds[typeof kind][]);
}

/** The scopes (séances) of `put` of which this tablet holds no record at all yet: once written, `put` is all of them. */
async function scopesNewHere(put: RecordSet): Promise<Set<SessionId>> {
  const db = getDb();
  const scopes = new Set(KINDS.flatMap((kind) => put[kind].map((r) => r.sessionId)));
  const fresh = new Set<SessionId>();
  for (const scope of scopes) {
    let held = false;
    for (const kind of KINDS) if (!held) held = (await db.table(kind).where('sessionId').equals(scope).limit(1).primaryKeys()).length > 0;
    if (!held) fresh.add(scope);
  }
  return fresh;
}

/**
 * A séance new here is packed as written (its later reads cost one value, not thousands); in any other,
 * each record written is marked so a pack made before reads it from its table (db/packs.ts).
 */
async function keepPacks(tx: Transaction, put: RecordSet, fresh: ReadonlySet<SessionId>): Promise<void> {
  for (const scope of fresh) await packWritten(tx, scope, mapKinds((kind) => put[kind].filter((r) => r.sessionId === scope)));
  const marks = KINDS.flatMap((kind) => dirtyRows(kind, put[kind].filter((r) => !fresh.has(r.sessionId))));
  if (marks.length > 0) await getDb().packDirty.bulkPut(marks);
}

/** For the preview: read outside any write, so choosing in the preview never holds a transaction open. */
export async function localCounterparts(incoming: RecordSet): Promise<RecordSet> {
  const db = getDb();
  return db.transaction('r', kindTables(), () => sameRecords(incoming));
}

export interface PlannedWrite {
  put: RecordSet;
  clock: number;
}

/**
 * Apply an import in ONE read-write transaction: this tablet's counterparts are read again inside it,
 * `plan` (pure, synchronous) decides what to store, records are stored exactly as planned and the
 * Lamport counter is raised to at least every rev of the file and of what was written. Any failure
 * aborts the whole transaction: nothing is half-applied.
 */
export async function importRecords<P extends PlannedWrite>(incoming: RecordSet, plan: (local: RecordSet, clock: number) => P): Promise<P> {
  const db = getDb();
  try {
    const result = await db.transaction('rw', [...kindTables(), db.meta, db.packs, db.packDirty], async (tx) => {
      const local = await sameRecords(incoming);
      const clock = (await db.meta.get(CLOCK_KEY))?.value ?? 0;
      const planned = plan(local, clock);
      const fresh = await scopesNewHere(planned.put);
      for (const kind of KINDS) {
        const list = planned.put[kind];
        if (list.length > 0) await db.table(kind).bulkPut(list);
      }
      await keepPacks(tx, planned.put, fresh);
      const next = Math.max(clock, planned.clock, highestRevIn(planned.put), highestRevIn(incoming));
      if (next !== clock) await db.meta.put({ key: CLOCK_KEY, value: next });
      return planned;
    });
    void ensurePersisted();
    return result;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(classifyWriteError(error), error);
  }
}
