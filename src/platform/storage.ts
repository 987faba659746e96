// Persistent storage and quota: asked once at the first write, reported on the settings screen.

export interface StorageState {
  supported: boolean;
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

let asked = false;

/** Ask the browser not to evict our data; headless or private browsers may say no, and that is fine. */
export async function ensurePersisted(): Promise<void> {
  if (asked) return;
  asked = true;
  try {
    const storage = navigator.storage;
    if (!storage?.persist) return;
    if (await storage.persisted()) return;
    await storage.persist();
  } catch {
    // Some WebViews throw instead of answering; the app works without persistence.
  }
}

export async function storageState(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { supported: false, persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { supported: true, persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
