// Pure rules for a séance record: defaults, the mirror copy, purge date, status.
import { DEFAULT_SESSION_MINUTES } from './guide';
import type { Fields, Session } from './types';

export const DEFAULT_DOTS = 3;
export const PURGE_AFTER_MONTHS = 3;

/** `YYYY-MM-DD` of a local calendar day. */
export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function parseDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) || isoDay(date) !== day ? null : date;
}

/** The default purge date: three months after the séance, clamped to the month's last day (31 Nov → 30 Nov). */
export function defaultPurgeAfter(day: string): string {
  const date = parseDay(day);
  if (!date) return '';
  const target = new Date(date.getFullYear(), date.getMonth() + PURGE_AFTER_MONTHS, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(date.getDate(), lastDay));
  return isoDay(target);
}

export function newSessionFields(today: string, title: string, consentWording: string): Fields<Session> {
  return {
    title,
    date: today,
    startTime: '',
    place: '',
    purpose: 'ameliorer',
    objective: '',
    theme: '',
    themeSources: [],
    themeNote: '',
    audience: ['usagers'],
    animateur: '',
    secretaire: '',
    superviseur: '',
    consentWording,
    status: 'preparation',
    currentPhase: null,
    plannedMinutes: DEFAULT_SESSION_MINUTES,
    dotsPerParticipant: DEFAULT_DOTS,
    purgeAfter: defaultPurgeAfter(today),
    startedAt: null,
    closedAt: null,
    returnDate: '',
    anonymised: false,
    demarcheId: '',
    mirrorOf: '',
  };
}

/**
 * A mirror séance: the same topic heard from another public. Guide, objective and theme are kept;
 * people, dates and everything that happened are not.
 */
export function mirrorSessionFields(source: Fields<Session>, title: string, today: string): Fields<Session> {
  return {
    ...newSessionFields(today, title, source.consentWording),
    purpose: source.purpose,
    objective: source.objective,
    theme: source.theme,
    themeSources: [...source.themeSources],
    themeNote: source.themeNote,
    audience: [...source.audience],
    plannedMinutes: source.plannedMinutes,
    dotsPerParticipant: source.dotsPerParticipant,
    place: source.place,
  };
}

/** Cards on the home screen: running first, then by date (newest first), then by last change. */
export function sortSessions<S extends Pick<Session, 'status' | 'date' | 'updatedAt'>>(list: readonly S[]): S[] {
  const rank = { en_cours: 0, preparation: 1, terminee: 2 } as const;
  return [...list].sort((a, b) => rank[a.status] - rank[b.status] || b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt);
}

export function purgeDue(session: Pick<Session, 'purgeAfter'>, today: string): boolean {
  return session.purgeAfter !== '' && session.purgeAfter < today;
}
