// Formats only the plan d'actions and the fiche de suivi use (short day, decimal value): kept out of the first screen's format module.
import { parseDay } from '../domain/session';
import { cached, inWords } from './format';

/** « 12 oct. 2026 »: a day short enough for a table column. */
export function formatCompactDay(day: string, intl: string): string {
  const date = parseDay(day);
  if (!date) return '';
  return inWords({ day: 'numeric', month: 'short', year: 'numeric' }, date, intl);
}

/** A measured value as French writes it: « 27,5 », « 1 200 ». */
export function formatDecimal(n: number, intl: string): string {
  return cached(`decimal:${intl}`, () => new Intl.NumberFormat(intl, { maximumFractionDigits: 2 })).format(n);
}
