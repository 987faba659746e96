// Hard deletion (RGPD): rows and drafts really gone, not tombstoned.
import { KINDS, type SessionId } from '../domain/types';
import { getDb } from './connection';
import { dropDrafts } from './drafts';
import { clearPrefsKeepingDevice } from './prefs';

export async function eraseSession(sessionId: SessionId): Promise<void> {
  const db = getDb();
  await db.transaction('rw', KINDS.map((k) => db.table(k)), async () => {
    for (const kind of KINDS) {
      if (kind === 'sessions') await db.sessions.delete(sessionId);
      else await db.table(kind).where('sessionId').equals(sessionId).delete();
    }
  });
  await dropDrafts(`${sessionId}:`);
}

export async function eraseEverything(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', KINDS.map((k) => db.table(k)), async () => {
    for (const kind of KINDS) await db.table(kind).clear();
  });
  await dropDrafts('');
  await clearPrefsKeepingDevice();
}
