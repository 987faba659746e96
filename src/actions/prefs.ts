// Use cases on this device's preferences and on unsent drafts.
import { dropDraft, readDraft, saveDraft } from '../db/drafts';
import { loadNotesPhase, saveNotesPhase, savePref } from '../db/prefs';
import type { DeviceRole, Locale } from '../domain/device';
import type { PhaseIndex, SessionId } from '../domain/types';

export const setLocale = (locale: Locale): Promise<void> => savePref('locale', locale);
export const setRole = (role: DeviceRole): Promise<void> => savePref('role', role);
/** A convenience only: on a full disk it fails silently (the séance's own writes report the problem). */
export const rememberSession = (id: SessionId): Promise<void> => savePref('lastSessionId', id).catch(() => undefined);

/** Keep what is being typed; failures are swallowed because the record write reports its own. */
export async function keepDraft(key: string, text: string): Promise<void> {
  await saveDraft(key, text).catch(() => undefined);
}

export const recallDraft = (key: string): Promise<string | undefined> => readDraft(key).catch(() => undefined);
export const forgetDraft = (key: string): Promise<void> => dropDraft(key).catch(() => undefined);

export async function notesPhase(sessionId: SessionId): Promise<PhaseIndex | null> {
  const n = await loadNotesPhase(sessionId).catch(() => undefined);
  return n !== undefined && n >= 1 && n <= 5 ? (n as PhaseIndex) : null;
}

export const chooseNotesPhase = (sessionId: SessionId, phase: PhaseIndex): Promise<void> => saveNotesPhase(sessionId, phase).catch(() => undefined);
