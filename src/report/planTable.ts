// The plan d'actions of the whole tablet as one table, pure: a row per live fiche (status, next jalon, last measure, late), filters and order.
import { currentStatus, lateness, nextMilestone, type Lateness } from '../domain/plan';
import { parseDay } from '../domain/session';
import { groupBy, type LatenessInput } from './planLate';
import type { ActionId, ActionStatus, Engagement, Indicator, Measure, SessionId } from '../domain/types';

/** What the table reads: every séance's records of these kinds, tombstones included (dropped here). */
export interface PlanInput extends LatenessInput {
  indicators: readonly Indicator[];
  measures: readonly Measure[];
}

/** An indicator of a fiche with its latest measure (null before the first one). */
export interface IndicatorReading {
  name: string;
  unit: string;
  last: { value: number; on: string } | null;
  target: number | null;
}

export interface PlanRow {
  actionId: ActionId;
  sessionId: SessionId;
  number: string;
  title: string;
  engagements: Engagement[];
  sessionTitle: string;
  sessionDate: string;
  owner: string;
  start: string;
  plannedEnd: string;
  status: ActionStatus;
  nextMilestone: { title: string; due: string } | null;
  indicators: IndicatorReading[];
  lateness: Lateness;
}

/** The latest measure: by its day, then by when it was written (a correction made later wins). */
function latest(measures: readonly Measure[]): Measure | undefined {
  let best: Measure | undefined;
  for (const m of measures) if (!best || m.on > best.on || (m.on === best.on && m.createdAt > best.createdAt)) best = m;
  return best;
}

/**
 * One row per live fiche of a live séance. Records are grouped by fiche first: with 500 fiches, asking
 * domain/plan for each fiche over every record would read them all 500 times.
 */
export function planRows(input: PlanInput, today: string): PlanRow[] {
  const sessions = new Map(input.sessions.filter((s) => !s.deleted).map((s) => [s.id, s]));
  const steps = groupBy(input.statusChanges, (c) => c.actionId);
  const jalons = groupBy(input.milestones, (m) => m.actionId);
  const indicators = groupBy(input.indicators, (i) => i.actionId);
  const measures = groupBy(input.measures, (m) => m.indicatorId);
  const rows: PlanRow[] = [];
  for (const a of input.actions) {
    const session = sessions.get(a.sessionId);
    if (a.deleted || !session) continue;
    const status = currentStatus(steps.get(a.id) ?? []);
    const milestones = jalons.get(a.id) ?? [];
    const next = nextMilestone(milestones);
    rows.push({
      actionId: a.id,
      sessionId: a.sessionId,
      number: a.number,
      title: a.title,
      engagements: a.engagements,
      sessionTitle: session.title,
      sessionDate: session.date,
      owner: a.owner.trim(),
      start: a.start,
      plannedEnd: a.plannedEnd,
      status,
      nextMilestone: next ? { title: next.title, due: next.due } : null,
      indicators: (indicators.get(a.id) ?? [])
        .sort((x, y) => x.createdAt - y.createdAt || (x.id < y.id ? -1 : 1))
        .map((i) => {
          const m = latest(measures.get(i.id) ?? []);
          return { name: i.name, unit: i.unit, last: m ? { value: m.value, on: m.on } : null, target: i.targetValue };
        }),
      lateness: lateness(a, status, milestones, today),
    });
  }
  return sortRows(rows);
}

/** `fiche 2` before `fiche 10`: numbers are typed text, compared as a person reads them. */
const byNumber = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** The nearest fin prévue first; fiches without a day (empty, or free text of an older fiche) last, then by séance and number. */
export function sortRows(rows: PlanRow[]): PlanRow[] {
  const end = (r: PlanRow) => (parseDay(r.plannedEnd) ? r.plannedEnd : '\uffff');
  return rows.sort(
    (a, b) =>
      (end(a) < end(b) ? -1 : end(a) > end(b) ? 1 : 0) ||
      (a.sessionDate < b.sessionDate ? -1 : a.sessionDate > b.sessionDate ? 1 : 0) ||
      byNumber.compare(a.sessionTitle, b.sessionTitle) ||
      byNumber.compare(a.number, b.number) ||
      byNumber.compare(a.title, b.title) ||
      (a.actionId < b.actionId ? -1 : 1),
  );
}

/** Late is not a status (an en cours action can be late): the filter offers it beside the four statuses. */
export type StatusFilter = ActionStatus | 'late';

/** Each empty field lets every row through; set ones combine (and). */
export interface PlanFilters {
  status: StatusFilter | '';
  owner: string;
  engagement: Engagement | '';
  sessionId: SessionId | '';
}

export const NO_FILTERS: PlanFilters = { status: '', owner: '', engagement: '', sessionId: '' };

export function filterRows(rows: readonly PlanRow[], f: PlanFilters): PlanRow[] {
  return rows.filter(
    (r) =>
      (f.status === '' || (f.status === 'late' ? r.lateness.late : r.status === f.status)) &&
      (f.owner === '' || r.owner === f.owner) &&
      (f.engagement === '' || r.engagements.includes(f.engagement)) &&
      (f.sessionId === '' || r.sessionId === f.sessionId),
  );
}

export const isFiltered = (f: PlanFilters): boolean => f.status !== '' || f.owner !== '' || f.engagement !== '' || f.sessionId !== '';

/** What the filters can choose from, taken from the rows themselves: an owner nobody carries is no choice. */
export function filterChoices(rows: readonly PlanRow[]): { owners: string[]; sessions: { id: SessionId; title: string; date: string }[] } {
  const owners = [...new Set(rows.map((r) => r.owner).filter((o) => o !== ''))].sort(byNumber.compare);
  const sessions = new Map<SessionId, { id: SessionId; title: string; date: string }>();
  for (const r of rows) if (!sessions.has(r.sessionId)) sessions.set(r.sessionId, { id: r.sessionId, title: r.sessionTitle, date: r.sessionDate });
  // The latest séance first, as Accueil lists them.
  return { owners, sessions: [...sessions.values()].sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : byNumber.compare(a.title, b.title))) };
}
