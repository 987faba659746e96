// An import, planned purely: merge the file into this tablet's records, then settle each conflict as the person chose.
import { fieldsOf, KIND_TABLE, textRule } from '../domain/kinds';
import { mapKinds, type RecordSet } from '../domain/recordSet';
import { capText, LIMITS } from '../domain/limits';
import { createRecord, reviseRecord, type Stamp } from '../domain/records';
import { KINDS, type DemarcheId, type Fields, type Kind, type RecordKinds, type Session } from '../domain/types';
import { derivedId } from '../domain/derivedId';
import { demarcheMoves, demarcheRevisions, withoutOtherDemarches } from './demarcheSettle';
import { emptyRecordSet, sortById } from './envelope';
import { highestRevIn, mergePair, mergeRecords, type Conflict, type MergeResult, type TextConflict } from './merge';
import { settleStatus, statusConflictKey, type StatusConflict } from './statusConflicts';

/** "garder la version du fichier" / "garder celle de cette tablette" / "garder les deux". */
export type ConflictChoice = 'incoming' | 'local' | 'both';
export type Choices = ReadonlyMap<string, ConflictChoice>;

/** Nothing typed is dropped unless someone says so: an unanswered conflict keeps both texts. */
export const DEFAULT_CHOICE: ConflictChoice = 'both';

export const conflictKey = (c: Pick<Conflict, 'kind' | 'id'>): string => `${c.kind}:${c.id}`;

/**
 * Kinds where "keep both" makes a second record: two quotes side by side in the timeline, two
 * post-its in the same group. Elsewhere (a title, an objective, a pseudonym) the texts are joined.
 */
export const COPY_KINDS: ReadonlySet<Kind> = new Set(KINDS.filter((kind) => KIND_TABLE[kind].keepBoth === 'copy'));

/**
 * Two versions of one text in one, the merge winner's first so that two tablets choosing "keep both"
 * write the same text (and do not conflict again). A version already contained in the other adds nothing.
 */
export function joinTexts(first: string, second: string, long: boolean, marker: string): string {
  const a = first.trim();
  const b = second.trim();
  if (b === '' || a.includes(b)) return first;
  if (a === '' || b.includes(a)) return second;
  return long ? `${first}\n\n${marker}\n${second}` : `${first} / ${second}`;
}

interface Settled {
  /** The revisions that carry out the choices, by kind. */
  revisions: RecordSet;
  clock: number;
  /** Conflicts whose choice wrote a revision, copies included. */
  written: number;
  copies: number;
}

/** Both sides of one conflicting text: the merge winner's first. */
function sides(f: TextConflict, winner: Conflict['winner']): [winner: string, loser: string] {
  return winner === 'incoming' ? [f.incoming, f.local] : [f.local, f.incoming];
}

/** The revision that carries out a choice the merge rule did not already make: a copy, or a revision of the merged record. */
function settleOne<K extends Kind>(c: Conflict<K>, choice: ConflictChoice, stamp: Stamp, marker: string): { record: RecordKinds[K]; copy: boolean } {
  const loser = c.winner === 'incoming' ? c.local : c.incoming;
  if (choice === 'both' && KIND_TABLE[c.kind].keepBoth === 'copy') {
    // The same id on every tablet that keeps this loser, so two "keep both" make one copy, not two.
    const id = derivedId(['copy', c.kind, c.id, loser.deviceId, String(loser.rev)]) as RecordKinds[K]['id'];
    return { record: createRecord(id, loser.sessionId, fieldsOf(loser), stamp), copy: true };
  }
  let patch: Partial<Fields<RecordKinds[K]>> & { deleted?: boolean };
  if (c.deletedWins) {
    // The other side deleted the record: keeping the text means bringing the edited version back.
    patch = { ...fieldsOf(loser), deleted: false };
  } else {
    const texts = c.fields.map((f): [string, string] => {
      const [won, lost] = sides(f, c.winner);
      if (choice !== 'both') return [f.field, lost];
      const size = textRule(c.kind, f.field)?.size ?? 'short';
      return [f.field, capText(joinTexts(won, lost, size === 'long', marker), LIMITS[size]).value];
    });
    // A conflict names only typed-text fields of its own kind (merge.ts reads them from the kinds table).
    patch = Object.fromEntries(texts) as Partial<Fields<RecordKinds[K]>>;
  }
  return { record: reviseRecord(mergePair(c.local, c.incoming), patch, stamp), copy: false };
}

/** The revisions that carry out the choices, each beating everything this tablet has seen (Lamport). */
export function settleConflicts(conflicts: readonly Conflict[], choices: Choices, at: Stamp, marker: string): Settled {
  const settled: Settled = { revisions: emptyRecordSet(), clock: at.clock, written: 0, copies: 0 };
  const keep = <K extends Kind>(c: Conflict<K>, choice: ConflictChoice) => {
    const { record, copy } = settleOne(c, choice, { now: at.now, deviceId: at.deviceId, clock: settled.clock }, marker);
    const list: RecordKinds[K][] = settled.revisions[c.kind];
    list.push(record);
    settled.clock = Math.max(settled.clock, record.rev);
    settled.written++;
    if (copy) settled.copies++;
  };
  for (const c of conflicts) {
    const choice = choices.get(conflictKey(c)) ?? DEFAULT_CHOICE;
    if (choice !== c.winner) keep(c, choice); // otherwise the merge rule already keeps that side
  }
  return settled;
}

