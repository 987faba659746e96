// The plan d'actions' rules: a fiche's status from its history, the steps allowed, and when an action is late.
import { describe, expect, it } from 'vitest';
import { checkStatusStep, currentStatus, historySteps, lateness, nextMilestone, statusHistory, type StatusStep } from '../../src/domain/plan';
import type { ActionId, ActionStatus } from '../../src/domain/types';
import { makeActionSheet, makeMilestone, makeSession, makeStatusChange, T0 } from '../factories';

const session = makeSession();
const sid = session.id;
const action = makeActionSheet(sid, { plannedEnd: '2027-06-30' });
const other = makeActionSheet(sid);
const step = (status: ActionStatus, on: string, over: { createdAt?: number; id?: string; deleted?: boolean; actionId?: ActionId } = {}) =>
  makeStatusChange(sid, over.actionId ?? action.id, { status, on, createdAt: over.createdAt ?? T0, ...(over.id ? { id: over.id as never } : {}), deleted: over.deleted ?? false });

describe('a fiche’s status history', () => {
  it('starts prévue, then follows its last step by day, by writing time within a day, by id last', () => {
    expect(currentStatus([], action.id)).toBe('prevue');
    const history = [
      step('terminee', '2027-03-01'),
      step('en_cours', '2027-01-10'),
      step('abandonnee', '2027-03-01', { createdAt: T0 - 1 }),
      step('prevue', '2027-02-01', { actionId: other.id }),
    ];
    expect(statusHistory(history, action.id).map((c) => c.status)).toEqual(['en_cours', 'abandonnee', 'terminee']);
    expect(currentStatus(history, action.id)).toBe('terminee');
    expect(currentStatus(history, other.id)).toBe('prevue');
  });

  it('orders two steps of one day and one instant by id, the same on every tablet', () => {
    const a = step('terminee', '2027-03-01', { id: 'b' });
    const b = step('abandonnee', '2027-03-01', { id: 'a' });
    expect(currentStatus([a, b], action.id)).toBe('terminee');
    expect(currentStatus([b, a], action.id)).toBe('terminee');
  });

  it('leaves deleted steps out: going back to the step before', () => {
    const history = [step('en_cours', '2027-01-10'), step('terminee', '2027-03-01', { deleted: true })];
    expect(currentStatus(history, action.id)).toBe('en_cours');
  });
});

describe('adding a step', () => {
  const today = '2027-03-15';
  const history = statusHistory([step('en_cours', '2027-01-10')]);
  const s = (status: ActionStatus, on = today, reason = ''): StatusStep => ({ status, on, reason });

  it.each<[string, StatusStep, ReturnType<typeof checkStatusStep>]>([
    ['forward to terminée', s('terminee'), null],
    ['back to prévue (kept in the history)', s('prevue'), null],
    ['abandonnée with a reason', s('abandonnee', today, 'Budget non voté'), null],
    ['abandonnée without a reason', s('abandonnee', today, '  '), 'reasonMissing'],
    ['the status it already has', s('en_cours'), 'same'],
    ['a day that is not a day', s('terminee', '2027-02-30'), 'dayInvalid'],
    ['an empty day', s('terminee', ''), 'dayInvalid'],
    ['a day after today', s('terminee', '2027-03-16'), 'dayFuture'],
    ['a day before the last step', s('terminee', '2027-01-09'), 'dayBeforeLast'],
    ['the same day as the last step', s('terminee', '2027-01-10'), null],
  ])('%s', (_name, next, expected) => {
    expect(checkStatusStep(history, next, today)).toBe(expected);
  });

  it('from a fiche never moved, prévue is where it already is', () => {
    expect(checkStatusStep([], s('prevue'), today)).toBe('same');
    expect(checkStatusStep([], s('en_cours', '2020-01-01'), today)).toBeNull();
  });
});

describe('lateness', () => {
  const today = '2027-07-01';
  const due = (d: string, doneOn = '') => makeMilestone(sid, action.id, { due: d, doneOn });

  it.each<[string, ActionStatus, string, string[], { late: boolean; endPassed: boolean; missed: number }]>([
    ['fin prévue passed, en cours', 'en_cours', '2027-06-30', [], { late: true, endPassed: true, missed: 0 }],
    ['fin prévue passed, prévue', 'prevue', '2027-06-30', [], { late: true, endPassed: true, missed: 0 }],
    ['fin prévue today: not yet', 'en_cours', '2027-07-01', [], { late: false, endPassed: false, missed: 0 }],
    ['fin prévue passed but terminée', 'terminee', '2027-06-30', ['2027-01-01'], { late: false, endPassed: false, missed: 0 }],
    ['fin prévue passed but abandonnée', 'abandonnee', '2027-06-30', [], { late: false, endPassed: false, missed: 0 }],
    ['a jalon passed, not done', 'en_cours', '2027-12-31', ['2027-06-30'], { late: true, endPassed: false, missed: 1 }],
    ['a jalon due today', 'en_cours', '2027-12-31', ['2027-07-01'], { late: false, endPassed: false, missed: 0 }],
    ['a fin prévue in free text', 'en_cours', 'fin juin', [], { late: false, endPassed: false, missed: 0 }],
    ['no fin prévue', 'en_cours', '', [], { late: false, endPassed: false, missed: 0 }],
  ])('%s', (_name, status, plannedEnd, dues, expected) => {
    const result = lateness({ id: action.id, plannedEnd }, status, dues.map((d) => due(d)), today);
    expect({ late: result.late, endPassed: result.endPassed, missed: result.missed.length }).toEqual(expected);
  });

  it('a jalon done, deleted, of another fiche or without a day is never missed', () => {
    const milestones = [
      due('2027-01-01', '2027-01-02'),
      { ...due('2027-01-01'), deleted: true },
      makeMilestone(sid, other.id, { due: '2027-01-01' }),
      due('bientôt'),
    ];
    expect(lateness({ id: action.id, plannedEnd: '' }, 'en_cours', milestones, today).late).toBe(false);
  });

  it('the next jalon is the nearest not done with a day', () => {
    const milestones = [due('2027-09-01'), due('2027-08-01', '2027-07-30'), due('2027-08-15'), due('plus tard')];
    expect(nextMilestone(milestones, action.id)?.due).toBe('2027-08-15');
    expect(nextMilestone([], action.id)).toBeUndefined();
  });
});

describe('the steps of a history, going back shown', () => {
  it.each<[string, ActionStatus[], boolean[]]>([
    ['forward all the way', ['en_cours', 'terminee'], [false, false]],
    ['terminée reopened', ['en_cours', 'terminee', 'en_cours'], [false, false, true]],
    ['en cours planned again', ['en_cours', 'prevue'], [false, true]],
    ['abandonnée taken up again', ['abandonnee', 'en_cours'], [false, true]],
    ['terminée then abandonnée is no step back', ['terminee', 'abandonnee'], [false, false]],
  ])('%s', (_name, statuses, back) => {
    const history = statusHistory(statuses.map((s, i) => step(s, `2027-01-${String(10 + i)}`)));
    expect(historySteps(history).map((h) => h.back)).toEqual(back);
    expect(historySteps(history)[0]?.from).toBe('prevue');
  });
});
