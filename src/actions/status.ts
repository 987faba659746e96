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

/** The latest write started under each key: only it may record a failure or clear one. */
const latest = new Map<string, symbol>();

/**
 * Run a write and keep the save indicator true. On failure the error is kept for the banner and
 * the write is remembered under `key` for a retry; the caller still gets the rejection.
 * A newer write under the same key supersedes an older failed one: « Réessayer » tapped while it is
 * in flight must not replay the older text over it (the disk freed up while someone was typing).
 */
export async function tracked<T>(key: string, write: () => Promise<T>): Promise<T> {
  const ticket = Symbol(key);
  latest.set(key, ticket);
  retries.delete(key);
  emit({ ...state, pending: state.pending + 1 });
  try {
    const value = await write();
    if (latest.get(key) === ticket) latest.delete(key);
    const failure = retries.size > 0 ? state.failure : null;
    emit({ pending: state.pending - 1, failure, dismissed: failure !== null && state.dismissed });
    return value;
  } catch (error) {
    if (latest.get(key) === ticket) {
      latest.delete(key);
      retries.set(key, write);
      emit({ pending: state.pending - 1, failure: failureOf(error), dismissed: false });
    } else {
      // A newer write of the same thing is on its way: its outcome, not this one's, is what the banner says.
      emit({ ...state, pending: state.pending - 1 });
    }
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
