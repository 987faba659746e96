// Plan records from two tablets: histories merge whole, a fiche moved on both sides is a conflict (in both orders), a choice adds one step.
import { describe, expect, it } from 'vitest';
import { currentStatus } from '../../src/domain/plan';
import type { ActionStatus, DeviceId, StatusChange } from '../../src/domain/types';
import { emptyRecordSet } from '../../src/format/envelope';
import { mergeRecords } from '../../src/format/merge';
import { planImport } from '../../src/format/settle';
import { statusConflictKey, statusConflicts } from '../../src/format/statusConflicts';
import { makeActionSheet, makeIndicator, makeMeasure, makeMilestone, makeSession, makeStatusChange, T0 } from '../factories';

const session = makeSession();
const sid = session.id;
const action = makeActionSheet(sid, { number: '2', title: 'Ouvrir le samedi matin' });
const step = (id: string, status: ActionStatus, on: string, device = 'tab-a', createdAt = T0): StatusChange =>
  makeStatusChange(sid, action.id, { id: id as never, status, on, createdAt, deviceId: device as DeviceId, seen: { [device]: 1 } });

const common = step('s0', 'en_cours', '2027-01-10');
const onA = step('a1', 'terminee', '2027-03-01', 'tab-a');
const onB = step('b1', 'abandonnee', '2027-03-05', 'tab-b');
const at = (deviceId: string) => ({ now: T0 + 1000, deviceId: deviceId as DeviceId, clock: 10 });
const records = (statusChanges: StatusChange[]) => ({ ...emptyRecordSet(), sessions: [session], actions: [action], statusChanges });
const conflictsOf = (local: StatusChange[], incoming: StatusChange[]) =>
  statusConflicts(local, incoming).map((c) => ({ local: c.local.id, incoming: c.incoming.id, winner: c.winner }));

describe('statusConflicts', () => {
  it.each<[string, StatusChange[], StatusChange[], { local: string; incoming: string; winner: string }[]]>([
    ['only the file moved the fiche', [common], [common, onB], []],
    ['only this tablet moved it', [common, onA], [common], []],
    ['a fresh tablet', [], [common, onB], []],
    ['both moved it to different statuses: the later day is current', [common, onA], [common, onB], [{ local: 'a1', incoming: 'b1', winner: 'incoming' }]],
    ['both moved it to the same status', [common, onA], [common, step('b2', 'terminee', '2027-03-04', 'tab-b')], []],
    ['the file already holds this tablet’s move (imported twice)', [common, onA, onB], [common, onA, onB], []],
    ['a deleted step is no move', [common, { ...onA, deleted: true }], [common, onB], []],
    [
      'both moved it on the same day: the step written last is current',
      [common, step('a3', 'terminee', '2027-03-05', 'tab-a', T0 + 50)],
      [common, onB],
      [{ local: 'a3', incoming: 'b1', winner: 'local' }],
    ],
  ])('%s', (_name, local, incoming, expected) => {
    expect(conflictsOf(local, incoming)).toEqual(expected);
  });

  it('is the same conflict seen from either tablet: sides swapped, the same step current', () => {
    const fromA = statusConflicts([common, onA], [common, onB]);
    const fromB = statusConflicts([common, onB], [common, onA]);
    expect(fromA).toHaveLength(1);
    expect(fromB).toHaveLength(1);
    expect([fromA[0]!.local, fromA[0]!.incoming]).toEqual([fromB[0]!.incoming, fromB[0]!.local]);
    const current = (c: (typeof fromA)[number]) => c[c.winner].id;
    expect(current(fromA[0]!)).toBe(current(fromB[0]!));
  });

  it('is reported by the merge of two tablets’ records, whatever the order', () => {
    expect(mergeRecords(records([common, onA]), records([common, onB])).statusConflicts.map((c) => c.actionId)).toEqual([action.id]);
    expect(mergeRecords(records([common, onB]), records([common, onA])).statusConflicts.map((c) => c.actionId)).toEqual([action.id]);
  });
});

