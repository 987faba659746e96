// An import's démarche decisions, pure: a file's séances attached to the batch's démarche, and which démarche keeps a séance both sides put in different ones.
import { mapKinds, type RecordSet } from '../domain/recordSet';
import { reviseRecord, type Stamp } from '../domain/records';
import type { DemarcheId, Session, SessionId } from '../domain/types';
import { covers, effectiveSeen } from './merge';
import type { Choices } from './settle';

/** A séance that is in one démarche here and that the file would put in another, or in none ('' : detached). */
export interface DemarcheMove {
  sessionId: SessionId;
  here: DemarcheId | '';
  file: DemarcheId | '';
}

/** The choice of which démarche keeps a séance: 'local' (where it is here, the default) or 'incoming' (the file's). */
export const demarcheChoiceKey = (sessionId: string): string => `demarche:${sessionId}`;

/**
 * The file's séances that would change démarche: in one here, in another after the merge. A séance
 * joining a démarche from none, or leaving one on the other tablet, is an ordinary change, not asked —
 * unless the two revisions are concurrent (neither absorbed the other): then which side took it out of
 * (or put it in) a démarche cannot be told, and the newer revision winning would silently undo a
 * detachment made on one tablet while the other edited the séance. Asked too.
 */
export function demarcheMoves(local: Partial<RecordSet>, merged: RecordSet, incoming: RecordSet): DemarcheMove[] {
  const here = new Map((local.sessions ?? []).map((s) => [s.id, s]));
  const after = new Map(merged.sessions.map((s) => [s.id, s]));
  return incoming.sessions.flatMap((s): DemarcheMove[] => {
    const l = here.get(s.id);
    const m = after.get(s.id);
    if (!l || !m || m.deleted) return [];
    if (l.demarcheId !== '' && m.demarcheId !== '' && l.demarcheId !== m.demarcheId) return [{ sessionId: s.id, here: l.demarcheId, file: m.demarcheId }];
    const oneAlone = (l.demarcheId === '') !== (s.demarcheId === '');
    if (oneAlone && !covers(effectiveSeen(l), effectiveSeen(s)) && !covers(effectiveSeen(s), effectiveSeen(l))) return [{ sessionId: s.id, here: l.demarcheId, file: s.demarcheId }];
    return [];
  });
}

/**
 * A file whose séances join `target` (« Rattacher à … »): its records of other démarches (their record,
 * themes and links) are left out, the séances' own records all kept.
 */
export function withoutOtherDemarches(incoming: RecordSet, target: DemarcheId): RecordSet {
  return mapKinds((kind) => (kind === 'demarches' || kind === 'themes' || kind === 'themeLinks' ? incoming[kind].filter((r) => (r.sessionId as string) === target) : incoming[kind]));
}

/**
 * The séance revisions that carry out the démarche decisions on top of what the import stores: with
 * `attachTo`, every live séance of the file joins it; otherwise a séance the file would move keeps the
 * démarche it has here unless the file's was chosen. `current` is the séance as the import leaves it.
 */
export function demarcheRevisions(
  moves: readonly DemarcheMove[],
  incoming: RecordSet,
  current: (id: string) => Session | undefined,
  choices: Choices,
  attachTo: DemarcheId | null,
  at: Stamp,
): { sessions: Session[]; clock: number } {
  let clock = at.clock;
  const out: Session[] = [];
  const move = (s: Session, demarcheId: DemarcheId | '') => {
    const next = reviseRecord(s, { demarcheId }, { ...at, clock });
    clock = Math.max(clock, next.rev);
    out.push(next);
  };
  if (attachTo) {
    for (const s of incoming.sessions) {
      const now = current(s.id);
      if (now && !now.deleted && now.demarcheId !== attachTo) move(now, attachTo);
    }
    return { sessions: out, clock };
  }
  for (const m of moves) {
    const now = current(m.sessionId);
    // The merge may have kept either side's démarche (a concurrent one is decided by the newer revision): the choice says which.
    const keep = choices.get(demarcheChoiceKey(m.sessionId)) === 'incoming' ? m.file : m.here;
    if (now && now.demarcheId !== keep) move(now, keep);
  }
  return { sessions: out, clock };
}
