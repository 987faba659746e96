// Editing a séance's fields in its préparation, each text capped by the kinds table: kept apart from Accueil's use cases, so the first screen does not carry the table.
import { textLimit } from '../domain/kinds';
import { capText } from '../domain/limits';
import { defaultPurgeAfter } from '../domain/session';
import type { Fields, Session, SessionId } from '../domain/types';
import { runAction } from './run';

type SessionPatch = Partial<Fields<Session>>;

/** Cap every text of a patch to its field's limit (the kinds table's size), so nothing oversized is ever stored. */
function capPatch(patch: SessionPatch): SessionPatch {
  const out: Record<string, unknown> = { ...patch };
  for (const [key, value] of Object.entries(patch)) {
    if (typeof value === 'string') out[key] = capText(value, textLimit('sessions', key)).value;
  }
  return out as SessionPatch;
}

export async function updateSession(id: SessionId, patch: SessionPatch): Promise<void> {
  const fields = Object.keys(patch).sort().join(',');
  await runAction({ key: `session:${id}:${fields}`, kinds: ['sessions'] }, async (w, read) => {
    const s = await read.get('sessions', id);
    if (!s || s.deleted) return;
    const capped = capPatch(patch);
    // Moving the séance's date moves the default purge date with it, unless it was set by hand.
    if (capped.date !== undefined && s.purgeAfter === defaultPurgeAfter(s.date)) capped.purgeAfter = defaultPurgeAfter(capped.date);
    await w.revise('sessions', s, capped);
  });
}
