// Hard deletion (RGPD): rows and drafts really gone, not tombstoned.
import { KINDS, type Session, type SessionId } from '../domain/types';
import { getDb } from './connection';
import { dropDrafts } from './drafts';
import { clearPrefsKeepingDevice } from './prefs';

/**
 * Erase one séance's rows and drafts. `refuse` is checked inside the same transaction, so a séance
 * started meanwhile (another tab) is never erased; returns false when it refused.
 */
export async function eraseSession(sessionId: SessionId, refuse?: (session: Session | undefined) => boolean): Promise<boolean> {
  const db = getDb();
  const erased = await db.transaction('rw', KINDS.map((k) => db.table(k)), async () => {
    if (refuse?.(await db.sessions.get(sessionId))) return false;
    for (const kind of KINDS) {
      if (kind === 'sessions') await db.sessions.delete(sessionId);
      else await db.table(kind).where('sessionId').equals(sessionId).delete();
    }
    return true;
  });
  if (erased) await dropDrafts(`${sessionId}:`);
  return erased;
}

export async function eraseEverything(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', KINDS.map((k) => db.table(k)), async () => {
    for (const kind of KINDS) await db.table(kind).clear();
  });
  await dropDrafts('');
  await clearPrefsKeepingDevice();
}