export interface ImportPlan {
  merge: MergeResult;
  /** Everything to store as it is: the merge's changes, overridden by the revisions of the choices. */
  put: RecordSet;
  /** The Lamport counter after the import: above every rev in the file and every rev written. */
  clock: number;
  /** Conflicts whose choice wrote something, and copies made for "keep both". */
  settled: number;
  copies: number;
}

/**
 * The steps that make the chosen status current, one per fiche whose choice differs from the merge's.
 * « Garder les deux » means nothing for a status (both steps are in the history anyway): the merge decides.
 */
function settleStatuses(conflicts: readonly StatusConflict[], choices: Choices, at: Stamp, settled: Settled): void {
  for (const c of conflicts) {
    const choice = choices.get(statusConflictKey(c));
    if (choice !== 'local' && choice !== 'incoming') continue;
    const step = settleStatus(c, choice, { now: at.now, deviceId: at.deviceId, clock: settled.clock });
    if (!step) continue;
    settled.revisions.statusChanges.push(step);
    settled.clock = Math.max(settled.clock, step.rev);
    settled.written++;
  }
}

/**
 * One file planned against this tablet's records. `attachTo`: the file's séances join that démarche
 * (« Rattacher à … ») and its records of other démarches stay out; otherwise a séance the file would
 * move to another démarche stays where it is here unless `demarche:<id>` chose the file's.
 */
export function planImport(local: Partial<RecordSet>, file: RecordSet, choices: Choices, at: Stamp, marker: string, attachTo: DemarcheId | null = null): ImportPlan {
  const incoming = attachTo ? withoutOtherDemarches(file, attachTo) : file;
  const merge = mergeRecords(local, incoming);
  const conflicts = KINDS.flatMap((k): Conflict[] => merge.preview[k].conflicts);
  const start = highestRevIn(incoming, highestRevIn(merge.changes, at.clock));
  const settled = settleConflicts(conflicts, choices, { ...at, clock: start }, marker);
  settleStatuses(merge.statusConflicts, choices, at, settled);
  const put = mapKinds((kind) => {
    const byId = new Map(merge.changes[kind].map((r) => [r.id, r]));
    for (const r of settled.revisions[kind]) byId.set(r.id, r);
    return sortById([...byId.values()]);
  });
  // Last, on top of any settled text of the séance record: its démarche as decided.
  const stored = new Map<string, Session>(put.sessions.map((r) => [r.id, r]));
  const merged = new Map<string, Session>(merge.merged.sessions.map((r) => [r.id, r]));
  const moved = demarcheRevisions(demarcheMoves(local, merge.merged, incoming), incoming, (id) => stored.get(id) ?? merged.get(id), choices, attachTo, { ...at, clock: settled.clock });
  if (moved.sessions.length > 0) {
    for (const r of moved.sessions) stored.set(r.id, r);
    put.sessions = sortById([...stored.values()]);
  }
  return { merge, put, clock: moved.clock, settled: settled.written - settled.copies + moved.sessions.length, copies: settled.copies };
}

export interface BatchPlan {
  /** One plan per file, in the order given: each file merged into this tablet as the ones before it left it. */
  files: ImportPlan[];
  /** Everything to store, the last plan's revision of a record winning (it already holds the earlier ones). */
  put: RecordSet;
  clock: number;
}

/**
 * Several files in one go, planned purely: each file is planned against this tablet's records as the
 * files before it left them, so two files about the same séance merge as if imported one after the
 * other (and, the merge being commutative, in any order). `choices[i]` are the choices made on file i,
 * `attach[i]` the démarche its séances join, if any.
 */
export function planImports(local: Partial<RecordSet>, files: readonly RecordSet[], choices: readonly Choices[], at: Stamp, marker: string, attach: readonly (DemarcheId | null)[] = []): BatchPlan {
  let state: Partial<RecordSet> = local;
  let clock = at.clock;
  const plans: ImportPlan[] = [];
  files.forEach((file, i) => {
    const plan = planImport(state, file, choices[i] ?? new Map<string, ConflictChoice>(), { ...at, clock }, marker, attach[i] ?? null);
    plans.push(plan);
    clock = Math.max(clock, plan.clock);
    // The next file meets what this one left; after the last one nothing does (a whole merge saved on every import).
    if (i < files.length - 1) state = mergeRecords(state, plan.put).merged;
  });
  const put = mapKinds(<K extends Kind>(kind: K) => {
    const last = new Map<string, RecordKinds[K]>();
    for (const plan of plans) for (const r of plan.put[kind]) last.set(r.id, r);
    return sortById([...last.values()]);
  });
  return { files: plans, put, clock };
}
