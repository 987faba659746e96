// Copies kept off the tablet: when each séance was last saved to a file from this device, as a small store the cards read.
import { loadCopyDates, saveCopyDates, type CopyDates } from '../db/prefs';
import type { SessionId } from '../domain/types';

type Listener = (copies: CopyDates | null) => void;
let copies: CopyDates | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<Listener>();

function publish(next: CopyDates): void {
  copies = next;
  for (const l of listeners) l(copies);
}

/** The dates known so far (null until read once); the first caller starts the read. */
export function copyDates(): CopyDates | null {
  loading ??= loadCopyDates().then(publish, () => publish({}));
  return copies;
}

export function onCopyDates(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * Note that these séances now have a copy off the tablet. Called only once a file was really shared or saved.
 * On a full disk the date cannot be kept: the copy exists all the same, so this reports false instead of throwing.
 */
export async function recordCopy(ids: readonly SessionId[], at: number): Promise<boolean> {
  try {
    publish(await saveCopyDates(ids, at));
    return true;
  } catch {
    return false;
  }
}

/** Tests and « Effacer toutes les données »: read the preferences again next time. */
export function forgetCopyDates(): void {
  loading = null;
  copies = null;
  for (const l of listeners) l(copies);
}
