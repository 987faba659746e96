// The merge rule of ARCHITECTURE, pure: one total order per (kind, id), version vectors joined, true conflicts listed.
import { textFields, textOf } from '../domain/kinds';
import { mapKinds, type RecordSet } from '../domain/recordSet';
import { highestRev } from '../domain/records';
import { KINDS, type BaseRecord, type Kind, type RecordKinds, type VersionVector } from '../domain/types';
import { canonicalJson, compareStrings } from './canonical';
import { statusConflicts, type StatusConflict } from './statusConflicts';

const NOT_COMPARED = new Set(['seen']);

/**
 * The total order of revisions: higher rev, then later updatedAt, then larger deviceId, then the
 * canonical JSON of everything but `seen`. The last step only separates records that differ while
 * sharing rev, time and device (a forged or corrupted file); it keeps the merge commutative.
 * `seen` is left out because the merged record's `seen` is the join of both anyway.
 */
export function compareRevisions(a: BaseRecord, b: BaseRecord): number {
  if (a.rev !== b.rev) return a.rev - b.rev;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt - b.updatedAt;
  if (a.deviceId !== b.deviceId) return compareStrings(a.deviceId, b.deviceId);
  return compareStrings(canonicalJson(a, NOT_COMPARED), canonicalJson(b, NOT_COMPARED));
}

/** A record's vector including the revision itself (createRecord/reviseRecord always put it there). */
export function effectiveSeen(r: Pick<BaseRecord, 'seen' | 'deviceId' | 'rev'>): VersionVector {
  const own = r.seen[r.deviceId];
  return own !== undefined && own >= r.rev ? r.seen : { ...r.seen, [r.deviceId]: r.rev };
}

/**
 * `a` covers `b` when `a` has absorbed every revision `b` had: for every device, a's highest absorbed
 * rev is at least b's. Neither covering the other is a true concurrent edit.
 */
export function covers(a: VersionVector, b: VersionVector): boolean {
  for (const device of Object.keys(b)) if ((a[device] ?? 0) < (b[device] ?? 0)) return false;
  return true;
}

/** Every key of `b` is in `a` with at least its value (stricter than `covers`, which reads a missing key as 0). */
function includes(a: VersionVector, b: VersionVector): boolean {
  for (const device of Object.keys(b)) {
    const x = a[device];
    if (x === undefined || x < b[device]!) return false;
  }
  return true;
}

/**
 * Pointwise max over the union of keys; returns `a` itself when it already includes `b`, so an
 * unchanged record stays the same object (and is not written again).
 */
export function joinSeen(a: VersionVector, b: VersionVector): VersionVector {
  if (includes(a, b)) return a;
  const out: VersionVector = {};
  for (const device of Object.keys(a)) out[device] = a[device]!;
  for (const device of Object.keys(b)) {
    // Keys come from validated records; the guard keeps a hand-built vector from touching a prototype.
    if (device === '__proto__') continue;
    out[device] = Math.max(out[device] ?? 0, b[device]!);
  }
  return out;
}

/** The merge of two revisions of one record: the winner of the total order, with both vectors joined. */
export function mergePair<R extends BaseRecord>(a: R, b: R): R {
  const winner = compareRevisions(a, b) >= 0 ? a : b;
  const seen = joinSeen(joinSeen(effectiveSeen(winner), effectiveSeen(a)), effectiveSeen(b));
  return seen === winner.seen ? winner : { ...winner, seen };
}

export interface TextConflict {
  field: string;
  local: string;
  incoming: string;
}

/** Concurrent revisions whose losing text differs: shown in the preview so the person can keep both. */
export interface Conflict<K extends Kind = Kind> {
  kind: K;
  id: string;
  sessionId: string;
  winner: 'local' | 'incoming';
  /** The winning revision is a tombstone: keeping the loser means restoring its text as a copy. */
  deletedWins: boolean;
  fields: TextConflict[];
  local: RecordKinds[K];
  incoming: RecordKinds[K];
}

export interface KindPreview<K extends Kind = Kind> {
  /** Records this tablet did not have. Tombstones of records it never had are stored but counted nowhere: nothing shows. */
  new: number;
  /** The file's revision wins and the record is live (an edit, or a deletion undone). */
  updated: number;
  unchanged: number;
  /** The file's tombstone wins over a live record here. */
  deleted: number;
  /** Changed on both sides: listed here only, not counted again among the others (one change, one line). */
  conflicts: Conflict<K>[];
}

