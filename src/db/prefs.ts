// Device preferences in idb-keyval: this tablet's id, language, role and last séance.
import { createStore, get, set, del, clear, type UseStore } from 'idb-keyval';
import type { DeviceRole, Locale } from '../domain/device';
import type { DeviceId, SessionId } from '../domain/types';

/** What a tablet uses before anyone chose, and again once every preference is erased. */
export const DEFAULT_LOCALE: Locale = 'fr';
export const DEFAULT_ROLE: DeviceRole = 'animateur';

export interface Prefs {
  deviceId: DeviceId;
  locale: Locale;
  role: DeviceRole;
  lastSessionId: SessionId | null;
}

let store: UseStore | null = null;
function prefsStore(): UseStore {
  store ??= createStore('cercle-prefs', 'prefs');
  return store;
}

/** Read every preference, generating this device's id the first time (and keeping it forever). */
export async function loadPrefs(makeId: () => string): Promise<Prefs> {
  const s = prefsStore();
  let deviceId = await get<DeviceId>('deviceId', s);
  if (!deviceId) {
    deviceId = makeId() as DeviceId;
    await set('deviceId', deviceId, s);
  }
  const [locale, role, lastSessionId] = await Promise.all([
    get<Locale>('locale', s),
    get<DeviceRole>('role', s),
    get<SessionId | null>('lastSessionId', s),
  ]);
  return {
    deviceId,
    locale: locale === 'en' || locale === 'fr' ? locale : DEFAULT_LOCALE,
    role: role === 'secretaire' || role === 'animateur' ? role : DEFAULT_ROLE,
    lastSessionId: lastSessionId ?? null,
  };
}

export async function savePref<K extends Exclude<keyof Prefs, 'deviceId'>>(key: K, value: Prefs[K]): Promise<void> {
  await set(key, value, prefsStore());
}

/** A séance erased for good leaves no trace in the preferences either (last séance, notes phase). */
export async function forgetSessionPrefs(sessionId: SessionId): Promise<void> {
  const s = prefsStore();
  if ((await get<SessionId | null>('lastSessionId', s)) === sessionId) await del('lastSessionId', s);
  await del(`notesPhase:${sessionId}`, s);
}

/** Everything but the device id, which must survive so old revisions stay attributable. */
export async function clearPrefsKeepingDevice(): Promise<void> {
  const s = prefsStore();
  const deviceId = await get<DeviceId>('deviceId', s);
  await clear(s);
  if (deviceId) await set('deviceId', deviceId, s);
}

/** The phase a secrétaire's own tablet files notes under (it does not see the animateur's stepper). */
export async function loadNotesPhase(sessionId: SessionId): Promise<number | undefined> {
  return get<number>(`notesPhase:${sessionId}`, prefsStore());
}

export async function saveNotesPhase(sessionId: SessionId, phase: number): Promise<void> {
  await set(`notesPhase:${sessionId}`, phase, prefsStore());
}
