// Service-worker state as a tiny store: offline-ready, and a waiting update the person may apply.
export type UpdateState = {
  supported: boolean;
  /** A worker controls the page: the app will open without network. */
  offlineReady: boolean;
  /** A new version is installed and waits for the person's choice. */
  waiting: boolean;
  applying: boolean;
};

type Listener = (s: UpdateState) => void;

let state: UpdateState = { supported: false, offlineReady: false, waiting: false, applying: false };
const listeners = new Set<Listener>();
let applyHook: (() => void) | null = null;

export function updateState(): UpdateState {
  return state;
}

export function setUpdateState(patch: Partial<UpdateState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l(state);
}

export function onUpdateState(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Registration code provides how to apply the waiting version (tests provide their own). */
export function setApplyUpdate(fn: () => void): void {
  applyHook = fn;
}

export function applyUpdate(): void {
  if (!state.waiting || state.applying || !applyHook) return;
  setUpdateState({ applying: true });
  applyHook();
}
