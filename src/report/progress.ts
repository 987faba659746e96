// A fiche's suivi read from the plan records (status steps, jalons, indicators, measures): what the documents print of it.
import { INITIAL_STATUS, lastStep, nextMilestone } from '../domain/plan';
import { live } from '../domain/records';
import type { ReportInput } from '../domain/recordSet';
import type { ActionProgress, IndicatorLine } from './model';

/** The latest measure of each indicator: by day, then the later written (a correction made the same day). */
function lastMeasures(measures: ReportInput['measures']): Map<string, { value: number; on: string }> {
  const out = new Map<string, { value: number; on: string; at: number }>();
  for (const m of live(measures)) {
    const seen = out.get(m.indicatorId);
    if (!seen || m.on > seen.on || (m.on === seen.on && m.createdAt > seen.at)) out.set(m.indicatorId, { value: m.value, on: m.on, at: m.createdAt });
  }
  return new Map([...out].map(([id, { value, on }]) => [id, { value, on }]));
}

/** Each fiche's progress, by action id: built once for all fiches of the séance. */
export function progressByAction(input: Pick<ReportInput, 'statusChanges' | 'milestones' | 'indicators' | 'measures'>): (actionId: string) => ActionProgress {
  const last = lastMeasures(input.measures);
  const indicators = live(input.indicators).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return (actionId) => {
    const step = lastStep(input.statusChanges, actionId);
    const next = nextMilestone(input.milestones, actionId);
    const lines: IndicatorLine[] = indicators
      .filter((i) => i.actionId === actionId)
      .map((i) => ({ name: i.name, unit: i.unit, baseline: i.baselineValue, baselineOn: i.baselineOn, target: i.targetValue, targetOn: i.targetOn, last: last.get(i.id) ?? null }));
    return {
      status: step?.status ?? INITIAL_STATUS,
      since: step?.on ?? '',
      reason: step?.reason ?? '',
      nextMilestone: next ? { title: next.title, due: next.due } : null,
      indicators: lines,
    };
  };
}
