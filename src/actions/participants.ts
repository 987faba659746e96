// Use cases on the participant list: add, rename, tag, consent, reorder seats, remove.
import { capText, LIMITS } from '../domain/limits';
import { checkPseudonym, cleanTag, moveSeat, nextSeat, type PseudonymProblem } from '../domain/participants';
import type { Participant, ParticipantId, SessionId } from '../domain/types';
import { newId } from '../platform/ids';
import { runAction } from './run';

export type ParticipantResult = { ok: true; id: ParticipantId } | { ok: false; problem: Exclude<PseudonymProblem, null> | 'tooMany' };

export async function addParticipant(sessionId: SessionId, pseudonym: string): Promise<ParticipantResult> {
  const id = newId<ParticipantId>();
  return runAction({ key: `participant:${id}`, kinds: ['participants'] }, async (w, read): Promise<ParticipantResult> => {
    const all = await read.participantsOf(sessionId);
    if (all.length >= LIMITS.participants) return { ok: false, problem: 'tooMany' };
    const problem = checkPseudonym(pseudonym, all);
    if (problem) return { ok: false, problem };
    await w.create('participants', id, sessionId, {
      pseudonym: pseudonym.trim(),
      tags: [],
      seat: nextSeat(all),
      consent: false,
      consentAt: null,
      consentWording: '',
    });
    return { ok: true, id };
  });
}

export async function renameParticipant(id: ParticipantId, pseudonym: string): Promise<PseudonymProblem> {
  return runAction({ key: `participant:${id}:pseudonym`, kinds: ['participants'] }, async (w, read) => {
    const p = await read.get('participants', id);
    if (!p || p.deleted) return null;
    const problem = checkPseudonym(pseudonym, await read.participantsOf(p.sessionId), id);
    if (problem) return problem;
    if (p.pseudonym !== pseudonym.trim()) await w.revise('participants', p, { pseudonym: pseudonym.trim() });
    return null;
  });
}

async function reviseParticipant(id: ParticipantId, what: string, patch: (p: Participant) => Partial<Participant> | null): Promise<void> {
  await runAction({ key: `participant:${id}:${what}`, kinds: ['participants'] }, async (w, read) => {
    const p = await read.get('participants', id);
    if (!p || p.deleted) return;
    const change = patch(p);
    if (change) await w.revise('participants', p, change);
  });
}

export function addTag(id: ParticipantId, tag: string): Promise<void> {
  const clean = cleanTag(tag);
  return reviseParticipant(id, 'tags', (p) =>
    clean === '' || p.tags.includes(clean) || p.tags.length >= LIMITS.tagsPerParticipant ? null : { tags: [...p.tags, clean] },
  );
}

export function removeTag(id: ParticipantId, tag: string): Promise<void> {
  return reviseParticipant(id, 'tags', (p) => (p.tags.includes(tag) ? { tags: p.tags.filter((t) => t !== tag) } : null));
}

/** Consent is recorded with its date and the exact wording shown, as the RGPD practice asks. */
export function setConsent(id: ParticipantId, given: boolean, wording: string, at: number): Promise<void> {
  return reviseParticipant(id, 'consent', (p) =>
    p.consent === given
      ? null
      : given
        ? { consent: true, consentAt: at, consentWording: capText(wording, LIMITS.long).value }
        : { consent: false, consentAt: null },
  );
}

/** Tombstone, so turns and verbatims that name this person keep pointing at a known record. */
export function removeParticipant(id: ParticipantId): Promise<void> {
  return reviseParticipant(id, 'deleted', () => ({ deleted: true }) as Partial<Participant>);
}

/**
 * Bring a removed participant back (undo). If their pseudonym was taken meanwhile, they come back as
 * "Name (2)" rather than making two identical names; the new name is returned so it can be said.
 */
export function restoreParticipant(id: ParticipantId): Promise<string | null> {
  return runAction({ key: `participant:${id}:deleted`, kinds: ['participants'] }, async (w, read) => {
    const p = await read.get('participants', id);
    if (!p?.deleted) return null;
    const others = await read.participantsOf(p.sessionId);
    let pseudonym = p.pseudonym;
    for (let n = 2; checkPseudonym(pseudonym, others) === 'duplicate'; n++) pseudonym = `${p.pseudonym} (${n})`;
    await w.revise('participants', p, { deleted: false, seat: nextSeat(others), pseudonym });
    return pseudonym === p.pseudonym ? null : pseudonym;
  });
}

/** Move one seat up or down: only the participants whose seat changes get a new revision. */
export async function moveParticipant(sessionId: SessionId, id: ParticipantId, delta: -1 | 1): Promise<void> {
  await runAction({ key: `participants:${sessionId}:seats`, kinds: ['participants'] }, async (w, read) => {
    const ordered = await read.participantsOf(sessionId);
    const from = ordered.findIndex((p) => p.id === id);
    if (from < 0) return;
    const changes = moveSeat(ordered, from, from + delta);
    for (const p of ordered) {
      const seat = changes.get(p.id);
      if (seat !== undefined) await w.revise('participants', p, { seat });
    }
  });
}
