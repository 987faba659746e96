// The plan d'actions followed after the séance, pure: a fiche's status from its history, the steps allowed, and when an action is late.
import { parseDay } from './session';
import type { ActionSheet, ActionStatus, Milestone, StatusChange } from './types';

export const ACTION_STATUSES = ['prevue', 'en_cours', 'terminee', 'abandonnee'] as const satisfies readonly ActionStatus[];

/** A fiche with no status step yet is planned: that is what writing it in the plan means. */
export const INITIAL_STATUS: ActionStatus = 'prevue';

/** Statuses after which nothing is expected of the action any more: never late. */
const CLOSED: ReadonlySet<ActionStatus> = new Set(['terminee', 'abandonnee']);

export const isClosed = (status: ActionStatus): boolean => CLOSED.has(status);

/**
 * A fiche's steps, oldest first: by the day they took effect, then by when they were written (two
 * steps on one day keep the order they were made in), then by id so every tablet agrees.
 */
export function statusHistory(changes: readonly StatusChange[], actionId?: string): StatusChange[] {
  return changes
    .filter((c) => !c.deleted && (actionId === undefined || c.actionId === actionId))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** The last step of a history (as `statusHistory` orders it), or undefined for a fiche never moved. */
export function lastStep(changes: readonly StatusChange[], actionId?: string): StatusChange | undefined {
  const history = statusHistory(changes, actionId);
  return history[history.length - 1];
}

/** Fiches action in their numbering order (« 2 » before « 10 »), unnumbered ones last, then as written, then by id. */
export function byActionNumber(a: Pick<ActionSheet, 'number' | 'createdAt' | 'id'>, b: Pick<ActionSheet, 'number' | 'createdAt' | 'id'>): number {
  if (a.number === '' || b.number === '') return Number(a.number === '') - Number(b.number === '') || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return a.number.localeCompare(b.number, 'fr', { numeric: true }) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Where a fiche stands: its last step's status, `prevue` before any. */
export function currentStatus(changes: readonly StatusChange[], actionId?: string): ActionStatus {
  return lastStep(changes, actionId)?.status ?? INITIAL_STATUS;
}

export type StatusProblem =
  /** The fiche is already there. */
  | 'same'
  /** An abandoned action says why. */
  | 'reasonMissing'
  /** Not a calendar day. */
  | 'dayInvalid'
  /** A step dated after today: the plan records what happened, not what is hoped. */
  | 'dayFuture'
  /** A step dated before the last one would rewrite the history instead of adding to it. */
  | 'dayBeforeLast';

export interface StatusStep {
  status: ActionStatus;
  on: string;
  reason: string;
}

/**
 * Whether a new step may be added. Every move is allowed, back included (a terminée action reopened,
 * an en cours one planned again): the history keeps each step, so going back loses nothing.
 */
export function checkStatusStep(history: readonly StatusChange[], step: StatusStep, today: string): StatusProblem | null {
  const last = history[history.length - 1];
  if ((last?.status ?? INITIAL_STATUS) === step.status) return 'same';
  if (step.status === 'abandonnee' && step.reason.trim() === '') return 'reasonMissing';
  if (!parseDay(step.on)) return 'dayInvalid';
  if (step.on > today) return 'dayFuture';
  if (last && step.on < last.on) return 'dayBeforeLast';
  return null;
}

/** The milestones of a fiche still to do, the nearest first. */
export function openMilestones(milestones: readonly Milestone[], actionId?: string): Milestone[] {
  return milestones
    .filter((m) => !m.deleted && m.doneOn === '' && (actionId === undefined || m.actionId === actionId))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The next milestone to reach (the nearest not done), or undefined. */
export function nextMilestone(milestones: readonly Milestone[], actionId?: string): Milestone | undefined {
  return openMilestones(milestones, actionId).find((m) => parseDay(m.due) !== null);
}

export interface Lateness {
  late: boolean;
  /** The fin prévue is a day before today. */
  endPassed: boolean;
  /** Milestones not done whose day is before today. */
  missed: Milestone[];
}

const ON_TIME: Lateness = { late: false, endPassed: false, missed: [] };

/**
 * An action is late when it is neither terminée nor abandonnée and its fin prévue, or one of its
 * jalons, is a day before today. A fin prévue that is not a day (free text from an older fiche, or
 * empty) makes nothing late: the plan flags what it can be sure of.
 */
export function lateness(action: Pick<ActionSheet, 'id' | 'plannedEnd'>, status: ActionStatus, milestones: readonly Milestone[], today: string): Lateness {
  if (isClosed(status)) return ON_TIME;
  const endPassed = parseDay(action.plannedEnd) !== null && action.plannedEnd < today;
  const missed = openMilestones(milestones, action.id).filter((m) => parseDay(m.due) !== null && m.due < today);
  return endPassed || missed.length > 0 ? { late: true, endPassed, missed } : ON_TIME;
}

/** How far along each status is: terminée and abandonnée both end the action. */
const STAGE: Record<ActionStatus, number> = { prevue: 0, en_cours: 1, terminee: 2, abandonnee: 2 };

/** A move back: a terminée or abandonnée action reopened, an en cours one planned again. */
export const goesBack = (from: ActionStatus, to: ActionStatus): boolean => STAGE[to] < STAGE[from];

/**
 * Each step of a history with the status it left and whether it went back (a terminée action reopened,
 * an abandoned one taken up again): the history shows those plainly, they are part of the action's story.
 */
export function historySteps(history: readonly StatusChange[]): { change: StatusChange; from: ActionStatus; back: boolean }[] {
  return history.map((change, i) => {
    const from = history[i - 1]?.status ?? INITIAL_STATUS;
    return { change, from, back: goesBack(from, change.status) };
  });
}
