// Files handed to Cercle (dropped on the window, opened from the system, picked on a screen), waiting for the import screen.
let pending: File[] = [];
const listeners = new Set<() => void>();

export function offerFiles(files: readonly File[]): void {
  pending = [...files];
  for (const l of listeners) l();
}

/** The waiting files, once: whoever takes them runs the import. */
export function takeFiles(): File[] {
  const files = pending;
  pending = [];
  return files;
}

export function onFileOffered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