export type Preview = { [K in Kind]: KindPreview<K> };

export interface MergeResult {
  /** Every record after the merge, by kind, sorted by id. */
  merged: RecordSet;
  /** Only the records to write: new, won by the file, or whose `seen` grew. */
  changes: RecordSet;
  preview: Preview;
  /** Fiches whose status both sides moved since they last met (their steps merge whole; which is current is asked). */
  statusConflicts: StatusConflict[];
}

function byId<R extends BaseRecord>(records: readonly R[]): Map<string, R> {
  const map = new Map<string, R>();
  for (const r of records) {
    const prev = map.get(r.id);
    // A list should hold one revision per id; if not, the rule itself decides, in any order.
    map.set(r.id, prev ? mergePair(prev, r) : r);
  }
  return map;
}

function conflictOf<K extends Kind>(kind: K, local: RecordKinds[K], incoming: RecordKinds[K], incomingWins: boolean): Conflict<K> | null {
  const loser = incomingWins ? local : incoming;
  if (loser.deleted) return null; // a losing deletion loses no typed text
  const vl = effectiveSeen(local);
  const vi = effectiveSeen(incoming);
  if (covers(vl, vi) || covers(vi, vl)) return null; // one has absorbed the other: not concurrent
  const fields: TextConflict[] = [];
  for (const field of textFields(kind)) {
    const l = textOf(local, field);
    const i = textOf(incoming, field);
    if (l !== i) fields.push({ field, local: l, incoming: i });
  }
  if (fields.length === 0) return null;
  const winner = incomingWins ? incoming : local;
  return { kind, id: local.id, sessionId: local.sessionId, winner: incomingWins ? 'incoming' : 'local', deletedWins: winner.deleted, fields, local, incoming };
}

interface KindMerge<K extends Kind> {
  merged: RecordKinds[K][];
  changes: RecordKinds[K][];
  preview: KindPreview<K>;
}

export function mergeKind<K extends Kind>(kind: K, local: readonly RecordKinds[K][], incoming: readonly RecordKinds[K][]): KindMerge<K> {
  type R = RecordKinds[K];
  const here = byId<R>(local);
  const there = byId<R>(incoming);
  const preview: KindPreview<K> = { new: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: [] };
  const merged = new Map<string, R>(here);
  const changes: R[] = [];
  for (const [id, inc] of there) {
    const loc = here.get(id);
    if (!loc) {
      merged.set(id, inc);
      changes.push(inc);
      if (!inc.deleted) preview.new++;
      continue;
    }
    const result = mergePair(loc, inc);
    merged.set(id, result);
    if (result !== loc) changes.push(result);
    const incomingWins = compareRevisions(inc, loc) > 0;
    const conflict = conflictOf(kind, loc, inc, incomingWins);
    if (conflict) preview.conflicts.push(conflict);
    else if (!incomingWins) preview.unchanged++;
    else if (result.deleted && !loc.deleted) preview.deleted++;
    else if (!result.deleted) preview.updated++;
    else preview.unchanged++; // a tombstone replaced by a newer tombstone: nothing shows
  }
  const sorted = (list: Iterable<R>) => [...list].sort((a, b) => compareStrings(a.id, b.id));
  preview.conflicts.sort((a, b) => compareStrings(a.id, b.id));
  return { merged: sorted(merged.values()), changes: sorted(changes), preview };
}

/** Merge a file's records into this tablet's: same result in any order, twice or once (see merge tests). */
export function mergeRecords(local: Partial<RecordSet>, incoming: Partial<RecordSet>): MergeResult {
  // One merge per kind. TypeScript ties a generic kind's value to its key only for record lists
  // (mapKinds), not while other per-kind objects are built: KINDS fills every key of these two.
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, mergeKind(kind, local[kind] ?? [], incoming[kind] ?? [])])) as { [K in Kind]: KindMerge<K> };
  const preview = Object.fromEntries(KINDS.map((kind) => [kind, byKind[kind].preview])) as Preview;
  return {
    merged: mapKinds((kind) => byKind[kind].merged),
    changes: mapKinds((kind) => byKind[kind].changes),
    preview,
    statusConflicts: statusConflicts(local.statusChanges ?? [], incoming.statusChanges ?? []),
  };
}

/** Highest rev in a record set, so an import can raise this tablet's Lamport counter above all of it. */
export function highestRevIn(records: Partial<RecordSet>, start = 0): number {
  let max = start;
  for (const kind of KINDS) max = highestRev(records[kind] ?? [], max);
  return max;
}
