// The undo/redo stack of board moves, per séance, kept in memory for as long as the app is open.
import { EMPTY_HISTORY, type History } from '../domain/board';
import type { SessionId } from '../domain/types';

type Listener = () => void;

const histories = new Map<SessionId, History>();
const listeners = new Set<Listener>();

export function historyOf(sessionId: SessionId): History {
  return histories.get(sessionId) ?? EMPTY_HISTORY;
}

export function setHistory(sessionId: SessionId, history: History): void {
  histories.set(sessionId, history);
  for (const l of listeners) l();
}

export function onHistory(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A séance erased for good: its moves can no longer be undone. */
export function forgetHistory(sessionId: SessionId): void {
  if (histories.delete(sessionId)) for (const l of listeners) l();
}

/** Tests and a purge start from a blank stack. */
export function forgetHistories(): void {
  histories.clear();
  for (const l of listeners) l();
}
