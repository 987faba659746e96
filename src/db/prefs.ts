// Device preferences in idb-keyval: this tablet's id, language, role, last séance and when each séance was last copied.
import { createStore, get, set, del, clear, update, type UseStore } from 'idb-keyval';
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

/** A séance erased for good leaves no trace in the preferences either (last séance, notes phase, its copy date). */
export async function forgetSessionPrefs(sessionId: SessionId): Promise<void> {
  const s = prefsStore();
  if ((await get<SessionId | null>('lastSessionId', s)) === sessionId) await del('lastSessionId', s);
  await del(`notesPhase:${sessionId}`, s);
  await update<CopyDates>('copies', (copies) => {
    const { [sessionId]: _gone, ...rest } = copies ?? {};
    return rest;
  }, s);
}

/**
 * When a file of each séance was last saved or shared from this device (ms). A preference, not a record: a copy
 * made on this tablet says nothing of the other tablet's copies, so it must not travel in export files.
 */
export type CopyDates = Partial<Record<SessionId, number>>;

export async function loadCopyDates(): Promise<CopyDates> {
  return (await get<CopyDates>('copies', prefsStore())) ?? {};
}

/** One update of the whole map, so two exports finishing together both land. */
export async function saveCopyDates(ids: readonly SessionId[], at: number): Promise<CopyDates> {
  let next: CopyDates = {};
  await update<CopyDates>('copies', (copies) => {
    next = { ...copies };
    for (const id of ids) next[id] = at;
    return next;
  }, prefsStore());
  return next;
}

/** For each séance, the return date « Ce qui a changé » was last printed or exported for from this device. */
export type ChangesTold = Partial<Record<SessionId, string>>;

export async function loadChangesTold(): Promise<ChangesTold> {
  return (await get<ChangesTold>('changesTold', prefsStore())) ?? {};
}

export async function saveChangesTold(id: SessionId, returnDate: string): Promise<ChangesTold> {
  let next: ChangesTold = {};
  await update<ChangesTold>('changesTold', (told) => (next = { ...told, [id]: returnDate }), prefsStore());
  return next;
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
