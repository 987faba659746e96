// A fiche moved on both tablets since they last met: found from the two status histories, settled by one more step, purely.
import { derivedId } from '../domain/derivedId';
import { statusHistory } from '../domain/plan';
import { createRecord, type Stamp } from '../domain/records';
import type { StatusChange, StatusChangeId } from '../domain/types';

/**
 * Both sides added status steps to one fiche that the other had not seen, and they end on different
 * statuses. Both steps stay in the history whatever is chosen (steps are never edited); the choice
 * says which status is current. `winner` is the side whose step is current after the merge alone.
 */
export interface StatusConflict {
  actionId: string;
  sessionId: string;
  /** This tablet's last step, not in the file. */
  local: StatusChange;
  /** The file's last step, not on this tablet. */
  incoming: StatusChange;
  winner: 'local' | 'incoming';
}

export type StatusChoice = 'local' | 'incoming';

export const statusConflictKey = (c: Pick<StatusConflict, 'actionId'>): string => `status:${c.actionId}`;

function byAction(steps: readonly StatusChange[]): Map<string, StatusChange[]> {
  const map = new Map<string, StatusChange[]>();
  for (const s of steps) {
    if (s.deleted) continue;
    const list = map.get(s.actionId);
    if (list) list.push(s);
    else map.set(s.actionId, [s]);
  }
  return map;
}

/**
 * The fiches whose status both sides changed concurrently. `local` must hold every step this tablet
 * has for the fiches the file's steps touch (not only the same ids). A side that moved alone, the
 * same status reached on both sides, or a step already absorbed is no conflict: a file imported
 * twice never reports it again.
 */
export function statusConflicts(local: readonly StatusChange[], incoming: readonly StatusChange[]): StatusConflict[] {
  const here = byAction(local);
  const there = byAction(incoming);
  const out: StatusConflict[] = [];
  for (const [actionId, theirs] of there) {
    const ours = here.get(actionId);
    if (!ours) continue;
    const ourIds = new Set(ours.map((s) => s.id));
    const theirIds = new Set(theirs.map((s) => s.id));
    if (!ours.some((s) => !theirIds.has(s.id)) || !theirs.some((s) => !ourIds.has(s.id))) continue;
    const localLast = statusHistory(ours).at(-1)!;
    const incomingLast = statusHistory(theirs).at(-1)!;
    if (localLast.status === incomingLast.status) continue;
    // The two last steps are each missing on the other side, or one side would have seen the other's move.
    if (theirIds.has(localLast.id) || ourIds.has(incomingLast.id)) continue;
    const merged = statusHistory([...ours, ...theirs.filter((s) => !ourIds.has(s.id))]).at(-1)!;
    out.push({ actionId, sessionId: localLast.sessionId, local: localLast, incoming: incomingLast, winner: merged.id === incomingLast.id ? 'incoming' : 'local' });
  }
  return out.sort((a, b) => (a.actionId < b.actionId ? -1 : a.actionId > b.actionId ? 1 : 0));
}

/**
 * The step that makes the chosen side current, or null when the merge already does. It repeats the
 * chosen step on the later of the two days, written now, so it sorts last; its id depends only on
 * what was chosen, so two tablets making the same choice make one step, not two.
 */
export function settleStatus(c: StatusConflict, choice: StatusChoice, stamp: Stamp): StatusChange | null {
  if (choice === c.winner) return null;
  const chosen = c[choice];
  const other = c[choice === 'local' ? 'incoming' : 'local'];
  const on = chosen.on > other.on ? chosen.on : other.on;
  const id = derivedId(['status', c.actionId, chosen.id, other.id]) as StatusChangeId;
  // Written after both steps even when the other tablet's clock runs ahead of this one's.
  const written = Math.max(stamp.now, chosen.createdAt + 1, other.createdAt + 1);
  return createRecord<StatusChange>(id, chosen.sessionId, { actionId: chosen.actionId, status: chosen.status, on, reason: chosen.reason }, { ...stamp, now: written });
}
