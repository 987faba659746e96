// Use case: the plan d'actions (the rows the screen shows, its filters applied) as a CSV for Excel or an .ods spreadsheet.
import { planInput } from '../db/plan';
import { isoDay } from '../domain/session';
import { reportFileName } from '../format/fileName';
import type { Translate } from '../i18n';
import { now } from '../platform/clock';
import { deliverFile, type Delivery } from '../platform/files';
import { loadOds } from '../report/loadOds';
import { planCsv, planSheet, PLAN_COLUMN_WIDTHS } from '../report/planSheet';
import { filterRows, planRows, type PlanFilters } from '../report/planTable';

export type PlanFormat = 'csv' | 'ods';

export interface PlanFile {
  name: string;
  body: string | Blob;
  type: string;
}

/** Built from what is stored now, not from what the screen last rendered; named by today, the plan's state. */
export async function buildPlanFile(format: PlanFormat, filters: PlanFilters, t: Translate, intl: string): Promise<PlanFile> {
  const at = now();
  const today = isoDay(new Date(at));
  const sheet = planSheet(filterRows(planRows(await planInput(), today), filters), t, intl);
  const name = reportFileName({ day: today, title: '', what: 'plan-d-actions', anonymised: false, extension: format });
  if (format === 'csv') return { name, body: planCsv(sheet), type: 'text/csv;charset=utf-8' };
  // The writer and its zip library are a chunk of their own, fetched (from the precache offline) only now.
  const { renderOds, ODS_TYPE } = await loadOds();
  const bytes = renderOds(sheet, t('plan.sheetName'), PLAN_COLUMN_WIDTHS, at);
  return { name, body: new Blob([bytes as BlobPart], { type: ODS_TYPE }), type: ODS_TYPE };
}

export async function exportPlan(format: PlanFormat, filters: PlanFilters, t: Translate, intl: string): Promise<{ name: string; delivery: Delivery }> {
  const file = await buildPlanFile(format, filters, t, intl);
  return { name: file.name, delivery: await deliverFile(file.name, file.body, file.type) };
}
