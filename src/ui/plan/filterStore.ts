// The plan's filters, kept while the app runs: the print view prints what the screen filtered, and coming back finds them as left.
import { useState } from 'preact/hooks';
import { NO_FILTERS, type PlanFilters } from '../../report/planTable';

let kept: PlanFilters = NO_FILTERS;

export function usePlanFilters(): [PlanFilters, (next: PlanFilters) => void] {
  const [filters, setFilters] = useState(kept);
  return [
    filters,
    (next) => {
      kept = next;
      setFilters(next);
    },
  ];
}

/** A fresh start, as a reload gives (tests). */
export function resetPlanFilters(): void {
  kept = NO_FILTERS;
}
