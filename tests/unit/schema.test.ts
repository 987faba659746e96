// Schema upgrades: a database made by every shipped version opens with the latest one, data and indexes intact.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, DB_NAME, VERSIONS, type CercleDb } from '../../src/db/schema';
import { scopeOf } from '../../src/domain/kinds';
import { KINDS, type Kind } from '../../src/domain/types';
import { oneOfEachKind } from '../factories';

let opened: CercleDb[] = [];
let dbCount = 0;
const uniqueName = () => `schema-test-${++dbCount}`;
function track(db: CercleDb): CercleDb {
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

/** Index names declared by a Dexie store spec ('id, sessionId, [sessionId+index]'), primary key excluded. */
function declaredIndexes(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim().replace(/^[&*]/, ''))
    .slice(1);
}

/** The latest spec of each table, as the app declares it after every version. */
function latestStores(): Record<string, string> {
  return Object.assign({}, ...VERSIONS.map((v) => v.stores)) as Record<string, string>;
}

function keyFor(record: Record<string, unknown>, index: string): unknown {
  const compound = /^\[(.+)\]$/.exec(index);
  if (compound) return compound[1]!.split('+').map((k) => record[k]);
  return record[index];
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3… in order, so createDb(name, n) is "the app as shipped at version n"', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    expect(DB_NAME).toBe('cercle');
  });

  it('declare one table per record kind, each indexed by sessionId', async () => {
    const db = track(createDb(uniqueName()));
    await db.open();
    for (const kind of KINDS) {
      const table = db.table(kind);
      expect(table.schema.primKey.name, kind).toBe('id');
      expect(table.schema.indexes.map((i) => i.name), kind).toContain('sessionId');
    }
    expect(db.tables.map((t) => t.name).sort()).toEqual([...KINDS, 'meta', 'packs', 'packDirty'].sort());
  });

  it('an upgrade after the packs came forgets every pack and mark: they copied the records as they were before it', async () => {
    const name = uniqueName();
    const records = oneOfEachKind();
    const old = track(createDb(name, 6));
    await old.open();
    await old.table('packs').put({ sessionId: records.sessions.id, records: { sessions: [records.sessions] } });
    await old.table('packDirty').put({ key: 'k', sessionId: records.sessions.id, kind: 'verbatims', id: 'v' });
    old.close();
    const db = track(createDb(name));
    await db.open();
    expect(await db.table('packs').count()).toBe(0);
    expect(await db.table('packDirty').count()).toBe(0);
  });

  it.each(VERSIONS.map((v) => v.version))('a database created by version %i opens with the latest and keeps every record', async (version) => {
    const name = uniqueName();
    const records = oneOfEachKind();
    const old = track(createDb(name, version));
    await old.open();
    // Only the kinds that version had a table for; later kinds must open empty.
    const then = KINDS.filter((kind) => old.tables.some((t) => t.name === kind));
    await old.transaction('rw', old.tables, async () => {
      for (const kind of then) await old.table(kind).put(records[kind]);
      await old.meta.put({ key: 'clock', value: 42 });
    });
    old.close();

    const db = track(createDb(name));
    await db.open();
    expect(db.verno).toBe(VERSIONS.length);
    const sid = records.sessions.id;
    const stores = latestStores();
    for (const kind of KINDS.filter((k) => !then.includes(k))) expect(await db.table(kind).count(), kind).toBe(0);
    for (const kind of then) {
      const record = records[kind] as unknown as Record<string, unknown>;
      expect(await db.table(kind).get(record.id as string), kind).toEqual(record);
      // A démarche-level record's scope is its démarche, not the séance.
      expect(await db.table(kind).where('sessionId').equals(scopeOf(kind) === 'demarche' ? (record.sessionId as string) : sid).primaryKeys(), `${kind} by sessionId`).toEqual([record.id]);
      for (const index of declaredIndexes(stores[kind]!)) {
        const found = await db.table(kind).where(index).equals(keyFor(record, index) as string).primaryKeys();
        expect(found, `${kind} by ${index}`).toEqual([record.id]);
      }
    }
    expect(await db.phases.where('[sessionId+index]').equals([sid, records.phases.index]).first()).toMatchObject({ id: records.phases.id, title: records.phases.title });
    expect(await db.meta.get('clock')).toEqual({ key: 'clock', value: 42 });
  });

  it('version 4: a fiche action stored by version 3 opens serving no engagement, its free texts as typed', async () => {
    const name = uniqueName();
    const { engagements: _new, ...v3Sheet } = oneOfEachKind().actions;
    const old = track(createDb(name, 3));
    await old.open();
    await old.table('actions').put({ ...v3Sheet, theme: 'Accueil', commitment: 'Être joignable' });
    old.close();
    const db = track(createDb(name));
    await db.open();
    expect(await db.actions.get(v3Sheet.id)).toEqual({ ...v3Sheet, theme: 'Accueil', commitment: 'Être joignable', engagements: [] });
  });

  it('version 5: a séance stored by version 4 opens with no date de retour and not anonymised, the rest as stored', async () => {
    const name = uniqueName();
    const { returnDate: _r, anonymised: _a, ...v4Session } = oneOfEachKind().sessions;
    const old = track(createDb(name, 4));
    await old.open();
    await old.table('sessions').put({ ...v4Session, title: 'Accueil du samedi' });
    // A séance that somehow already carries the fields keeps them.
    await old.table('sessions').put({ ...v4Session, id: 'autre', sessionId: 'autre', returnDate: '2027-03-01', anonymised: true });
    old.close();
    const db = track(createDb(name));
    await db.open();
    expect(await db.sessions.get(v4Session.id)).toEqual({ ...v4Session, title: 'Accueil du samedi', returnDate: '', anonymised: false });
    expect(await db.sessions.get('autre')).toMatchObject({ returnDate: '2027-03-01', anonymised: true });
  });

  it('version 7: a séance stored before the démarche opens standing alone and mirroring none, the rest as stored', async () => {
    const name = uniqueName();
    const { demarcheId: _d, mirrorOf: _m, ...v6Session } = oneOfEachKind().sessions;
    const old = track(createDb(name, 6));
    await old.open();
    await old.table('sessions').put({ ...v6Session, title: 'Accueil du samedi' });
    await old.table('sessions').put({ ...v6Session, id: 'autre', sessionId: 'autre', demarcheId: 'demarche-x', mirrorOf: 'seance-y' });
    old.close();
    const db = track(createDb(name));
    await db.open();
    expect(await db.sessions.get(v6Session.id)).toEqual({ ...v6Session, title: 'Accueil du samedi', demarcheId: '', mirrorOf: '' });
    expect(await db.sessions.get('autre')).toMatchObject({ demarcheId: 'demarche-x', mirrorOf: 'seance-y' });
    expect(await db.themeLinks.where('themeId').equals('t').count()).toBe(0);
  });

  it('the first shipped version declared the tables and indexes later versions rely on', async () => {
    const first = VERSIONS[0]!.stores;
    const shippedInV1: readonly Kind[] = ['sessions', 'participants', 'phases', 'turns', 'verbatims', 'cards', 'groups', 'tracks', 'votes', 'actions'];
    for (const kind of shippedInV1) expect(first[kind], kind).toBeDefined();
    expect(VERSIONS[2]!.stores.syntheses).toBe('id, sessionId');
    expect(first.phases).toContain('[sessionId+index]');
  });
});
