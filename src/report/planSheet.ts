// The plan d'actions' rows as words and cells: what the screen, the print view, the CSV and the spreadsheet all say alike.
import { parseDay } from '../domain/session';
import type { Lateness } from '../domain/plan';
import type { ActionStatus } from '../domain/types';
import type { Translate } from '../i18n/core';
import { formatCompactDay } from '../i18n/formatPlan';
import { csvDocument, typedText } from './csvFormat';
import type { IndicatorReading, PlanRow } from './planTable';

/** Between the items of one cell (engagements, reasons): their own texts may hold commas; French puts a no-break space before « ; ». */
export const LIST = ' ; ';

export const statusLabel = (status: ActionStatus, t: Translate): string => t(`plan.status.${status}`);

const dayTexts = new Map<string, string>();

/** « 1er nov. 2026 » when it is a day; an older fiche's free text (« juin 2027 ») as typed. */
export function dayText(day: string, intl: string): string {
  // A plan repeats the same days hundreds of times; formatting is the slow part of drawing a row.
  const key = `${intl}|${day}`;
  let text = dayTexts.get(key);
  if (text === undefined) {
    text = formatCompactDay(day, intl) || day;
    if (dayTexts.size > 5000) dayTexts.clear();
    dayTexts.set(key, text);
  }
  return text;
}

const numbers = new Map<string, Intl.NumberFormat>();
function number(value: number, intl: string): string {
  let f = numbers.get(intl);
  if (!f) numbers.set(intl, (f = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 })));
  return f.format(value);
}

const withUnit = (value: number, unit: string, intl: string) => (unit.trim() ? `${number(value, intl)} ${unit.trim()}` : number(value, intl));

/** « 18 min / cible 10 min », « pas encore mesuré / cible 10 min », « 18 min » when no target was set. */
export function readingText(r: IndicatorReading, t: Translate, intl: string): string {
  const value = r.last ? withUnit(r.last.value, r.unit, intl) : t('plan.indicator.none');
  return r.target === null ? value : t('plan.indicator.vsTarget', { value, target: withUnit(r.target, r.unit, intl) });
}

/** Why the row is late, in words: the fin prévue passed, and/or which jalons were missed. */
export function lateReasons(l: Lateness, end: string, t: Translate, intl: string): string[] {
  const reasons = l.endPassed ? [t('plan.late.end', { day: dayText(end, intl) })] : [];
  return [...reasons, ...l.missed.map((m) => t('plan.late.milestone', { title: m.title, day: dayText(m.due, intl) }))];
}

/** A spreadsheet cell: text, or a day that a spreadsheet can sort and compute with (shown as `text`). */
export type SheetCell = { text: string; day?: string };

export interface Sheet {
  head: string[];
  rows: SheetCell[][];
}

const text = (value: string): SheetCell => ({ text: value });
/** A real day keeps its value for the spreadsheet; anything else stays text. */
const day = (value: string, intl: string): SheetCell => (parseDay(value) ? { text: dayText(value, intl), day: value } : { text: value });

/** Column widths in the spreadsheet (cm), so it opens readable without resizing: titles and reasons get room. */
export const PLAN_COLUMN_WIDTHS = [1.5, 7, 6, 5, 3, 4.5, 3, 3, 3, 5, 3, 7, 2.5, 7] as const;

/** The table of the exports, one row per fiche, in the screen's order and with its filters already applied. */
export function planSheet(rows: readonly PlanRow[], t: Translate, intl: string): Sheet {
  const cols = ['number', 'action', 'engagements', 'session', 'sessionDate', 'owner', 'start', 'end', 'status', 'next', 'nextDue', 'indicators', 'late', 'why'] as const;
  return {
    head: cols.map((c) => t(`plan.col.${c}`)),
    rows: rows.map((r) => [
      text(r.number),
      text(r.title),
      text(r.engagements.map((e) => t(`engagement.short.${e}`)).join(LIST)),
      text(r.sessionTitle),
      day(r.sessionDate, intl),
      text(r.owner),
      day(r.start, intl),
      day(r.plannedEnd, intl),
      text(statusLabel(r.status, t)),
      text(r.nextMilestone?.title ?? ''),
      day(r.nextMilestone?.due ?? '', intl),
      text(r.indicators.map((i) => t('plan.indicator.named', { name: i.name, reading: readingText(i, t, intl) })).join(LIST)),
      text(r.lateness.late ? t('plan.yes') : t('plan.no')),
      text(lateReasons(r.lateness, r.plannedEnd, t, intl).join(LIST)),
    ]),
  };
}

/** « 15/01/2027 »: the form French Excel reads as a date. */
const csvDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The plan for French Excel, like the report's tables (BOM, `;`, French dates, typed text never run as a formula). */
export function planCsv(sheet: Sheet): string {
  return csvDocument([sheet.head, ...sheet.rows.map((row) => row.map((c) => (c.day ? csvDay(c.day) : typedText(c.text))))]);
}
