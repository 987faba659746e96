// Whether this tablet's séances may outlive the browser: where Cercle runs → install advice, storage advice, copy reminders.
import type { SessionStatus } from './types';

/**
 * The engine families that matter for keeping data: every browser on an iPad or iPhone is WebKit with the
 * seven-day rule in a tab; desktop WebKit (Safari on a Mac, WebKitGTK) has it too but no Home Screen; Chromium
 * (Chrome, Edge, Android) offers its own install prompt; anything else is told to keep copies.
 */
export type EngineFamily = 'ios' | 'webkit' | 'chromium' | 'other';

/** Where Cercle runs, as the platform layer found it. */
export interface Situation {
  installed: boolean;
  family: EngineFamily;
  /** `navigator.storage.persisted()`; null when the browser has no `navigator.storage` (older Safari, WebKitGTK). */
  persisted: boolean | null;
  /** The browser handed over an install prompt (`beforeinstallprompt`). */
  canPrompt: boolean;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A séance with changes and no copy for this long gets « Enregistrer une copie » offered on its card. */
export const COPY_DUE_DAYS = 3;

/**
 * The family from the user agent. iPadOS Safari claims to be a Mac: a « Macintosh » with more than one
 * touch point is an iPad. Chrome or Edge on an iPad (CriOS, EdgiOS) are WebKit all the same.
 */
export function engineFamily(userAgent: string, maxTouchPoints: number): EngineFamily {
  if (/iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return 'ios';
  if (/Chrome\/|Chromium\/|Edg\//.test(userAgent)) return 'chromium';
  if (/AppleWebKit\//.test(userAgent) && !/Firefox\//.test(userAgent)) return 'webkit';
  return 'other';
}

export type InstallAdvice = 'homeScreen' | 'prompt' | null;

/**
 * What to suggest about installing, if anything: the Home Screen steps on an iPad or iPhone in a tab (installed,
 * WebKit keeps its own counter of days of use), the browser's own prompt where it offers one, else nothing.
 * Never while a séance runs: the room is no place for advice.
 */
export function installAdvice(s: Situation, sessionRunning: boolean): InstallAdvice {
  if (sessionRunning || s.installed) return null;
  if (s.family === 'ios') return 'homeScreen';
  if (s.canPrompt) return 'prompt';
  return null;
}

/**
 * What Paramètres › Stockage advises:
 * - homeScreen: iPad/iPhone in a tab — install, the seven-day rule applies;
 * - safariTab: desktop WebKit in a tab — the same rule, no Home Screen: keep copies;
 * - notPersistent / unknown: the browser may clear data when space runs short (or does not say);
 * - safe: persistent storage — copies are still the only thing that survives a lost or reset tablet.
 */
export type StorageAdvice = 'homeScreen' | 'safariTab' | 'notPersistent' | 'unknown' | 'safe';

export function storageAdvice(s: Situation): StorageAdvice {
  if (!s.installed && s.family === 'ios') return 'homeScreen';
  if (!s.installed && s.family === 'webkit') return 'safariTab';
  if (s.persisted === false) return 'notPersistent';
  if (s.persisted === null) return 'unknown';
  return 'safe';
}

/** What a séance's card knows of its copies on this device. */
export interface CopyFacts {
  status: SessionStatus;
  createdAt: number;
  /** When a file of this séance was last saved or shared from this device; null if never. */
  lastCopyAt: number | null;
  /** Some record of the séance changed after that copy (always true without a copy). */
  changedSinceCopy: boolean;
  now: number;
}

/** Whole days since `at` (0 in the first 24 hours; a clock set back counts as 0). */
export function daysSince(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}

/**
 * Offer « Enregistrer une copie » on the card: a séance not running, with changes that no copy holds, and no
 * copy for three days (counted from its creation when it never had one).
 */
export function copyDue(c: CopyFacts): boolean {
  if (c.status === 'en_cours') return false;
  if (c.lastCopyAt !== null && !c.changedSinceCopy) return false;
  return daysSince(c.lastCopyAt ?? c.createdAt, c.now) >= COPY_DUE_DAYS;
}

/** After « Clôturer »: offer a copy until one made after the closing exists. */
export function copyAfterClose(c: Pick<CopyFacts, 'status' | 'lastCopyAt'> & { closedAt: number | null }): boolean {
  if (c.status !== 'terminee') return false;
  return c.lastCopyAt === null || (c.closedAt !== null && c.lastCopyAt < c.closedAt);
}
