// Records grouped by kind, and the typed way to make such a group kind by kind (kept apart from the kinds table, which the first screen does not need).
import { KINDS, type Kind, type RecordKinds } from './types';

/** Every record of a file or a database, by kind. */
export type RecordSet = { [K in Kind]: RecordKinds[K][] };

/** The kinds above the séance: their records' `sessionId` is a démarche's id (see kinds.ts `scope`). */
export type DemarcheKind = 'demarches' | 'themes' | 'themeLinks';

/** Every record of one séance as the report reads it: the séance itself, and every other kind of the séance (tombstones included). */
export type ReportInput = Omit<RecordSet, 'sessions' | DemarcheKind> & { session: RecordKinds['sessions'] };

/**
 * A record set made kind by kind, `make` getting each kind with its own record type: generic code
 * over every kind (an empty set, a merge, a read per table) without a cast at each use, and a kind
 * added to RecordKinds is handled wherever this is used. (Only record lists: TypeScript checks a
 * generic kind's `RecordKinds[K][]` against its key, not an arbitrary `T[K]`.)
 */
export function mapKinds(make: <K extends Kind>(kind: K) => RecordKinds[K][]): RecordSet {
  // The one place a record set is assembled key by key: KINDS lists every kind, so every key is there.
  return Object.fromEntries(KINDS.map((kind) => [kind, make(kind)])) as RecordSet;
}

/** `mapKinds` for work that waits (a table read per kind): the kinds run together. */
export async function mapKindsAsync(make: <K extends Kind>(kind: K) => Promise<RecordKinds[K][]>): Promise<RecordSet> {
  const entries = await Promise.all(KINDS.map(async (kind) => [kind, await make(kind)] as const));
  return Object.fromEntries(entries) as RecordSet;
}
