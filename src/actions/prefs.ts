// Use cases on this device's preferences and on unsent drafts.
import { dropDraft, readDraft, saveDraft } from '../db/drafts';
import { loadNotesPhase, saveNotesPhase, savePref } from '../db/prefs';
import type { DeviceRole, Locale } from '../domain/device';
import type { PhaseIndex, SessionId } from '../domain/types';

export const setLocale = (locale: Locale): Promise<void> => savePref('locale', locale);
export const setRole = (role: DeviceRole): Promise<void> => savePref('role', role);
/** A convenience only: on a full disk it fails silently (the séance's own writes report the problem). */
export const rememberSession = (id: SessionId): Promise<void> => savePref('lastSessionId', id).catch(() => undefined);

/** Whether the last draft write landed. On a full disk it does not, and the save banner must not promise a draft. */
let draftsKept = true;
const draftListeners = new Set<(kept: boolean) => void>();

export const draftState = (): boolean => draftsKept;

export function onDraftState(listener: (kept: boolean) => void): () => void {
  draftListeners.add(listener);
  return () => draftListeners.delete(listener);
}

/** Keep what is being typed. A failure is not thrown (the record write reports its own) but is told to the banner. */
export async function keepDraft(key: string, text: string): Promise<boolean> {
  const kept = await saveDraft(key, text).then(
    () => true,
    () => false,
  );
  if (kept !== draftsKept) {
    draftsKept = kept;
    for (const l of draftListeners) l(kept);
  }
  return kept;
}

export const recallDraft = (key: string): Promise<string | undefined> => readDraft(key).catch(() => undefined);
export const forgetDraft = (key: string): Promise<void> => dropDraft(key).catch(() => undefined);

export async function notesPhase(sessionId: SessionId): Promise<PhaseIndex | null> {
  const n = await loadNotesPhase(sessionId).catch(() => undefined);
  return n !== undefined && n >= 1 && n <= 5 ? (n as PhaseIndex) : null;
}

export const chooseNotesPhase = (sessionId: SessionId, phase: PhaseIndex): Promise<void> => saveNotesPhase(sessionId, phase).catch(() => undefined);
