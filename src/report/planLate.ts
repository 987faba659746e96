// Accueil's count of late actions, pure and small: the first screen carries this, not the plan table (report/planTable.ts).
import { currentStatus, lateness } from '../domain/plan';
import type { ActionSheet, Milestone, Session, StatusChange } from '../domain/types';

/** What lateness needs: every séance's records of these kinds, tombstones included (dropped here). */
export interface LatenessInput {
  sessions: readonly Session[];
  actions: readonly ActionSheet[];
  statusChanges: readonly StatusChange[];
  milestones: readonly Milestone[];
}

/** Live records by a key (a fiche's id): grouped once, not filtered again for each fiche. */
export function groupBy<T extends { deleted: boolean }>(records: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) {
    if (r.deleted) continue;
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/**
 * How many fiches of the tablet are late: the number on Accueil's « Plan d’actions » button. Apart from the
 * table (same fiches, same rule; a test holds them together): Accueil's bundle carries this module, not the table's.
 */
export function lateCount(input: LatenessInput, today: string): number {
  const live = new Set(input.sessions.filter((s) => !s.deleted).map((s) => s.id));
  const steps = groupBy(input.statusChanges, (c) => c.actionId);
  const jalons = groupBy(input.milestones, (m) => m.actionId);
  let late = 0;
  for (const a of input.actions) {
    if (!a.deleted && live.has(a.sessionId) && lateness(a, currentStatus(steps.get(a.id) ?? []), jalons.get(a.id) ?? [], today).late) late += 1;
  }
  return late;
}
