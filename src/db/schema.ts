// The Cercle IndexedDB database: one table per record kind, versions append-only.
import Dexie, { type Table } from 'dexie';
import type { RecordKinds, Kind } from '../domain/types';
import type { PackDirtyRow } from './packMarks';
import type { PackRow } from './packs';

export const DB_NAME = 'cercle';

export interface MetaRow {
  key: string;
  value: number;
}

/**
 * Every schema version ever shipped, in order. Never edit a shipped entry: append a new one with
 * its `upgrade`, and add a test that opens a database made by the previous version.
 */
export const VERSIONS: readonly { version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      sessions: 'id, status, updatedAt',
      participants: 'id, sessionId',
      phases: 'id, sessionId, [sessionId+index]',
      turns: 'id, sessionId, [sessionId+startedAt]',
      verbatims: 'id, sessionId, [sessionId+capturedAt]',
      cards: 'id, sessionId, groupId, sourceVerbatimId',
      groups: 'id, sessionId',
      tracks: 'id, sessionId',
      votes: 'id, sessionId, trackId',
      actions: 'id, sessionId, trackId',
      meta: 'key',
    },
  },
  {
    // Every kind is reachable by sessionId (recordsOf, per-séance export and purge), sessions included.
    version: 2,
    stores: {
      sessions: 'id, sessionId, status, updatedAt',
    },
  },
  {
    // The report's per-section synthesis texts (format version 2).
    version: 3,
    stores: {
      syntheses: 'id, sessionId',
    },
  },
  {
    // Fiches action name their Services Publics + engagements (format version 3); older ones serve none yet.
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('actions')
        .toCollection()
        .modify((a: { engagements?: unknown }) => {
          if (!Array.isArray(a.engagements)) a.engagements = [];
        });
    },
  },
  {
    // The plan d'actions followed after the séance (format version 4): each kind reachable by séance and by fiche.
    version: 5,
    stores: {
      statusChanges: 'id, sessionId, actionId',
      milestones: 'id, sessionId, actionId',
      indicators: 'id, sessionId, actionId',
      measures: 'id, sessionId, actionId, indicatorId',
      followUps: 'id, sessionId, actionId',
    },
    upgrade: async (tx) => {
      await tx
        .table('sessions')
        .toCollection()
        .modify((s: { returnDate?: unknown; anonymised?: unknown }) => {
          if (typeof s.returnDate !== 'string') s.returnDate = '';
          if (typeof s.anonymised !== 'boolean') s.anonymised = false;
        });
    },
  },
  {
    // Packs (db/packs.ts): each séance's records in one value, and the records written since, for whole-séance reads.
    version: 6,
    stores: {
      packs: 'sessionId',
      packDirty: 'key, sessionId, [sessionId+kind]',
    },
  },
  {
    // The démarche above the séance (format version 5): its kinds are scoped by their démarche's id in sessionId.
    version: 7,
    stores: {
      demarches: 'id, sessionId',
      themes: 'id, sessionId',
      themeLinks: 'id, sessionId, groupId, themeId',
    },
    upgrade: async (tx) => {
      await tx
        .table('sessions')
        .toCollection()
        .modify((s: { demarcheId?: unknown; mirrorOf?: unknown }) => {
          if (typeof s.demarcheId !== 'string') s.demarcheId = '';
          if (typeof s.mirrorOf !== 'string') s.mirrorOf = '';
        });
    },
  },
];

/** From this version on, an upgrade that changes records also forgets every pack: they were copies of the records before it. */
const PACKS_SINCE = 6;

export type CercleTables = { [K in Kind]: Table<RecordKinds[K], string> } & {
  meta: Table<MetaRow, string>;
  packs: Table<PackRow, string>;
  packDirty: Table<PackDirtyRow, string>;
};

export type CercleDb = Dexie & CercleTables;

/** A kind's table with its record type, for code generic over kinds (Dexie's own `table(name)` is untyped). */
export function tableOf<K extends Kind>(db: CercleDb, kind: K): Table<RecordKinds[K], string> {
  return db.table(kind);
}

/** Open-ready database declaring versions up to `upTo` (all by default; tests pass less to simulate old apps). */
export function createDb(name = DB_NAME, upTo = VERSIONS.length): CercleDb {
  // Live queries' results are frozen, not deep-cloned in JavaScript for each screen that reads them (5,000
  // verbatims when a report opens): screens copy before they sort, and never change a record they read.
  const db = new Dexie(name, { cache: 'immutable' }) as CercleDb;
  for (const v of VERSIONS.slice(0, upTo)) {
    const declared = db.version(v.version).stores(v.stores);
    const upgrade = v.upgrade;
    if (upgrade && v.version > PACKS_SINCE) declared.upgrade(async (tx) => {
      await upgrade(tx);
      await Promise.all([tx.table('packs').clear(), tx.table('packDirty').clear()]);
    });
    else if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
