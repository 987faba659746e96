// A fiche's suivi in words, for the En bref page and « Ce qui a changé »: its status and day, its next jalon, each indicator's movement.
import type { MessageKey } from '../i18n/core';
import { formatShortDay } from '../i18n/format';
import type { ActionProgress, IndicatorLine } from './model';
import type { Words } from './words';

const day = (d: string, intl: string) => formatShortDay(d, intl) || d;

/** « En cours depuis le 12 janvier 2027 », « Terminée le 3 mars 2027 », « Prévue »; an abandoned action says why. */
export function statusText(p: Pick<ActionProgress, 'status' | 'since' | 'reason'>, { t, intl }: Words): string {
  const said = p.since === '' ? t(`report.progress.${p.status}.undated` as MessageKey) : t(`report.progress.${p.status}` as MessageKey, { day: day(p.since, intl) });
  return p.status === 'abandonnee' && p.reason.trim() !== '' ? t('report.progress.because', { status: said, reason: p.reason.trim() }) : said;
}

/** « 18 min », « 12,5 % »: French separators, the unit after a no-break space (thin before %, as French prints it). */
export function valueText(value: number, unit: string, intl: string): string {
  const n = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 }).format(value);
  const u = unit.trim();
  if (u === '') return n;
  return u === '%' ? `${n}\u202f%` : `${n}\u00a0${u}`;
}

/** Whether the last measure is at or beyond the target, in the direction the baseline gives (down from 25 to 10, or up); unknown without a baseline. */
export function targetReached(line: IndicatorLine): boolean {
  if (line.target === null || line.last === null || line.baseline === null) return false;
  return line.target < line.baseline ? line.last.value <= line.target : line.last.value >= line.target;
}

/**
 * « Attente au guichet : de 25 min (23 novembre 2026) à 18 min (1er février 2027) ; objectif : 10 min
 * d’ici le 30 juin 2027 », and « — objectif atteint » when it is.
 */
export function indicatorText(line: IndicatorLine, w: Words): string {
  const { t, intl } = w;
  const at = (value: number, on: string) => (on ? t('report.indicator.at', { value: valueText(value, line.unit, intl), day: day(on, intl) }) : valueText(value, line.unit, intl));
  const name = line.name.trim() || t('report.indicator.unnamed');
  const from = line.baseline !== null ? at(line.baseline, line.baselineOn) : '';
  let text: string;
  if (line.last === null) text = from ? t('report.indicator.notYet.from', { name, from }) : t('report.indicator.notYet', { name });
  else text = from ? t('report.indicator.moved', { name, from, to: at(line.last.value, line.last.on) }) : t('report.indicator.measured', { name, to: at(line.last.value, line.last.on) });
  if (line.target !== null) {
    const target = valueText(line.target, line.unit, intl);
    text = line.targetOn ? t('report.indicator.target.by', { text, target, day: day(line.targetOn, intl) }) : t('report.indicator.target', { text, target });
  }
  return targetReached(line) ? t('report.indicator.reached', { text }) : text;
}

/** « Prochain jalon : horaires affichés, le 15 janvier 2027 ». */
export function milestoneText(m: NonNullable<ActionProgress['nextMilestone']>, { t, intl }: Words): string {
  return t('report.progress.nextMilestone', { title: m.title.trim() || t('report.progress.milestoneUntitled'), day: day(m.due, intl) });
}
