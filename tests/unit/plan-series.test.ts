// An indicator over time: its series (baseline, measures by day, last value against the target) and the geometry of its small line.
import { describe, expect, it } from 'vitest';
import { CHART_BOX, chartGeometry, indicatorSeries } from '../../src/domain/indicatorSeries';
import type { Indicator } from '../../src/domain/types';
import { makeActionSheet, makeIndicator, makeMeasure, makeSession, T0 } from '../factories';

const sid = makeSession().id;
const action = makeActionSheet(sid);
const indicator = (over: Partial<Indicator> = {}) => makeIndicator(sid, action.id, { baselineValue: 25, baselineOn: '2027-01-01', targetValue: 10, targetOn: '2027-12-31', ...over });
const measure = (ind: Indicator, value: number, on: string, over: { createdAt?: number; deleted?: boolean } = {}) => makeMeasure(sid, ind, { value, on, createdAt: over.createdAt ?? T0, deleted: over.deleted ?? false });

describe('the series of an indicator', () => {
  it('starts at the baseline, then the measures by day, the deleted and other indicators’ left out', () => {
    const ind = indicator();
    const other = indicator();
    const series = indicatorSeries(ind, [measure(ind, 18, '2027-03-01'), measure(ind, 21, '2027-02-01'), measure(ind, 5, '2027-02-15', { deleted: true }), measure(other, 1, '2027-02-10')]);
    expect(series.points.map((p) => [p.kind, p.on, p.value])).toEqual([
      ['baseline', '2027-01-01', 25],
      ['measure', '2027-02-01', 21],
      ['measure', '2027-03-01', 18],
    ]);
    expect(series.last).toMatchObject({ on: '2027-03-01', value: 18 });
    expect(series.target).toEqual({ value: 10, on: '2027-12-31' });
  });

  it('two measures of one day keep the order they were typed in', () => {
    const ind = indicator();
    const series = indicatorSeries(ind, [measure(ind, 12, '2027-03-01', { createdAt: T0 + 5 }), measure(ind, 14, '2027-03-01', { createdAt: T0 })]);
    expect(series.last?.value).toBe(12);
  });

  it.each<[string, Partial<Indicator>, number[], boolean | null]>([
    ['a time brought down to its target', {}, [12, 10], true],
    ['a time brought below its target', {}, [9], true],
    ['a time not yet down to its target', {}, [12], false],
    ['a rate raised to its target', { baselineValue: 40, targetValue: 80 }, [85], true],
    ['a rate not yet up', { baselineValue: 40, targetValue: 80 }, [60], false],
    ['no measure yet', {}, [], null],
    ['no target', { targetValue: null }, [12], null],
    ['no baseline: only exactly on target counts', { baselineValue: null }, [10], true],
    ['no baseline: the direction is unknown', { baselineValue: null }, [12], null],
  ])('%s', (_name, over, values, reached) => {
    const ind = indicator(over);
    const series = indicatorSeries(ind, values.map((v, i) => measure(ind, v, `2027-0${i + 2}-01`)));
    expect(series.reached).toBe(reached);
  });

  it('a baseline without a value or without a day is not a point; the last value is then the last measure', () => {
    const ind = indicator({ baselineValue: null });
    expect(indicatorSeries(ind, []).points).toEqual([]);
    expect(indicatorSeries(ind, []).last).toBeNull();
    const undated = indicator({ baselineOn: '' });
    expect(indicatorSeries(undated, [measure(undated, 3, '2027-02-01')]).points.map((p) => p.kind)).toEqual(['measure']);
    expect(indicatorSeries(indicator(), []).last).toMatchObject({ kind: 'baseline', value: 25 });
  });
});

describe('the line drawn for an indicator (240 × 72, 8 of room)', () => {
  // The plot runs from x 8 to 232 and from y 8 (highest value) to 64 (lowest).
  it('spaces days by real time and puts higher values up, the target dashed across the plot', () => {
    const ind = indicator({ baselineOn: '2027-01-01', targetValue: 10, targetOn: '2027-12-31' });
    const g = chartGeometry(indicatorSeries(ind, [measure(ind, 20, '2027-01-11'), measure(ind, 15, '2027-01-31')]))!;
    // 30 days across 224 units: 10 days = 74.67; values 25…10 over 56 units.
    expect(g.points.map((p) => [p.x, p.y])).toEqual([
      [8, 8],
      [82.67, 26.67],
      [232, 45.33],
    ]);
    expect(g.path).toBe('M 8 8 L 82.67 26.67 L 232 45.33');
    // The target's day months ahead does not squeeze the measures: the target is a level across.
    expect(g.target).toEqual({ y: 64, x1: 8, x2: 232 });
    expect(g.baseline).toMatchObject({ x: 8, y: 8, value: 25 });
  });

  it('a month apart is twice as far as two weeks apart', () => {
    const ind = indicator({ targetValue: null });
    const g = chartGeometry(indicatorSeries(ind, [measure(ind, 20, '2027-01-15'), measure(ind, 18, '2027-02-12')]))!;
    const [a, b, c] = g.points.map((p) => p.x);
    expect(c! - b!).toBeCloseTo(2 * (b! - a!), 1);
  });

  it('a day across a change of summer time is a day like the others', () => {
    const ind = indicator({ baselineOn: '2027-03-27', targetValue: null });
    const g = chartGeometry(indicatorSeries(ind, [measure(ind, 20, '2027-03-28'), measure(ind, 18, '2027-03-29')]))!;
    const [a, b, c] = g.points.map((p) => p.x);
    expect(b! - a!).toBe(c! - b!);
  });

  it('a single point sits in the middle, across and up and down', () => {
    const ind = indicator({ targetValue: null });
    const g = chartGeometry(indicatorSeries(ind, []))!;
    expect(g.points.map((p) => [p.x, p.y])).toEqual([[CHART_BOX.width / 2, CHART_BOX.height / 2]]);
    expect(g.path).toBe('M 120 36');
    expect(g.target).toBeNull();
  });

  it('a single point with a target sits in the middle across, the target below it', () => {
    const ind = indicator();
    const g = chartGeometry(indicatorSeries(ind, []))!;
    expect(g.points.map((p) => [p.x, p.y])).toEqual([[120, 8]]);
    expect(g.target).toEqual({ y: 64, x1: 8, x2: 232 });
  });

  it('equal values, target included, draw a flat line in the middle', () => {
    const ind = indicator({ baselineValue: 10, targetValue: 10, targetOn: '' });
    const g = chartGeometry(indicatorSeries(ind, [measure(ind, 10, '2027-02-01')]))!;
    expect(g.points.map((p) => p.y)).toEqual([36, 36]);
    expect(g.target?.y).toBe(36);
  });

  it('negative values are drawn like the others', () => {
    const ind = indicator({ baselineValue: -5, targetValue: 5, targetOn: '' });
    const g = chartGeometry(indicatorSeries(ind, [measure(ind, 0, '2027-02-01')]))!;
    expect(g.points.map((p) => p.y)).toEqual([64, 36]);
    expect(g.target?.y).toBe(8);
  });

  it('nothing to draw without a point', () => {
    expect(chartGeometry(indicatorSeries(indicator({ baselineValue: null }), []))).toBeNull();
  });
});
