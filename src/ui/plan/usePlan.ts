// The plan's rows for the screens: every fiche of the tablet, live, with today's lateness, and the ones the filters keep.
import { useMemo } from 'preact/hooks';
import { usePlanInput } from '../../db/plan';
import { isoDay } from '../../domain/session';
import { now } from '../../platform/clock';
import { filterRows, planRows, type PlanFilters, type PlanRow } from '../../report/planTable';

export interface Plan {
  all: PlanRow[];
  shown: PlanRow[];
  today: string;
}

/** Null while loading. Rows are rebuilt only when the data changes; a filter only walks them again. */
export function usePlan(filters: PlanFilters): Plan | null {
  const input = usePlanInput();
  const today = isoDay(new Date(now()));
  const all = useMemo(() => (input.status === 'ready' ? planRows(input.value, today) : null), [input, today]);
  const shown = useMemo(() => (all ? filterRows(all, filters) : []), [all, filters]);
  return all ? { all, shown, today } : null;
}
