// An import, planned purely: merge the file into this tablet's records, then settle each conflict as the person chose.
import { capText, LIMITS } from '../domain/limits';
import { createRecord, reviseRecord, type Stamp } from '../domain/records';
import { KINDS, type AnyRecord, type BaseRecord, type Kind } from '../domain/types';
import { derivedId } from '../domain/derivedId';
import { toRecordSet, type RecordSet } from './envelope';
import { highestRevIn, mergePair, mergeRecords, type Conflict, type MergeResult } from './merge';

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
export const COPY_KINDS: ReadonlySet<Kind> = new Set<Kind>(['verbatims', 'cards']);

const LONG_FIELDS = new Set([
  'sessions.objective',
  'sessions.themeNote',
  'sessions.consentWording',
  'verbatims.text',
  'cards.text',
  'tracks.description',
  'actions.commitment',
  'actions.contributors',
  'actions.problem',
  'actions.objective',
  'actions.description',
  'actions.indicators',
  'syntheses.text',
]);

export const isLongField = (kind: Kind, field: string): boolean => LONG_FIELDS.has(`${kind}.${field}`);

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

const BASE_KEYS: readonly (keyof BaseRecord)[] = ['id', 'sessionId', 'createdAt', 'updatedAt', 'rev', 'deviceId', 'seen', 'deleted'];

function fieldsOf(record: AnyRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const key of BASE_KEYS) delete out[key];
  return out;
}

/** This tablet's identity and time for the revisions a choice makes; `clock` already raised by the import. */
export type SettleStamp = Stamp;

interface Settled {
  revisions: { kind: Kind; record: AnyRecord }[];
  clock: number;
  copies: number;
}

/** The revisions that carry out the choices, each beating everything this tablet has seen (Lamport). */
export function settleConflicts(conflicts: readonly Conflict[], choices: Choices, at: SettleStamp, marker: string): Settled {
  let clock = at.clock;
  let copies = 0;
  const stamp = (): Stamp => ({ now: at.now, deviceId: at.deviceId, clock });
  const revisions: Settled['revisions'] = [];
  const push = (kind: Kind, record: AnyRecord) => {
    revisions.push({ kind, record });
    clock = Math.max(clock, record.rev);
  };
  for (const c of conflicts) {
    const choice = choices.get(conflictKey(c)) ?? DEFAULT_CHOICE;
    if (choice === c.winner) continue; // the merge rule already keeps that side
    const [winner, loser] = c.winner === 'incoming' ? [c.incoming, c.local] : [c.local, c.incoming];
    if (choice === 'both' && COPY_KINDS.has(c.kind)) {
      // The same id on every tablet that keeps this loser, so two "keep both" make one copy, not two.
      const id = derivedId(['copy', c.kind, c.id, loser.deviceId, String(loser.rev)]);
      push(c.kind, createRecord(id as AnyRecord['id'], loser.sessionId, fieldsOf(loser) as never, stamp()) as AnyRecord);
      copies++;
      continue;
    }
    let patch: Record<string, unknown>;
    if (c.deletedWins) {
      // The other side deleted the record: keeping the text means bringing the edited version back.
      patch = { ...fieldsOf(loser), deleted: false };
    } else if (choice === 'both') {
      patch = {};
      for (const f of c.fields) {
        const long = isLongField(c.kind, f.field);
        const joined = joinTexts(String(winner[f.field as keyof typeof winner]), String(loser[f.field as keyof typeof loser]), long, marker);
        patch[f.field] = capText(joined, long ? LIMITS.long : LIMITS.short).value;
      }
    } else {
      patch = Object.fromEntries(c.fields.map((f) => [f.field, loser[f.field as keyof typeof loser]]));
    }
    push(c.kind, reviseRecord(mergePair(c.local, c.incoming), patch as never, stamp()) as AnyRecord);
  }
  return { revisions, clock, copies };
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

export function planImport(local: Partial<RecordSet>, incoming: RecordSet, choices: Choices, at: SettleStamp, marker: string): ImportPlan {
  const merge = mergeRecords(local, incoming);
  const conflicts = KINDS.flatMap((k) => merge.preview[k].conflicts as Conflict[]);
  const start = highestRevIn(incoming, highestRevIn(merge.changes, at.clock));
  const settled = settleConflicts(conflicts, choices, { ...at, clock: start }, marker);
  const byKind = new Map<Kind, Map<string, AnyRecord>>(KINDS.map((k) => [k, new Map((merge.changes[k] as AnyRecord[]).map((r) => [r.id, r]))]));
  for (const { kind, record } of settled.revisions) byKind.get(kind)!.set(record.id, record);
  const put = toRecordSet(Object.fromEntries(KINDS.map((k) => [k, [...byKind.get(k)!.values()]])) as Partial<RecordSet>);
  return { merge, put, clock: settled.clock, settled: settled.revisions.length - settled.copies, copies: settled.copies };
}
