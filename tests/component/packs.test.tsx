// Packs (db/packs.ts): whatever was written, imported, repacked or erased, a packed read gives exactly what the tables hold.
import fc from 'fast-check';
import { renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useReportInput } from '../../src/db/reportReads';
import { packedRecordsOf, repack } from '../../src/db/packs';
import { importRecords, recordsOfSessions } from '../../src/db/transfer';
import { eraseSession } from '../../src/db/wipe';
import { transact } from '../../src/db/write';
import { getDb } from '../../src/db/connection';
import { mapKinds, type RecordSet } from '../../src/domain/recordSet';
import { KINDS, type Kind, type RecordKinds, type SessionId, type SynthesisId, type VerbatimId } from '../../src/domain/types';
import { makeGroup, makeSession, makeVerbatim, testId } from '../factories';

const empty = (): RecordSet => mapKinds(() => []);
/** A record set in a fixed order, to compare two reads of the same records. */
const sorted = (set: RecordSet) => mapKinds(<K extends Kind>(kind: K) => ([...set[kind]] as RecordKinds[K][]).sort((a, b) => a.id.localeCompare(b.id)));

/** A séance and its records as a file would bring them, written through the import path. */
function fileOf(sessionId: SessionId, verbatims: number, text: string): RecordSet {
  const set = empty();
  set.sessions = [makeSession({ id: sessionId, sessionId })];
  set.verbatims = Array.from({ length: verbatims }, (_, i) => makeVerbatim(sessionId, { id: `${sessionId}-v${i}` as VerbatimId, text: `${text} ${i}` }));
  set.groups = [makeGroup(sessionId, { id: testId(`${sessionId}-g`) })];
  return set;
}
const importAll = (set: RecordSet) => importRecords(set, () => ({ put: set, clock: 0 }));

type Op =
  | { op: 'import'; session: 0 | 1; verbatims: number; text: string }
  | { op: 'write'; session: 0 | 1; text: string }
  | { op: 'revise'; session: 0 | 1; delete: boolean; text: string }
  | { op: 'repack'; session: 0 | 1 }
  | { op: 'erase'; session: 0 | 1 };

const SESSIONS = ['seance-a', 'seance-b'] as SessionId[];
const SOME: readonly Kind[] = KINDS.filter((k) => k !== 'syntheses' && k !== 'groups');
const session = fc.constantFrom<0 | 1>(0, 1);
const ops = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('import' as const), session, verbatims: fc.integer({ min: 0, max: 4 }), text: fc.string({ maxLength: 5 }) }),
    fc.record({ op: fc.constant('write' as const), session, text: fc.string({ maxLength: 5 }) }),
    fc.record({ op: fc.constant('revise' as const), session, delete: fc.boolean(), text: fc.string({ maxLength: 5 }) }),
    fc.record({ op: fc.constant('repack' as const), session }),
    fc.record({ op: fc.constant('erase' as const), session }),
  ),
  { minLength: 1, maxLength: 8 },
);

async function run(step: Op): Promise<void> {
  const id = SESSIONS[step.session]!;
  if (step.op === 'import') await importAll(fileOf(id, step.verbatims, step.text));
  else if (step.op === 'repack') await repack(id);
  else if (step.op === 'erase') await eraseSession(id);
  else if (step.op === 'write') await transact(['verbatims'], (w) => w.create('verbatims', testId<VerbatimId>('v'), id, { ...fieldsOfVerbatim(id), text: step.text }));
  else {
    const first = (await getDb().verbatims.where('sessionId').equals(id).sortBy('id'))[0];
    if (first) await transact(['verbatims'], (w) => w.revise('verbatims', first, step.delete ? { deleted: true } : { text: step.text }));
  }
}

function fieldsOfVerbatim(sessionId: SessionId) {
  const { id: _id, sessionId: _s, createdAt: _c, updatedAt: _u, rev: _r, deviceId: _d, seen: _seen, deleted: _del, ...fields } = makeVerbatim(sessionId);
  return fields;
}

describe('packs', () => {
  it('a packed read equals the tables, after any mix of imports, writes, revisions, repacks and erasures', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (steps) => {
        await Promise.all([...KINDS, 'packs', 'packDirty'].map((t) => getDb().table(t).clear()));
        for (const step of steps) {
          await run(step);
          for (const id of SESSIONS) {
            const truth = await recordsOfSessions([id]);
            expect(sorted((await packedRecordsOf(id)).records)).toEqual(sorted(truth));
            // Some kinds only (the report without the syntheses): the others come empty, these as stored.
            expect(sorted((await packedRecordsOf(id, SOME)).records)).toEqual(sorted(mapKinds((kind) => (SOME.includes(kind) ? truth[kind] : [])) as RecordSet));
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a séance imported new here is packed by the import: its first read takes the pack, nothing on top', async () => {
    await importAll(fileOf(SESSIONS[0]!, 3, 'texte'));
    const read = await packedRecordsOf(SESSIONS[0]!);
    expect(read.dirty).toBe(0);
    expect(read.records.verbatims.map((v) => v.text).sort()).toEqual(['texte 0', 'texte 1', 'texte 2']);
  });

  it('a verbatim typed after the pack is read from its table on top of it, and the pack is made again on demand', async () => {
    const id = SESSIONS[0]!;
    await importAll(fileOf(id, 2, 'avant'));
    await transact(['verbatims'], (w) => w.create('verbatims', testId<VerbatimId>('v'), id, { ...fieldsOfVerbatim(id), text: 'tapé après' }));
    const read = await packedRecordsOf(id);
    expect(read.dirty).toBe(1);
    expect(read.records.verbatims.map((v) => v.text)).toContain('tapé après');
    expect(await repack(id)).toBe(true);
    const again = await packedRecordsOf(id);
    expect(again.dirty).toBe(0);
    expect(again.records.verbatims.map((v) => v.text)).toContain('tapé après');
  });

  it('a report reading through the pack wakes for a verbatim typed, not for a synthesis typed (it shows the field itself)', async () => {
    const id = SESSIONS[0]!;
    await importAll(fileOf(id, 2, 'avant'));
    const { result } = renderHook(() => useReportInput(id, false));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const first = result.current;
    await transact(['syntheses'], (w) => w.create('syntheses', testId<SynthesisId>('s'), id, { section: 'learnings', text: 'Une synthèse' }));
    await new Promise((r) => setTimeout(r, 100));
    expect(result.current).toBe(first);
    await transact(['verbatims'], (w) => w.create('verbatims', testId<VerbatimId>('v'), id, { ...fieldsOfVerbatim(id), text: 'tapé après' }));
    await waitFor(() => expect(result.current.status === 'ready' && result.current.value?.verbatims.map((v) => v.text)).toContain('tapé après'));
  });

  it('an erased séance leaves no pack and no mark behind', async () => {
    const id = SESSIONS[0]!;
    await importAll(fileOf(id, 2, 'x'));
    expect(await getDb().packs.count()).toBe(1);
    await eraseSession(id);
    expect(await getDb().packs.count()).toBe(0);
    expect(await getDb().packDirty.count()).toBe(0);
  });
});
