// RGPD use cases: anonymise a séance in place (as new revisions), erase one, the deleted ones or everything from this tablet for good.
import { dropDrafts } from '../db/drafts';
import { forgetSessionPrefs } from '../db/prefs';
import { forgetCopyDates } from './copies';
import { forgetChangesTold } from './returnDate';
import { eraseEverything, eraseSession, eraseSessions } from '../db/wipe';
import type { Writer } from '../db/write';
import { KINDS, type AnyRecord, type Session, type SessionId } from '../domain/types';
import { anonymiseRecords, type RoleLabels } from '../format/anonymise';
import type { RecordSet } from '../domain/recordSet';
import { changedFields } from '../format/revisionPatch';
import { forgetHistories, forgetHistory } from './boardHistory';
import { runAction } from './run';
import { abandonFailedWrites, tracked } from './status';

export type PrivacyProblem = 'running' | 'missing';
export type PrivacyResult = { ok: true; revised: number } | { ok: false; problem: PrivacyProblem };

/** A séance being run in the room is never rewritten or erased under the animateur's fingers. */
function refusal(session: Session | undefined): PrivacyProblem | null {
  if (!session) return 'missing';
  return session.status === 'en_cours' ? 'running' : null;
}

/** Store each record the anonymisation changed as a new revision; returns how many were revised. */
async function reviseChanged(w: Writer, before: RecordSet, after: RecordSet): Promise<number> {
  let revised = 0;
  for (const kind of KINDS) {
    const old = new Map((before[kind] as AnyRecord[]).map((r) => [r.id, r]));
    for (const next of after[kind] as AnyRecord[]) {
      const prev = old.get(next.id);
      const patch = prev ? changedFields(prev, next) : null;
      if (!prev || !patch) continue;
      // The generic Writer cannot tie `kind` to the record type of a loop variable; both come from the same table.
      await w.revise(kind, prev as never, patch as never);
      revised += 1;
    }
  }
  return revised;
}

/**
 * Pseudonyms become P1…Pn (by seat) everywhere in the séance, texts included; consent wording and
 * role names go; the substance stays. Every changed record is a new revision written in ONE
 * transaction, so a later merge of an older file (lower revisions) cannot bring the names back.
 * The séance's drafts are dropped too: they may hold a name being typed.
 */
export function anonymiseSession(sessionId: SessionId, roleLabels?: RoleLabels): Promise<PrivacyResult> {
  return runAction<PrivacyResult>(
    {
      key: `privacy:${sessionId}:anonymise`,
      kinds: KINDS,
      then: async (result) => {
        if (!result.ok) return;
        await dropDrafts(`${sessionId}:`);
        abandonFailedWrites();
      },
    },
    async (w, read) => {
      const problem = refusal(await read.get('sessions', sessionId));
      if (problem) return { ok: false, problem };
      // Tombstones included: a removed participant's name is still a name.
      const before = await read.recordsOfSessions([sessionId]);
      return { ok: true, revised: await reviseChanged(w, before, anonymiseRecords(before, roleLabels)) };
    },
  );
}

/**
 * Rows and drafts of the séance really gone from this tablet (not tombstones), with what the device
 * remembers about it: last séance, notes phase, board undo stack.
 */
export function deleteSessionForever(sessionId: SessionId): Promise<PrivacyResult> {
  return tracked(`privacy:${sessionId}:erase`, async (): Promise<PrivacyResult> => {
    // A séance already gone is still erased: orphan rows and drafts of it may be left.
    const erased = await eraseSession(sessionId, (s) => refusal(s) === 'running');
    if (!erased) return { ok: false, problem: 'running' };
    forgetHistory(sessionId);
    await forgetSessionPrefs(sessionId);
    forgetCopyDates();
    abandonFailedWrites();
    return { ok: true, revised: 0 };
  });
}

/**
 * The séances deleted from Accueil (tombstones, kept so the deletion travels in files) erased for
 * good, rows and drafts, in one transaction. Only those still deleted when it runs: one an import
 * brought back meanwhile stays. Returns how many were erased.
 */
export function purgeDeletedSessions(sessionIds: readonly SessionId[]): Promise<number> {
  return tracked('privacy:deleted:erase', async () => {
    const erased = await eraseSessions(sessionIds, (s) => s !== undefined && !s.deleted);
    for (const sessionId of erased) {
      forgetHistory(sessionId);
      await forgetSessionPrefs(sessionId);
    }
    forgetCopyDates();
    if (erased.length > 0) abandonFailedWrites();
    return erased.length;
  });
}

/** Every séance, draft and preference gone (this tablet's id stays); refused while a séance is run in the room. */
export function eraseAllData(): Promise<PrivacyResult> {
  return tracked('privacy:all:erase', async (): Promise<PrivacyResult> => {
    const erased = await eraseEverything((s) => !s.deleted && refusal(s) === 'running');
    if (!erased) return { ok: false, problem: 'running' };
    forgetHistories();
    forgetCopyDates();
    forgetChangesTold();
    abandonFailedWrites();
    return { ok: true, revised: 0 };
  });
}
