// Dates, durations and sizes through Intl, in the reader's locale (French by default).
import { parseDay } from '../domain/session';

/** Intl formatters cost far more to build than to use, and the room re-renders every second. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
export function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** A date in words, with French's ordinal for the first of the month: « 1er décembre », never « 1 décembre ». */
export function inWords(options: Intl.DateTimeFormatOptions, date: Date, intl: string): string {
  const parts = cached(`words:${JSON.stringify(options)}:${intl}`, () => new Intl.DateTimeFormat(intl, options)).formatToParts(date);
  const french = intl.toLowerCase().startsWith('fr');
  return parts.map((p) => (french && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

export function formatDay(day: string, intl: string): string {
  const date = parseDay(day);
  if (!date) return '';
  return inWords({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, date, intl);
}

export function formatShortDay(day: string, intl: string): string {
  const date = parseDay(day);
  if (!date) return '';
  return inWords({ day: 'numeric', month: 'long', year: 'numeric' }, date, intl);
}

/** « 1er décembre 2026 à 14:32 »; with seconds where two moments a minute apart must be told apart (which file is newer). */
export function formatDateTime(ms: number, intl: string, seconds = false): string {
  return inWords({ dateStyle: 'long', timeStyle: seconds ? 'medium' : 'short' }, new Date(ms), intl);
}

/** "1 h 30 min", "45 min", "2 h": what a French facilitator writes on a guide. */
export function formatMinutes(total: number, intl: string): string {
  const sign = total < 0 ? '−' : '';
  const abs = Math.abs(Math.round(total));
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const unit = (value: number, u: 'hour' | 'minute') => cached(`${u}:${intl}`, () => new Intl.NumberFormat(intl, { style: 'unit', unit: u, unitDisplay: 'short' })).format(value);
  if (h === 0) return sign + unit(m, 'minute');
  if (m === 0) return sign + unit(h, 'hour');
  return `${sign}${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

/** Big-digit clock for timers: "12:05" or "1:02:09". */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function formatBytes(bytes: number, intl: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i += 1;
  }
  return new Intl.NumberFormat(intl, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: value < 10 && i > 0 ? 1 : 0 }).format(value);
}

/** "10:42": the time of a verbatim. */
export function formatTime(ms: number, intl: string): string {
  return cached(`time:${intl}`, () => new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit' })).format(new Date(ms));
}

/** « 5 000 »: French groups thousands with a (narrow) non-breaking space. */
export function formatCount(n: number, intl: string): string {
  return cached(`count:${intl}`, () => new Intl.NumberFormat(intl, { maximumFractionDigits: 0 })).format(n);
}

/** « 12,5 », « 1 200 », « −3 »: a measured value, two decimals at most, as French writes it. */

export function formatPercent(ratio: number, intl: string): string {
  return cached(`percent:${intl}`, () => new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

/**
 * When something happened, as a sentence says it: « 1er décembre » (with the year when it is not this year's) and
 * « 14 h 05 » in French, « 1 December » and « 14:05 » in English. No-break spaces keep « 14 h 05 » on one line.
 */
export function formatMoment(ms: number, intl: string, now: number): { day: string; time: string } {
  const date = new Date(ms);
  const thisYear = date.getFullYear() === new Date(now).getFullYear();
  const day = inWords({ day: 'numeric', month: 'long', ...(thisYear ? {} : { year: 'numeric' }) }, date, intl);
  const [h, m] = formatTime(ms, intl).split(':');
  const french = intl.startsWith('fr');
  return { day, time: french ? `${Number(h)}\u00a0h\u00a0${m}` : `${h}:${m}` };
}
