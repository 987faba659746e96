// A file handed to Cercle (dropped on the window, opened from the system, picked on a screen), waiting for the import screen.
let pending: File | null = null;
const listeners = new Set<() => void>();

export function offerFile(file: File): void {
  pending = file;
  for (const l of listeners) l();
}

/** The waiting file, once: whoever takes it runs the import. */
export function takeFile(): File | null {
  const file = pending;
  pending = null;
  return file;
}

export function onFileOffered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