describe('planImport — a fiche moved on both tablets', () => {
  const key = statusConflictKey({ actionId: action.id });
  const importOn = (device: string, local: StatusChange[], incoming: StatusChange[], choice?: 'local' | 'incoming') =>
    planImport(records(local), records(incoming), new Map(choice ? [[key, choice]] : []), at(device), '—');
  const after = (local: StatusChange[], plan: ReturnType<typeof importOn>) => {
    const merged = mergeRecords(records(local), plan.put).merged.statusChanges;
    return { status: currentStatus(merged, action.id), history: merged.filter((s) => !s.deleted).length };
  };

  it('keeps both steps in the history and, unasked, the merge’s current status', () => {
    const plan = importOn('tab-a', [common, onA], [common, onB]);
    expect(plan.put.statusChanges.map((s) => s.id)).toEqual(['b1']);
    expect(after([common, onA], plan)).toEqual({ status: 'abandonnee', history: 3 });
  });

  it('« garder celle de cette tablette » adds one step that makes it current, dated the later day; the file’s step stays', () => {
    const plan = importOn('tab-a', [common, onA], [common, onB], 'local');
    const added = plan.put.statusChanges.find((s) => s.id !== 'b1')!;
    expect(added).toMatchObject({ status: 'terminee', on: '2027-03-05', actionId: action.id, deviceId: 'tab-a' });
    expect(added.rev).toBeGreaterThan(10);
    expect(plan.settled).toBe(1);
    expect(after([common, onA], plan)).toEqual({ status: 'terminee', history: 4 });
  });

  it('the added step sorts after both even when the other tablet’s clock ran ahead of this one’s', () => {
    const ahead = { ...onB, createdAt: T0 + 86_400_000 };
    const plan = importOn('tab-a', [common, onA], [common, ahead], 'local');
    expect(after([common, onA], plan).status).toBe('terminee');
  });

  it('choosing the side the merge already keeps writes nothing more', () => {
    const plan = importOn('tab-a', [common, onA], [common, onB], 'incoming');
    expect(plan.put.statusChanges.map((s) => s.id)).toEqual(['b1']);
    expect(plan.settled).toBe(0);
  });

  it('two tablets making the same choice make the same step, and the next exchange reports nothing', () => {
    const onTabA = importOn('tab-a', [common, onA], [common, onB], 'local');
    const onTabB = importOn('tab-b', [common, onB], [common, onA], 'incoming');
    const stepA = onTabA.put.statusChanges.find((s) => s.id !== 'b1')!;
    const stepB = onTabB.put.statusChanges.find((s) => s.id !== 'a1')!;
    expect(stepA.id).toBe(stepB.id);
    // Tablet B then imports A's file (A's steps and its choice): nothing to ask again, the same status on both.
    const aAfter = mergeRecords(records([common, onA]), onTabA.put).merged.statusChanges;
    expect(statusConflicts([common, onB], aAfter)).toEqual([]);
    expect(currentStatus(mergeRecords(records([common, onB]), records(aAfter)).merged.statusChanges, action.id)).toBe('terminee');
  });
});

describe('plan records from two tablets', () => {
  it('jalons, indicators, measures merge record by record, the same in both orders', () => {
    const milestone = makeMilestone(sid, action.id, { deviceId: 'tab-a' as DeviceId });
    const ticked = { ...milestone, doneOn: '2027-02-01', rev: 2, deviceId: 'tab-b' as DeviceId, seen: { 'tab-a': 1, 'tab-b': 2 } };
    const indicator = makeIndicator(sid, action.id);
    const m1 = makeMeasure(sid, indicator, { value: 20, on: '2027-02-01', deviceId: 'tab-a' as DeviceId });
    const m2 = makeMeasure(sid, indicator, { value: 15, on: '2027-03-01', deviceId: 'tab-b' as DeviceId });
    const a = { ...records([common, onA]), milestones: [milestone], indicators: [indicator], measures: [m1] };
    const b = { ...records([common, onB]), milestones: [ticked], indicators: [indicator], measures: [m2] };
    const ab = mergeRecords(a, b).merged;
    const ba = mergeRecords(b, a).merged;
    expect(ab).toEqual(ba);
    expect(ab.milestones.map((m) => m.doneOn)).toEqual(['2027-02-01']);
    expect(ab.measures.map((m) => m.value).sort()).toEqual([15, 20]);
    expect(ab.statusChanges.map((s) => s.id).sort()).toEqual(['a1', 'b1', 's0']);
  });
});
