// The mark the write path leaves on each record it stores, so a séance's pack (db/packs.ts) is read with it: kept apart, the first screen writes without loading packs.
import type { Kind, SessionId } from '../domain/types';

/** A record written since its scope was packed: read from its own table on top of the pack. */
export interface PackDirtyRow {
  /** `dirtyKey(…)`: one mark per record, however often it is written. */
  key: string;
  sessionId: SessionId;
  kind: Kind;
  id: string;
}

/** The mark of one record (ids and kinds never hold a newline). */
export const dirtyKey = (sessionId: string, kind: Kind, id: string) => `${sessionId}\n${kind}\n${id}`;

/** The marks for records just stored: one per record, the same key however often it changes. */
export function dirtyRows(kind: Kind, records: readonly { id: string; sessionId: SessionId }[]): PackDirtyRow[] {
  return records.map((r) => ({ key: dirtyKey(r.sessionId, kind, r.id), sessionId: r.sessionId, kind, id: r.id }));
}
