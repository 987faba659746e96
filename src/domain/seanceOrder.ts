// The order séances of a démarche are listed in everywhere (columns, results, ranking ties): by day, so every tablet shows the same.
import type { Session } from './types';

export type SeanceKey = Pick<Session, 'id' | 'date' | 'startTime' | 'title'>;

/** Oldest day first (a séance without a day last), then its start time, then its title, then its id. */
export function bySeance(a: SeanceKey, b: SeanceKey): number {
  if (a.date !== b.date) return a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime === '' ? 1 : b.startTime === '' ? -1 : a.startTime < b.startTime ? -1 : 1;
  return a.title.localeCompare(b.title, 'fr') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The live séances in that order. */
export function liveSeances<S extends { session: SeanceKey & Pick<Session, 'deleted'> }>(seances: readonly S[]): S[] {
  return seances.filter((s) => !s.session.deleted).sort((a, b) => bySeance(a.session, b.session));
}
