// Use cases on whole séances: create, duplicate as a mirror, delete with undo, edit, start.
import { defaultGuide, mirrorPhaseFields, type GuideTexts } from '../domain/guide';
import { textLimit } from '../domain/kinds';
import { capText, LIMITS } from '../domain/limits';
import { defaultPurgeAfter, isoDay, mirrorSessionFields, newSessionFields } from '../domain/session';
import type { Fields, PhaseId, Session, SessionId } from '../domain/types';
import { now } from '../platform/clock';
import { newId } from '../platform/ids';
import { runAction } from './run';

export async function createSession(title: string, consentWording: string, texts: GuideTexts): Promise<SessionId> {
  const id = newId<SessionId>();
  const today = isoDay(new Date(now()));
  await runAction({ key: `session:${id}`, kinds: ['sessions', 'phases'] }, async (w) => {
    await w.create('sessions', id, id, newSessionFields(today, capText(title, LIMITS.short).value, consentWording));
    for (const phase of defaultGuide(texts, newId)) await w.create('phases', newId<PhaseId>(), id, phase);
  });
  return id;
}

/** A mirror séance: same guide and objective for another public, none of the participants' data. */
export async function duplicateSession(sourceId: SessionId, titleFor: (title: string) => string): Promise<SessionId> {
  const id = newId<SessionId>();
  const today = isoDay(new Date(now()));
  await runAction({ key: `session:${id}`, kinds: ['sessions', 'phases'] }, async (w, read) => {
    const source = await read.get('sessions', sourceId);
    if (!source || source.deleted) throw new Error('Unknown séance');
    const title = capText(titleFor(source.title), LIMITS.short).value;
    await w.create('sessions', id, id, mirrorSessionFields(source, title, today));
    for (const phase of await read.phasesOf(sourceId)) await w.create('phases', newId<PhaseId>(), id, mirrorPhaseFields(phase, newId));
  });
  return id;
}

/** Deleting is a tombstone (it must travel in files); the séance's records stay until a purge. */
export async function deleteSession(id: SessionId): Promise<void> {
  await runAction({ key: `session:${id}:deleted`, kinds: ['sessions'] }, async (w, read) => {
    const s = await read.get('sessions', id);
    if (s && !s.deleted) await w.revise('sessions', s, { deleted: true });
  });
}

export async function undoDeleteSession(id: SessionId): Promise<void> {
  await runAction({ key: `session:${id}:deleted`, kinds: ['sessions'] }, async (w, read) => {
    const s = await read.get('sessions', id);
    if (s?.deleted) await w.revise('sessions', s, { deleted: false });
  });
}

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
