// The single write path: one Dexie transaction per action, Lamport counter persisted with the records.
import { createRecord, reviseRecord, type Stamp } from '../domain/records';
import type { BaseRecord, Fields, Kind, RecordKinds, SessionId } from '../domain/types';
import { now } from '../platform/clock';
import { ensurePersisted } from '../platform/storage';
import { deviceId, getDb } from './connection';
import { dirtyKey, type PackDirtyRow } from './packMarks';
import type { MetaRow } from './schema';
import { readerIn, type Reader } from './reads';

/** The `meta` row holding this tablet's Lamport counter (highest rev ever seen here). */
export const CLOCK_KEY = 'clock';

export interface Writer {
  /** Reads bound to this transaction: a kind it did not name throws instead of being read outside it. */
  readonly read: Reader;
  create<K extends Kind>(kind: K, id: RecordKinds[K]['id'], sessionId: SessionId, fields: Fields<RecordKinds[K]>): Promise<RecordKinds[K]>;
  revise<K extends Kind>(kind: K, record: RecordKinds[K], patch: Partial<Fields<RecordKinds[K]>> & { deleted?: boolean }): Promise<RecordKinds[K]>;
  /** Store a record exactly as given (imports); the counter is raised above its rev. */
  putAsIs<K extends Kind>(kind: K, record: RecordKinds[K]): Promise<void>;
  /** The time of this transaction: every record it writes shares it. */
  readonly now: number;
}

export type WriteErrorKind = 'quota' | 'closed' | 'failed';

export class WriteError extends Error {
  constructor(
    readonly kind: WriteErrorKind,
    cause: unknown,
  ) {
    super(`write failed: ${kind}`, { cause });
    this.name = 'WriteError';
  }
}

export function classifyWriteError(error: unknown): WriteErrorKind {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) return 'closed';
  return 'failed';
}

/**
 * Run `body` in one read-write transaction over `kinds`; every record revised gets the next Lamport rev.
 * `at` is the moment the person acted, when it differs from when the write runs (queued taps).
 */
export async function transact<T>(kinds: readonly Kind[], body: (w: Writer) => Promise<T>, at: number = now()): Promise<T> {
  const db = getDb();
  const tables = [...new Set(kinds)].map((k) => db.table(k));
  try {
    const result = await db.transaction('rw', [...tables, db.meta, db.table('packDirty')], async (tx) => {
      const meta = tx.table<MetaRow, string>('meta');
      const dirty = tx.table('packDirty');
      // The counter is asked for alongside the body's first reads, not before them: every request of a
      // transaction waits for the main thread to take its answer, and one fewer wait is felt on each Enter.
      let clock = 0;
      const counted = meta.get(CLOCK_KEY).then((row) => {
        clock = Math.max(clock, row?.value ?? 0);
      });
      const stamp = (): Stamp => ({ now: at, deviceId: deviceId(), clock });
      // Puts are sent without waiting for each answer: a transaction runs its requests in order, so a later read
      // still sees them, and a failed one fails the transaction. The answers are awaited once, at the end.
      const writes: Promise<unknown>[] = [];
      const put = <K extends Kind>(kind: K, record: RecordKinds[K]) => {
        clock = Math.max(clock, record.rev);
        const request = tx.table(kind).put(record);
        // The séance's pack (db/packs.ts) now lacks this revision: marked in the same transaction, so no read misses it.
        writes.push(request, dirty.put({ key: dirtyKey(record.sessionId, kind, record.id), sessionId: record.sessionId, kind, id: record.id } satisfies PackDirtyRow));
        return request;
      };
      const writer: Writer = {
        now: at,
        read: readerIn(tx),
        async create(kind, id, sessionId, fields) {
          await counted;
          const record = createRecord(id, sessionId, fields as Fields<BaseRecord>, stamp()) as RecordKinds[typeof kind];
          void put(kind, record).catch(() => undefined);
          return record;
        },
        async revise(kind, record, patch) {
          await counted;
          const next = reviseRecord(record as BaseRecord, patch as Partial<Fields<BaseRecord>>, stamp()) as RecordKinds[typeof kind];
          void put(kind, next).catch(() => undefined);
          return next;
        },
        async putAsIs(kind, record) {
          await put(kind, record);
        },
      };
      const value = await body(writer);
      await counted;
      writes.push(meta.put({ key: CLOCK_KEY, value: clock }));
      await Promise.all(writes);
      return value;
    });
    void ensurePersisted();
    return result;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(classifyWriteError(error), error);
  }
}

export async function lamportClock(): Promise<number> {
  return (await getDb().meta.get(CLOCK_KEY))?.value ?? 0;
}
