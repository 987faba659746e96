// Save status shared by every screen: pending writes, and the last failure with a way to retry it.
import { WriteError, type WriteErrorKind } from '../db/write';

/** Why a write failed, as the screens tell it: the disk is full, the database went away, or anything else. */
export type SaveFailure = WriteErrorKind;

/** The reason an action's rejection carries, for a screen that shows it in place (import, export). */
export function failureOf(error: unknown): SaveFailure {
  return error instanceof WriteError ? error.kind : 'failed';
}

export interface SaveState {
  pending: number;
  /** Why the last write failed, until a later write succeeds. */
  failure: SaveFailure | null;
  /** The person hid the failure banner; the header still says "Non enregistré" until a write succeeds. */
  dismissed: boolean;
}

type Listener = (state: SaveState) => void;

let state: SaveState = { pending: 0, failure: null, dismissed: false };
const listeners = new Set<Listener>();
/** The failed writes, by what they write, so "Réessayer" replays only the latest of each. */
const retries = new Map<string, () => Promise<unknown>>();

function emit(next: SaveState): void {
  state = next;
  for (const l of listeners) l(state);
}

export function saveState(): SaveState {
  return state;
}

export function onSaveState(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Run a write and keep the save indicator true. On failure the error is kept for the banner and
 * the write is remembered under `key` for a retry; the caller still gets the rejection.
 */
export async function tracked<T>(key: string, write: () => Promise<T>): Promise<T> {
  emit({ ...state, pending: state.pending + 1 });
  try {
    const value = await write();
    retries.delete(key);
    const failure = retries.size > 0 ? state.failure : null;
    emit({ pending: state.pending - 1, failure, dismissed: failure !== null && state.dismissed });
    return value;
  } catch (error) {
    retries.set(key, write);
    const failure = failureOf(error);
    emit({ pending: state.pending - 1, failure, dismissed: false });
    throw error;
  }
}

export async function retryFailedWrites(): Promise<void> {
  const pending = [...retries.entries()];
  for (const [key, write] of pending) {
    await tracked(key, write).catch(() => undefined);
  }
}

/**
 * Failed writes are dropped rather than replayed. Called once an RGPD anonymisation or erasure has
 * landed: « Réessayer » replaying an older write would put back the names or rows just removed.
 */
export function abandonFailedWrites(): void {
  retries.clear();
}

export function dismissFailure(): void {
  emit({ ...state, dismissed: true });
}

/**
 * Keep the indicator on "Enregistrement…" across a chain of writes (fast typing), so it never
 * flashes "Enregistré" between two keystrokes' writes. Returns the release.
 */
export function holdSaving(): () => void {
  emit({ ...state, pending: state.pending + 1 });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    emit({ ...state, pending: state.pending - 1 });
  };
}
