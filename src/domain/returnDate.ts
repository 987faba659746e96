// The date de retour aux participants, pure: which days are accepted, and when Accueil reminds that « Ce qui a changé » is due.
import { isoDay, parseDay } from './session';
import type { Session } from './types';

/** Accueil starts reminding this many days before the date. */
export const REMIND_DAYS_BEFORE = 7;

export type ReturnDateProblem =
  /** Not a day of the calendar. */
  | 'invalid'
  /** Before the séance itself: the participants cannot hear back before they spoke. */
  | 'beforeSeance';

/** Whether `day` may be stored as the séance's return date; '' clears it and is always allowed. */
export function checkReturnDate(day: string, session: Pick<Session, 'date'>): ReturnDateProblem | null {
  if (day === '') return null;
  if (!parseDay(day)) return 'invalid';
  if (parseDay(session.date) && day < session.date) return 'beforeSeance';
  return null;
}

/** `day` moved by `n` days, through the calendar (month and year ends). */
function addDays(day: string, n: number): string {
  const d = parseDay(day)!;
  return isoDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() + n));
}

/**
 * Whether Accueil reminds the return for this séance today: from REMIND_DAYS_BEFORE days before the
 * date, and after it, until « Ce qui a changé » was printed or exported for that very date (`toldFor`,
 * the return date it was made for on this tablet). A date changed since asks again; a cleared one stops.
 */
export function returnDue(session: Pick<Session, 'returnDate' | 'deleted'>, today: string, toldFor: string | undefined): boolean {
  if (session.deleted || !parseDay(session.returnDate)) return false;
  if (toldFor === session.returnDate) return false;
  return today >= addDays(session.returnDate, -REMIND_DAYS_BEFORE);
}
