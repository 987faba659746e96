// Use cases of a fiche's follow-up: status steps, jalons, indicateurs de suivi and their measures, points d'étape; each checked again here, so nothing wrong is stored whatever the screen let through.
import type { Reader } from '../db/reads';
import type { Writer } from '../db/write';
import { textLimit } from '../domain/kinds';
import { capText } from '../domain/limits';
import { checkStatusStep, statusHistory, type StatusProblem, type StatusStep } from '../domain/plan';
import { checkMilestone, checkPastDay, hasProblems, readIndicator, readMeasure, type IndicatorInput, type MilestoneInput, type Problems } from '../domain/planInput';
import { isoDay } from '../domain/session';
import type { ActionId, ActionSheet, FollowUpId, IndicatorId, Kind, MeasureId, MilestoneId, Session, StatusChangeId } from '../domain/types';
import { newId } from '../platform/ids';
import { runAction } from './run';

/** Why nothing of a fiche's follow-up may change: it was deleted, its séance was erased, or made an anonymised archive. */
export type Refusal = 'ficheGone' | 'seanceGone' | 'anonymised';

export type Outcome<P> = { ok: true } | { ok: false; refused: Refusal } | { ok: false; problems: P };

const OK = { ok: true } as const;
const refuse = (refused: Refusal) => ({ ok: false, refused }) as const;
const invalid = <P>(problems: P) => ({ ok: false, problems }) as const;

const today = (w: Writer) => isoDay(new Date(w.now));
const cap = (kind: Kind, field: string, text: string) => capText(text.trim(), textLimit(kind, field)).value;

type Open = { ok: true; action: ActionSheet; session: Session } | { ok: false; refused: Refusal };

/** The fiche and its séance, when the follow-up may still change: neither gone, the séance not anonymised. */
async function openFiche(read: Reader, actionId: ActionId): Promise<Open> {
  const action = await read.get('actions', actionId);
  if (!action || action.deleted) return refuse('ficheGone');
  const session = await read.sessionById(action.sessionId);
  if (!session) return refuse('seanceGone');
  if (session.anonymised) return refuse('anonymised');
  return { ok: true, action, session };
}

/** A record of the follow-up (jalon, indicator, measure, point d'étape) and its open fiche; gone when deleted. */
async function openPart<K extends 'milestones' | 'indicators' | 'measures' | 'followUps'>(read: Reader, kind: K, id: string) {
  const record = await read.get(kind, id);
  if (!record || record.deleted) return { ok: false, refused: 'ficheGone' } as const;
  const fiche = await openFiche(read, record.actionId);
  return fiche.ok ? { ...fiche, record } : fiche;
}

const FICHE: readonly Kind[] = ['sessions', 'actions'];

/** Add a dated step to the fiche's status history (back included), as `checkStatusStep` allows it. */
export function changeStatus(actionId: ActionId, step: StatusStep): Promise<Outcome<StatusProblem>> {
  return runAction({ key: `plan:${actionId}:status`, kinds: [...FICHE, 'statusChanges'] }, async (w, read) => {
    const fiche = await openFiche(read, actionId);
    if (!fiche.ok) return fiche;
    const history = statusHistory(await read.recordsOf('statusChanges', fiche.action.sessionId), actionId);
    const problem = checkStatusStep(history, step, today(w));
    if (problem) return invalid(problem);
    await w.create('statusChanges', newId<StatusChangeId>(), fiche.action.sessionId, { actionId, status: step.status, on: step.on, reason: cap('statusChanges', 'reason', step.reason) });
    return OK;
  });
}

export type MilestoneProblems = Problems<keyof MilestoneInput>;

export function addMilestone(actionId: ActionId, input: MilestoneInput): Promise<Outcome<MilestoneProblems>> {
  return runAction({ key: `plan:${actionId}:milestone`, kinds: [...FICHE, 'milestones'] }, async (w, read) => {
    const fiche = await openFiche(read, actionId);
    if (!fiche.ok) return fiche;
    const problems = checkMilestone(input, fiche.action.plannedEnd);
    if (hasProblems(problems)) return invalid(problems);
    await w.create('milestones', newId<MilestoneId>(), fiche.action.sessionId, { actionId, title: cap('milestones', 'title', input.title), due: input.due, doneOn: '' });
    return OK;
  });
}

export function editMilestone(id: MilestoneId, input: MilestoneInput): Promise<Outcome<MilestoneProblems>> {
  return runAction({ key: `plan:milestone:${id}`, kinds: [...FICHE, 'milestones'] }, async (w, read) => {
    const part = await openPart(read, 'milestones', id);
    if (!part.ok) return part;
    const problems = checkMilestone(input, part.action.plannedEnd);
    if (hasProblems(problems)) return invalid(problems);
    await w.revise('milestones', part.record, { title: cap('milestones', 'title', input.title), due: input.due });
    return OK;
  });
}

