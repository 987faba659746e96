// The reads of Cercle written once over a source of tables: the screens' (whole database) and an action's (its transaction).
import Dexie, { type Table } from 'dexie';
import { bySeat } from '../domain/participants';
import { mapKindsAsync, type RecordSet } from '../domain/recordSet';
import type { Kind, Participant, Phase, RecordKinds, Session, SessionId, Turn, Verbatim } from '../domain/types';

/** Where a reader finds a kind's table: the open database, or only the tables a transaction named. */
export type TableSource = <K extends Kind>(kind: K) => Table<RecordKinds[K], string>;

/** Every read the app makes, bound to one source of tables. */
export function readerOver(table: TableSource) {
  async function recordsOf<K extends Kind>(kind: K, sessionId: SessionId, withDeleted = false): Promise<RecordKinds[K][]> {
    const rows = await table(kind).where('sessionId').equals(sessionId).toArray();
    return withDeleted ? rows : rows.filter((r) => !r.deleted);
  }

  /** The most recent turns, newest first, read through the [sessionId+startedAt] index (fast with thousands). */
  async function latestTurns(sessionId: SessionId, limit: number): Promise<Turn[]> {
    const rows = await table('turns')
      .where('[sessionId+startedAt]')
      .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
      .reverse()
      .limit(limit)
      .toArray();
    return rows.filter((t) => !t.deleted);
  }

  return {
    /** One record by id, tombstone or not. */
    get: <K extends Kind>(kind: K, id: string): Promise<RecordKinds[K] | undefined> => table(kind).get(id),
    recordsOf,
    latestTurns,

    async sessionById(id: SessionId): Promise<Session | undefined> {
      const s = await table('sessions').get(id);
      return s && !s.deleted ? s : undefined;
    },

    async participantsOf(sessionId: SessionId): Promise<Participant[]> {
      return bySeat(await recordsOf('participants', sessionId));
    },

    async phasesOf(sessionId: SessionId): Promise<Phase[]> {
      return (await recordsOf('phases', sessionId)).sort((a, b) => a.index - b.index);
    },

    /** The latest `limit` verbatims in capture order, read through the index so 5,000 cost no more than 200. */
    async latestVerbatims(sessionId: SessionId, limit: number): Promise<{ verbatims: Verbatim[]; more: boolean }> {
      // One row past the page says whether older ones exist, without counting thousands.
      const rows = await table('verbatims')
        .where('[sessionId+capturedAt]')
        .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
        .reverse()
        .limit(limit + 1)
        .toArray();
      return { verbatims: rows.slice(0, limit).filter((v) => !v.deleted).reverse(), more: rows.length > limit };
    },

    /** The latest captured verbatim (tombstones included: their place in time stays taken). */
    latestVerbatim(sessionId: SessionId): Promise<Verbatim | undefined> {
      return table('verbatims')
        .where('[sessionId+capturedAt]')
        .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
        .last();
    },

    /** The turn in progress, if any: at most one is open, and it is the latest started. */
    async openTurnOf(sessionId: SessionId): Promise<Turn | undefined> {
      return (await latestTurns(sessionId, 8)).find((t) => t.endedAt === null);
    },

    /** Every séance attached to a démarche, deleted ones included. No index on demarcheId: a tablet holds hundreds of séances at most. */
    sessionsOfDemarche(id: string): Promise<Session[]> {
      return table('sessions')
        .filter((s) => s.demarcheId === id)
        .toArray();
    },

    /** Every record of the given séances (or of all), tombstones included. */
    recordsOfSessions(ids: readonly SessionId[] | 'all'): Promise<RecordSet> {
      return mapKindsAsync((kind) => (ids === 'all' ? table(kind).toArray() : table(kind).where('sessionId').anyOf([...ids]).toArray()));
    },
  };
}

export type Reader = ReturnType<typeof readerOver>;

/**
 * A reader that sees only the tables its transaction named: `Transaction.table` throws NotFoundError
 * for any other, so a body reading a kind it forgot to list fails at once instead of reading outside
 * the transaction.
 */
export function readerIn(tx: { table(name: string): Table }): Reader {
  return readerOver((kind) => tx.table(kind));
}
