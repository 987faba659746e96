// Short messages at the bottom of the screen, optionally with an undo, announced to screen readers.
export interface Toast {
  id: number;
  text: string;
  undo?: () => void;
}

type Listener = (toasts: readonly Toast[]) => void;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function emit(next: readonly Toast[]): void {
  toasts = next;
  for (const l of listeners) l(toasts);
}

export const currentToasts = (): readonly Toast[] => toasts;

export function onToasts(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Undo offers stay long enough to be noticed by someone who is also watching a group. */
export function showToast(text: string, undo?: () => void, ms = 10_000): void {
  const toast: Toast = undo ? { id: nextId++, text, undo } : { id: nextId++, text };
  emit([...toasts.slice(-2), toast]);
  setTimeout(() => dismissToast(toast.id), ms);
}

export function dismissToast(id: number): void {
  if (toasts.some((t) => t.id === id)) emit(toasts.filter((t) => t.id !== id));
}
