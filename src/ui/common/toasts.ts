// Short messages at the screen's edge, optionally with an undo, announced to screen readers.
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

/** The part of the screen a field takes, in CSS pixels from the top of the viewport. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Where toasts go so they hide nothing the person is typing in: at the bottom, unless the field being
 * typed in leaves more room above it than below (a fiche field low on the screen, the notes' capture).
 */
export function toastEdge(field: Span | null, viewportHeight: number): 'top' | 'bottom' {
  if (!field) return 'bottom';
  return viewportHeight - field.bottom >= field.top ? 'bottom' : 'top';
}
