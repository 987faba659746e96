// runAction, the one way a use case writes: reads bound to its transaction, all or nothing, « Réessayer », queue order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeQueue } from '../../src/actions/queue';
import { runAction } from '../../src/actions/run';
import { abandonFailedWrites, retryFailedWrites, saveState, tracked } from '../../src/actions/status';
import type { CardId, GroupId } from '../../src/domain/types';
import { setClock } from '../../src/platform/clock';
import { T0 } from '../factories';
import { db, seedSession, storedSession } from './render';

describe('runAction', () => {
  it('refuses a read of a table the action did not name, and writes nothing of it', async () => {
    const id = await seedSession({ title: 'Avant' });
    const run = runAction({ key: 'test:unlisted', kinds: ['sessions'] }, async (w, read) => {
      const s = (await read.get('sessions', id))!;
      await w.revise('sessions', s, { title: 'Après' });
      // 'cards' was not named: this must throw, not quietly read outside the transaction.
      return read.recordsOf('cards', id);
    });
    const error = (await run.catch((e: unknown) => e)) as Error & { cause: Error };
    expect(error.cause.name).toBe('NotFoundError');
    expect((await storedSession(id)).title).toBe('Avant');
    expect(saveState().failure).toBe('failed');
    // This one can never succeed: drop it, and a write that succeeds puts « Enregistré » back.
    abandonFailedWrites();
    await runAction({ key: 'test:ok', kinds: ['sessions'] }, async () => undefined);
    expect(saveState().failure).toBeNull();
  });

  it('reads its own writes inside the transaction', async () => {
    const id = await seedSession();
    const seen = await runAction({ key: 'test:own', kinds: ['groups'] }, async (w, read) => {
      await w.create('groups', 'g1' as GroupId, id, { title: 'Accueil', order: 0 });
      return (await read.recordsOf('groups', id)).map((g) => g.title);
    });
    expect(seen).toEqual(['Accueil']);
  });

  it('runs `then` only once the transaction committed, and « Réessayer » replays body and `then`', async () => {
    const id = await seedSession();
    const after: string[] = [];
    let fail = true;
    const run = runAction(
      { key: 'test:then', kinds: ['cards'], then: (n) => void after.push(`then ${n}`) },
      async (w) => {
        await w.create('cards', 'c1' as CardId, id, {
          text: 'Horaires',
          kind: 'irritant',
          polarity: 'negative',
          groupId: null,
          order: 0,
          sourceVerbatimId: null,
          onBehalfOf: null,
        });
        if (fail) throw new Error('disk');
        return 1;
      },
    );
    expect(((await run.catch((e: unknown) => e)) as Error).cause).toEqual(new Error('disk'));
    expect(after).toEqual([]);
    expect(await db().cards.count()).toBe(0);

    fail = false;
    await retryFailedWrites();
    expect(after).toEqual(['then 1']);
    expect(await db().cards.count()).toBe(1);
    expect(saveState().failure).toBeNull();
  });

  it('« Réessayer » tapped while a newer write of the same field is in flight does not replay the older text over it', async () => {
    const landed: string[] = [];
    let full = true;
    const write = (text: string, gate?: Promise<void>) => async () => {
      await gate;
      if (full) throw new Error('QuotaExceededError');
      landed.push(text);
    };
    await tracked('field:objective', write('Comprendre')).catch(() => undefined);
    expect(saveState().failure).toBe('failed');

    // The disk frees up while the next keystroke's write is on its way; the person taps « Réessayer ».
    let open: () => void = () => undefined;
    const newer = tracked('field:objective', write('Comprendre.', new Promise<void>((resolve) => (open = resolve))));
    full = false;
    await retryFailedWrites();
    open();
    await newer;
    expect(landed).toEqual(['Comprendre.']);
    expect(saveState().failure).toBeNull();

    // An older write failing after a newer one started leaves the outcome to the newer one.
    full = true;
    let openLate: () => void = () => undefined;
    const older = tracked('field:objective', write('A', new Promise<void>((resolve) => (openLate = resolve))));
    full = false;
    await tracked('field:objective', write('AB'));
    full = true;
    openLate();
    await older.catch(() => undefined);
    expect(saveState().failure).toBeNull();
    full = false;
    await retryFailedWrites();
    expect(landed).toEqual(['Comprendre.', 'AB']);
  });

  it('waits for its turn in the queue, and is stamped with the time it was tapped', async () => {
    const id = await seedSession();
    const queue = makeQueue();
    let clock = T0 + 1000;
    const restore = setClock(() => clock);
    let release: () => void = () => undefined;
    void queue(() => new Promise<void>((resolve) => (release = resolve)));
    const ran: string[] = [];
    const tapped = runAction({ key: 'test:queued', kinds: ['groups'], queue }, async (w) => {
      ran.push('queued');
      await w.create('groups', 'g1' as GroupId, id, { title: 'G1', order: 1 });
    });
    clock += 5000;
    // An action outside the queue goes through meanwhile: the queued one is still waiting its turn.
    await runAction({ key: 'test:free', kinds: ['sessions'] }, async () => void ran.push('free'));
    expect(ran).toEqual(['free']);
    release();
    await tapped;
    restore();
    expect(ran).toEqual(['free', 'queued']);
    expect((await db().groups.get('g1'))?.createdAt).toBe(T0 + 1000);
  });
});

describe('actions write only through runAction', () => {
  const dir = join(__dirname, '../../src/actions');
  const sources = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

  it('no action opens a transaction of its own', () => {
    const offenders = sources.filter(([f, s]) => f !== 'run.ts' && /\btransact\b/.test(s.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))).map(([f]) => f);
    expect(offenders).toEqual([]);
  });

  it('no action reads the database outside its transaction, but for the few that read before writing', () => {
    const readers = sources.filter(([, s]) => s.includes("from '../db/queries'") || s.includes("from '../db/reportReads'")).map(([f]) => f);
    // The import names this tablet's titles; exports read the report (the analysis file reads the same records),
    // and an anonymised séance file reads its sibling séances' names to leave them out.
    expect(readers.sort()).toEqual(['exportData.ts', 'importFile.ts', 'qdpxExport.ts', 'reportExport.ts']);
  });
});

