// Hard deletion (RGPD): rows and drafts really gone, not tombstoned.
import { KINDS, type Session, type SessionId } from '../domain/types';
import { getDb } from './connection';
import { dropPacks } from './packs';
import { dropDrafts } from './drafts';
import { clearPrefsKeepingDevice } from './prefs';

/**
 * Erase séances' rows in ONE transaction for all of them, then their drafts (another database).
 * `refuse` is checked inside the transaction, séance by séance, so one started or brought back
 * meanwhile (another tab, an import) is kept; returns the ids erased.
 */
export async function eraseSessions(ids: readonly SessionId[], refuse?: (session: Session | undefined) => boolean): Promise<SessionId[]> {
  const db = getDb();
  const erased = await db.transaction('rw', [...KINDS.map((k) => db.table(k)), db.packs, db.packDirty], async (tx) => {
    const done: SessionId[] = [];
    for (const sessionId of ids) {
      if (refuse?.(await db.sessions.get(sessionId))) continue;
      for (const kind of KINDS) {
        if (kind === 'sessions') await db.sessions.delete(sessionId);
        else await db.table(kind).where('sessionId').equals(sessionId).delete();
      }
      done.push(sessionId);
    }
    // The packs held copies of what was just erased: gone with it.
    await dropPacks(tx, done);
    return done;
  });
  for (const sessionId of erased) await dropDrafts(`${sessionId}:`);
  return erased;
}

/** Erase one séance's rows and drafts; returns false when `refuse` kept it. */
export async function eraseSession(sessionId: SessionId, refuse?: (session: Session | undefined) => boolean): Promise<boolean> {
  return (await eraseSessions([sessionId], refuse)).length === 1;
}

/**
 * Every record of every kind, every draft, every preference but the device id. The `meta` table
 * (the Lamport counter) stays: revisions made here later must still beat those already exported.
 * One séance `refuse`d (read inside the transaction) keeps everything; returns false then.
 */
export async function eraseEverything(refuse?: (session: Session) => boolean): Promise<boolean> {
  const db = getDb();
  const erased = await db.transaction('rw', [...KINDS.map((k) => db.table(k)), db.packs, db.packDirty], async (tx) => {
    if (refuse && (await db.sessions.toArray()).some(refuse)) return false;
    for (const kind of KINDS) await db.table(kind).clear();
    await dropPacks(tx, 'all');
    return true;
  });
  if (!erased) return false;
  await dropDrafts('');
  await clearPrefsKeepingDevice();
  return true;
}