/** Tick a jalon done on a day that has come (today by default), or untick it (`doneOn` empty). */
export function setMilestoneDone(id: MilestoneId, done: boolean, on?: string): Promise<Outcome<Problems<'doneOn'>>> {
  return runAction({ key: `plan:milestone:${id}:done`, kinds: [...FICHE, 'milestones'] }, async (w, read) => {
    const part = await openPart(read, 'milestones', id);
    if (!part.ok) return part;
    const doneOn = done ? (on ?? today(w)) : '';
    const problem = done ? checkPastDay(doneOn, today(w)) : null;
    if (problem) return invalid({ doneOn: problem });
    if (part.record.doneOn !== doneOn) await w.revise('milestones', part.record, { doneOn });
    return OK;
  });
}

export type IndicatorProblems = Problems<keyof IndicatorInput>;

export function addIndicator(actionId: ActionId, input: IndicatorInput): Promise<Outcome<IndicatorProblems>> {
  return runAction({ key: `plan:${actionId}:indicator`, kinds: [...FICHE, 'indicators'] }, async (w, read) => {
    const fiche = await openFiche(read, actionId);
    if (!fiche.ok) return fiche;
    const typed = readIndicator(input);
    if (!typed.ok) return invalid(typed.problems);
    const { name, unit, ...rest } = typed.fields;
    await w.create('indicators', newId<IndicatorId>(), fiche.action.sessionId, { actionId, name: cap('indicators', 'name', name), unit: cap('indicators', 'unit', unit), ...rest });
    return OK;
  });
}

export function editIndicator(id: IndicatorId, input: IndicatorInput): Promise<Outcome<IndicatorProblems>> {
  return runAction({ key: `plan:indicator:${id}`, kinds: [...FICHE, 'indicators'] }, async (w, read) => {
    const part = await openPart(read, 'indicators', id);
    if (!part.ok) return part;
    const typed = readIndicator(input);
    if (!typed.ok) return invalid(typed.problems);
    const { name, unit, ...rest } = typed.fields;
    await w.revise('indicators', part.record, { name: cap('indicators', 'name', name), unit: cap('indicators', 'unit', unit), ...rest });
    return OK;
  });
}

/** An indicator goes with its measures: none is left pointing at nothing. */
export function deleteIndicator(id: IndicatorId): Promise<Outcome<never>> {
  return runAction({ key: `plan:indicator:${id}:deleted`, kinds: [...FICHE, 'indicators', 'measures'] }, async (w, read) => {
    const part = await openPart(read, 'indicators', id);
    if (!part.ok) return part;
    for (const m of await read.recordsOf('measures', part.record.sessionId)) if (m.indicatorId === id) await w.revise('measures', m, { deleted: true });
    await w.revise('indicators', part.record, { deleted: true });
    return OK;
  });
}

/** A measured value typed the French way, on a day that has come. */
export function addMeasure(indicatorId: IndicatorId, value: string, on: string): Promise<Outcome<Problems<'value' | 'on'>>> {
  return runAction({ key: `plan:indicator:${indicatorId}:measure`, kinds: [...FICHE, 'indicators', 'measures'] }, async (w, read) => {
    const part = await openPart(read, 'indicators', indicatorId);
    if (!part.ok) return part;
    const typed = readMeasure(value, on, today(w));
    if (!typed.ok) return invalid(typed.problems);
    await w.create('measures', newId<MeasureId>(), part.record.sessionId, { indicatorId, actionId: part.record.actionId, value: typed.value, on: typed.on });
    return OK;
  });
}

/** A dated note on the fiche; its text is needed, its day has come. */
export function addFollowUp(actionId: ActionId, on: string, text: string): Promise<Outcome<Problems<'on' | 'text'>>> {
  return runAction({ key: `plan:${actionId}:followUp`, kinds: [...FICHE, 'followUps'] }, async (w, read) => {
    const fiche = await openFiche(read, actionId);
    if (!fiche.ok) return fiche;
    const problems: Problems<'on' | 'text'> = {};
    const day = checkPastDay(on, today(w));
    if (day) problems.on = day;
    if (text.trim() === '') problems.text = 'empty';
    if (hasProblems(problems)) return invalid(problems);
    await w.create('followUps', newId<FollowUpId>(), fiche.action.sessionId, { actionId, on, text: cap('followUps', 'text', text) });
    return OK;
  });
}

/** Tombstone one jalon, measure or point d'étape (deletions travel in files like every change). */
function deletePart(kind: 'milestones' | 'measures' | 'followUps', id: string): Promise<Outcome<never>> {
  return runAction({ key: `plan:${kind}:${id}:deleted`, kinds: [...FICHE, kind] }, async (w, read) => {
    const part = await openPart(read, kind, id);
    if (!part.ok) return part;
    await w.revise(kind, part.record, { deleted: true });
    return OK;
  });
}

export const deleteMilestone = (id: MilestoneId) => deletePart('milestones', id);
export const deleteMeasure = (id: MeasureId) => deletePart('measures', id);
export const deleteFollowUp = (id: FollowUpId) => deletePart('followUps', id);
