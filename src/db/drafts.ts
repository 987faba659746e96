// Unsent text, saved on every keystroke so a killed tab never loses what was being typed.
import { createStore, get, set, del, keys, delMany, type UseStore } from 'idb-keyval';

let store: UseStore | null = null;
function draftsStore(): UseStore {
  store ??= createStore('cercle-drafts', 'drafts');
  return store;
}

/** Draft keys are `<sessionId>:<what>` so a séance's drafts can be purged with it. */
export function draftKey(sessionId: string, what: string): string {
  return `${sessionId}:${what}`;
}

export async function saveDraft(key: string, text: string): Promise<void> {
  await set(key, text, draftsStore());
}

export async function readDraft(key: string): Promise<string | undefined> {
  return get<string>(key, draftsStore());
}

export async function dropDraft(key: string): Promise<void> {
  await del(key, draftsStore());
}

export async function draftKeys(prefix = ''): Promise<string[]> {
  const all = await keys<string>(draftsStore());
  return all.filter((k) => typeof k === 'string' && k.startsWith(prefix));
}

export async function dropDrafts(prefix: string): Promise<void> {
  await delMany(await draftKeys(prefix), draftsStore());
}
