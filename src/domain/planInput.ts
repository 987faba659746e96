// What may be typed into a fiche's follow-up, pure: numbers written the French way, and the days of a fiche, a jalon, an indicator and a measure that must hold together.
import { parseDay } from './session';
import type { ActionSheet, Indicator } from './types';

/** Why a typed value is refused; the screen says each in French at its field, the use case refuses the same. */
export type InputProblem =
  /** Nothing typed where something is needed. */
  | 'empty'
  /** Not a number, even read the French way. */
  | 'notNumber'
  /** Not a calendar day. */
  | 'dayInvalid'
  /** After today, where only what happened can be written (a measure, a point d'étape). */
  | 'dayFuture'
  /** An indicator's target day before its baseline's. */
  | 'targetBeforeBaseline'
  /** A value of reference with no day to place it on the line. */
  | 'baselineDayMissing'
  /** A jalon after the fiche's fin prévue. */
  | 'afterEnd'
  /** A fiche's fin prévue before its démarrage. */
  | 'endBeforeStart';

/** The problems of a form, field by field; an empty object means it may be stored. */
export type Problems<F extends string> = Partial<Record<F, InputProblem>>;

export const hasProblems = (problems: Problems<string>): boolean => Object.keys(problems).length > 0;

export type NumberRead = { ok: true; value: number } | { ok: false; problem: 'empty' | 'notNumber' };

/** Spaces French puts between thousands: plain, no-break, narrow no-break. */
const SPACES = /[ \u00a0\u202f]/g;

/**
 * A number as a French person types it: « 12,5 », « 1 200 », « -3 », « − 3 » (the typographic minus), and
 * « 12.5 » from a keyboard that has only a point. Spaces may only group thousands (« 12 5 » is refused, not
 * read as 125); a point is always a decimal point, never a thousands separator.
 */
export function parseFrenchNumber(raw: string): NumberRead {
  const text = raw.trim().replace(/^[−–]/, '-');
  if (text === '') return { ok: false, problem: 'empty' };
  const m = /^([+-]?)\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:[.,](\d+))?$/.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { ok: false, problem: 'notNumber' };
  const value = Number(`${m[1]}${(m[2] ?? '0').replace(SPACES, '')}.${m[3] ?? '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'notNumber' };
}

/** An optional number: empty is « not set » (null), anything else must read as a number. */
export function parseOptionalNumber(raw: string): { ok: true; value: number | null } | { ok: false; problem: 'notNumber' } {
  if (raw.trim() === '') return { ok: true, value: null };
  const read = parseFrenchNumber(raw);
  return read.ok ? read : { ok: false, problem: 'notNumber' };
}

const isDay = (day: string): boolean => parseDay(day) !== null;

/** A fiche's fin prévue is not before its démarrage, when both are days (older fiches may hold free text). */
export function checkFicheDates(sheet: Pick<ActionSheet, 'start' | 'plannedEnd'>): Problems<'plannedEnd'> {
  return isDay(sheet.start) && isDay(sheet.plannedEnd) && sheet.plannedEnd < sheet.start ? { plannedEnd: 'endBeforeStart' } : {};
}

export interface MilestoneInput {
  title: string;
  due: string;
}

/** A jalon has a title and a day, not after the fiche's fin prévue when that is a day. */
export function checkMilestone(input: MilestoneInput, plannedEnd: string): Problems<keyof MilestoneInput> {
  const problems: Problems<keyof MilestoneInput> = {};
  if (input.title.trim() === '') problems.title = 'empty';
  if (input.due === '') problems.due = 'empty';
  else if (!isDay(input.due)) problems.due = 'dayInvalid';
  else if (isDay(plannedEnd) && input.due > plannedEnd) problems.due = 'afterEnd';
  return problems;
}

/** The indicator form as typed: numbers still text, so that what was typed stays in the field when refused. */
export interface IndicatorInput {
  name: string;
  unit: string;
  baselineValue: string;
  baselineOn: string;
  targetValue: string;
  targetOn: string;
}

export type IndicatorFields = Pick<Indicator, 'name' | 'unit' | 'baselineValue' | 'baselineOn' | 'targetValue' | 'targetOn'>;

export type IndicatorRead = { ok: true; fields: IndicatorFields } | { ok: false; problems: Problems<keyof IndicatorInput> };

/**
 * An indicator has a name; its baseline and target values are optional numbers; a baseline value needs its
 * day (the line starts there); the target's day, when given, is not before the baseline's.
 */
export function readIndicator(input: IndicatorInput): IndicatorRead {
  const problems: Problems<keyof IndicatorInput> = {};
  if (input.name.trim() === '') problems.name = 'empty';
  const baseline = parseOptionalNumber(input.baselineValue);
  const target = parseOptionalNumber(input.targetValue);
  if (!baseline.ok) problems.baselineValue = baseline.problem;
  if (!target.ok) problems.targetValue = target.problem;
  if (input.baselineOn !== '' && !isDay(input.baselineOn)) problems.baselineOn = 'dayInvalid';
  else if (input.baselineOn === '' && baseline.ok && baseline.value !== null) problems.baselineOn = 'baselineDayMissing';
  if (input.targetOn !== '' && !isDay(input.targetOn)) problems.targetOn = 'dayInvalid';
  else if (isDay(input.targetOn) && isDay(input.baselineOn) && input.targetOn < input.baselineOn) problems.targetOn = 'targetBeforeBaseline';
  if (!baseline.ok || !target.ok || hasProblems(problems)) return { ok: false, problems };
  const fields = { name: input.name.trim(), unit: input.unit.trim(), baselineValue: baseline.value, baselineOn: input.baselineOn, targetValue: target.value, targetOn: input.targetOn };
  return { ok: true, fields };
}

/** A measure or a point d'étape is dated on a day that has come: the plan records what happened. */
export function checkPastDay(day: string, today: string): InputProblem | null {
  if (day === '') return 'empty';
  if (!isDay(day)) return 'dayInvalid';
  return day > today ? 'dayFuture' : null;
}

export type MeasureRead = { ok: true; value: number; on: string } | { ok: false; problems: Problems<'value' | 'on'> };

/** A measured value: a number (never empty), on a day that has come. */
export function readMeasure(value: string, on: string, today: string): MeasureRead {
  const problems: Problems<'value' | 'on'> = {};
  const read = parseFrenchNumber(value);
  if (!read.ok) problems.value = read.problem;
  const day = checkPastDay(on, today);
  if (day) problems.on = day;
  return read.ok && !day ? { ok: true, value: read.value, on } : { ok: false, problems };
}
