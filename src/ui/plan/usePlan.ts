// The plan's rows for the screens: every fiche of the tablet, live, with today's lateness, and the ones the filters keep.
import { useMemo } from 'preact/hooks';
import { usePlanInput } from '../../db/plan';
import { isoDay } from '../../domain/session';
import { now } from '../../platform/clock';
import { filterRows, planRows, type PlanFilters, type PlanInput, type PlanRow } from '../../report/planTable';

export interface Plan {
  all: PlanRow[];
  shown: PlanRow[];
  today: string;
}

/**
 * The last plan read, kept while the app runs: reading every séance's fiches, steps, jalons and measures takes a
 * while on a full tablet, so coming back to the plan shows what was read last at once, and the live query brings
 * anything newer a moment later.
 */
let lastRead: PlanInput | null = null;

/** Null while loading. Rows are rebuilt only when the data changes; a filter only walks them again. */
export function usePlan(filters: PlanFilters): Plan | null {
  const live = usePlanInput();
  if (live.status === 'ready') lastRead = live.value;
  const input = live.status === 'ready' ? live.value : lastRead;
  const today = isoDay(new Date(now()));
  const all = useMemo(() => (input ? planRows(input, today) : null), [input, today]);
  const shown = useMemo(() => (all ? filterRows(all, filters) : []), [all, filters]);
  // A stale read made while the live one loads is never shown as final: the live query replaces it when it lands.
  return all ? { all, shown, today } : null;
}

/** A fresh start, as a reload gives (tests: each has a database of its own). */
export function forgetLastPlanRead(): void {
  lastRead = null;
}
