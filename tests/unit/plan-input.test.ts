// What may be typed into a fiche's follow-up: French numbers, and the days of a fiche, a jalon, an indicator and a measure.
import { describe, expect, it } from 'vitest';
import { checkFicheDates, checkMilestone, checkPastDay, parseFrenchNumber, parseOptionalNumber, readIndicator, readMeasure, type IndicatorInput } from '../../src/domain/planInput';

describe('a number typed the French way', () => {
  it.each<[string, number]>([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 200', 1200],
    ['1\u00a0200,75', 1200.75],
    ['1\u202f234\u202f567', 1234567],
    ['-3', -3],
    ['−3', -3],
    ['- 3,5', -3.5],
    ['+4', 4],
    ['0', 0],
    [',5', 0.5],
    ['  42  ', 42],
    ['1200', 1200],
  ])('« %s » is %d', (raw, value) => {
    expect(parseFrenchNumber(raw)).toEqual({ ok: true, value });
  });

  it.each<[string, 'empty' | 'notNumber']>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['douze', 'notNumber'],
    ['12 5', 'notNumber'],
    ['12,5,3', 'notNumber'],
    ['1.200,5', 'notNumber'],
    ['12,', 'notNumber'],
    ['-', 'notNumber'],
    ['12 %', 'notNumber'],
    ['1e3', 'notNumber'],
    ['Infinity', 'notNumber'],
    ['0x10', 'notNumber'],
  ])('« %s » is refused: %s', (raw, problem) => {
    expect(parseFrenchNumber(raw)).toEqual({ ok: false, problem });
  });

  it('an optional number is null when empty, refused when not a number', () => {
    expect(parseOptionalNumber(' ')).toEqual({ ok: true, value: null });
    expect(parseOptionalNumber('7,25')).toEqual({ ok: true, value: 7.25 });
    expect(parseOptionalNumber('sept')).toEqual({ ok: false, problem: 'notNumber' });
  });
});

describe('a fiche’s démarrage and fin prévue', () => {
  it.each<[string, string, string, object]>([
    ['end after start', '2027-01-01', '2027-06-30', {}],
    ['end on the start day', '2027-01-01', '2027-01-01', {}],
    ['end before start', '2027-06-30', '2027-01-01', { plannedEnd: 'endBeforeStart' }],
    ['free-text start from an older fiche', 'janvier', '2027-01-01', {}],
    ['no end yet', '2027-01-01', '', {}],
  ])('%s', (_name, start, plannedEnd, expected) => {
    expect(checkFicheDates({ start, plannedEnd })).toEqual(expected);
  });
});

describe('a jalon', () => {
  it.each<[string, string, string, string, object]>([
    ['before the fin prévue', 'Affiche posée', '2027-03-01', '2027-06-30', {}],
    ['on the fin prévue', 'Bilan', '2027-06-30', '2027-06-30', {}],
    ['after the fin prévue', 'Bilan', '2027-07-01', '2027-06-30', { due: 'afterEnd' }],
    ['any day when the fin prévue is free text', 'Bilan', '2030-01-01', 'fin juin', {}],
    ['any day when there is no fin prévue', 'Bilan', '2030-01-01', '', {}],
    ['no title', '  ', '2027-03-01', '2027-06-30', { title: 'empty' }],
    ['no day', 'Bilan', '', '2027-06-30', { due: 'empty' }],
    ['not a day', 'Bilan', '2027-02-30', '2027-06-30', { due: 'dayInvalid' }],
  ])('%s', (_name, title, due, plannedEnd, expected) => {
    expect(checkMilestone({ title, due }, plannedEnd)).toEqual(expected);
  });
});

describe('an indicator', () => {
  const typed = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({ name: 'Attente au guichet', unit: 'min', baselineValue: '25', baselineOn: '2026-11-23', targetValue: '10', targetOn: '2027-06-30', ...over });

  it('reads its numbers the French way and trims its texts', () => {
    expect(readIndicator(typed({ name: '  Attente  ', baselineValue: '25,5', targetValue: '1 000' }))).toEqual({
      ok: true,
      fields: { name: 'Attente', unit: 'min', baselineValue: 25.5, baselineOn: '2026-11-23', targetValue: 1000, targetOn: '2027-06-30' },
    });
  });

  it('may have no baseline and no target yet', () => {
    expect(readIndicator(typed({ baselineValue: '', baselineOn: '', targetValue: '', targetOn: '' }))).toMatchObject({ ok: true, fields: { baselineValue: null, targetValue: null } });
  });

  it.each<[string, Partial<IndicatorInput>, object]>([
    ['no name', { name: ' ' }, { name: 'empty' }],
    ['a baseline that is not a number', { baselineValue: 'vingt' }, { baselineValue: 'notNumber' }],
    ['a target that is not a number', { targetValue: '10 min' }, { targetValue: 'notNumber' }],
    ['a target day before the baseline day', { targetOn: '2026-11-22' }, { targetOn: 'targetBeforeBaseline' }],
    ['a baseline value with no day', { baselineOn: '' }, { baselineOn: 'baselineDayMissing' }],
    ['a baseline day that is not a day', { baselineOn: '2026-13-01' }, { baselineOn: 'dayInvalid' }],
    ['several at once', { name: '', targetValue: 'x', targetOn: '2020-01-01' }, { name: 'empty', targetValue: 'notNumber', targetOn: 'targetBeforeBaseline' }],
  ])('refuses %s', (_name, over, problems) => {
    expect(readIndicator(typed(over))).toEqual({ ok: false, problems });
  });

  it('a target day on the baseline day is fine', () => {
    expect(readIndicator(typed({ targetOn: '2026-11-23' })).ok).toBe(true);
  });
});

describe('a measure and a point d’étape', () => {
  const today = '2027-03-15';
  it.each<[string, string, string, object]>([
    ['a French decimal today', '12,5', today, { ok: true, value: 12.5, on: today }],
    ['a negative value in the past', '-3', '2027-01-01', { ok: true, value: -3, on: '2027-01-01' }],
    ['an empty value', '', today, { ok: false, problems: { value: 'empty' } }],
    ['a word', 'beaucoup', today, { ok: false, problems: { value: 'notNumber' } }],
    ['a day to come', '12', '2027-03-16', { ok: false, problems: { on: 'dayFuture' } }],
    ['no day', '12', '', { ok: false, problems: { on: 'empty' } }],
    ['both wrong', 'x', '2027-02-30', { ok: false, problems: { value: 'notNumber', on: 'dayInvalid' } }],
  ])('%s', (_name, value, on, expected) => {
    expect(readMeasure(value, on, today)).toEqual(expected);
  });

  it('a point d’étape is dated on a day that has come', () => {
    expect([checkPastDay(today, today), checkPastDay('2027-03-16', today), checkPastDay('hier', today), checkPastDay('', today)]).toEqual([null, 'dayFuture', 'dayInvalid', 'empty']);
  });
});
