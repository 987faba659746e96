// Reads of the plan d'actions across every séance of the tablet (the plan screen, Accueil's late count), as live queries.
import type { LatenessInput } from '../report/planLate';
import type { PlanInput } from '../report/planTable';
import { getDb } from './connection';
import { useLive, type Live } from './live';

/** Every record the plan table reads, tombstones included (the table drops them and the fiches of deleted séances). */
export async function planInput(): Promise<PlanInput> {
  const db = getDb();
  const [sessions, actions, statusChanges, milestones, indicators, measures] = await Promise.all([
    db.sessions.toArray(),
    db.actions.toArray(),
    db.statusChanges.toArray(),
    db.milestones.toArray(),
    db.indicators.toArray(),
    db.measures.toArray(),
  ]);
  return { sessions, actions, statusChanges, milestones, indicators, measures };
}

/** What lateness needs, and no more: Accueil does not re-read when a measure is typed. */
export async function latenessInput(): Promise<LatenessInput> {
  const db = getDb();
  const [sessions, actions, statusChanges, milestones] = await Promise.all([db.sessions.toArray(), db.actions.toArray(), db.statusChanges.toArray(), db.milestones.toArray()]);
  return { sessions, actions, statusChanges, milestones };
}

export const usePlanInput = (): Live<PlanInput> => useLive(planInput, []);
export const useLatenessInput = (): Live<LatenessInput> => useLive(latenessInput, []);
