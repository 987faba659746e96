// An indicateur de suivi over time, pure: its baseline and measures as one series, where the last value stands against the target, and the small line that draws it.
import { parseDay } from './session';
import type { Indicator, Measure } from './types';

export interface SeriesPoint {
  on: string;
  value: number;
  /** The value of reference the action starts from, or a value measured since. */
  kind: 'baseline' | 'measure';
}

export interface IndicatorSeries {
  /** The baseline first (when it has a value and a day), then the measures by day. */
  points: SeriesPoint[];
  baseline: SeriesPoint | null;
  /** The latest value known: the last measure, else the baseline. */
  last: SeriesPoint | null;
  target: { value: number; on: string } | null;
  /**
   * Whether the last measure reaches the target, in the direction the target sets from the baseline (a
   * waiting time to bring down, a rate to raise); null when that cannot be said (no measure, no target, or
   * no baseline to tell the direction and the value not exactly on target).
   */
  reached: boolean | null;
}

const byDay = (a: Measure, b: Measure) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function indicatorSeries(indicator: Indicator, measures: readonly Measure[]): IndicatorSeries {
  const baseline: SeriesPoint | null = indicator.baselineValue !== null && parseDay(indicator.baselineOn) ? { on: indicator.baselineOn, value: indicator.baselineValue, kind: 'baseline' } : null;
  const measured: SeriesPoint[] = measures
    .filter((m) => !m.deleted && m.indicatorId === indicator.id && parseDay(m.on) !== null && Number.isFinite(m.value))
    .sort(byDay)
    .map((m) => ({ on: m.on, value: m.value, kind: 'measure' }));
  const points = baseline ? [baseline, ...measured] : measured;
  const target = indicator.targetValue !== null ? { value: indicator.targetValue, on: indicator.targetOn } : null;
  const lastMeasure = measured[measured.length - 1] ?? null;
  return { points, baseline, last: lastMeasure ?? baseline, target, reached: reachedTarget(baseline, lastMeasure, target) };
}

function reachedTarget(baseline: SeriesPoint | null, last: SeriesPoint | null, target: { value: number } | null): boolean | null {
  if (!last || !target) return null;
  if (last.value === target.value) return true;
  if (!baseline || baseline.value === target.value) return null;
  return baseline.value > target.value ? last.value <= target.value : last.value >= target.value;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room kept around the plot so a point's mark is never cut at the edge. */
  pad: number;
}

export const CHART_BOX: ChartBox = { width: 240, height: 72, pad: 8 };

export interface ChartPoint extends SeriesPoint {
  x: number;
  y: number;
}

export interface ChartGeometry {
  box: ChartBox;
  points: ChartPoint[];
  /** The line through the points, an SVG path (`M x y L x y …`). */
  path: string;
  /** The target, a horizontal dashed line across the plot. */
  target: { y: number; x1: number; x2: number } | null;
  baseline: ChartPoint | null;
}

/** Days since the epoch for a `YYYY-MM-DD`, in UTC so that a change of summer time never makes a day 23 hours long. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The series scaled into the box: x by real time (a month apart is twice two weeks apart), from the first
 * point to the last; y from the lowest to the highest of the values and the target, higher values up. The
 * target is a level across the whole plot: its day, often months ahead, would squeeze the measures into a
 * corner (the text says it). A single day sits in the middle across, equal values in the middle up and down.
 * Null when there is nothing to draw.
 */
export function chartGeometry(series: IndicatorSeries, box: ChartBox = CHART_BOX): ChartGeometry | null {
  if (series.points.length === 0) return null;
  const plotW = box.width - 2 * box.pad;
  const plotH = box.height - 2 * box.pad;
  const days = series.points.map((p) => dayNumber(p.on));
  const first = Math.min(...days);
  const end = Math.max(...days);
  const x = (day: number) => round(end === first ? box.pad + plotW / 2 : box.pad + ((day - first) / (end - first)) * plotW);
  const values = [...series.points.map((p) => p.value), ...(series.target ? [series.target.value] : [])];
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const y = (value: number) => round(high === low ? box.pad + plotH / 2 : box.pad + ((high - value) / (high - low)) * plotH);
  const points = series.points.map((p, i) => ({ ...p, x: x(days[i]!), y: y(p.value) }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  const target = series.target ? { y: y(series.target.value), x1: box.pad, x2: box.width - box.pad } : null;
  return { box, points, path, target, baseline: points.find((p) => p.kind === 'baseline') ?? null };
}
