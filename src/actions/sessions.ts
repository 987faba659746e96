// Use cases on whole séances from Accueil: create, duplicate as a mirror, delete with undo (editing its fields is actions/sessionFields.ts).
import { defaultGuide, mirrorPhaseFields, type GuideTexts } from '../domain/guide';
import { capText, LIMITS } from '../domain/limits';
import { isoDay, mirrorSessionFields, newSessionFields } from '../domain/session';
import type { PhaseId, SessionId } from '../domain/types';
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
