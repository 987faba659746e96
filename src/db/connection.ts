// Opens the database once at boot and tells the app, in plain terms, when it cannot.
import { createDb, type CercleDb } from './schema';
import type { DeviceId } from '../domain/types';

export type OpenFailure = 'unavailable' | 'blocked' | 'failed';

let db: CercleDb | null = null;
let device: DeviceId | null = null;

export function getDb(): CercleDb {
  if (!db) throw new Error('Database used before openDatabase()');
  return db;
}

export function deviceId(): DeviceId {
  if (!device) throw new Error('Device id used before setDeviceId()');
  return device;
}

export function setDeviceId(id: DeviceId): void {
  device = id;
}

/** Some browsers throw (SecurityError) on merely reading `indexedDB` when storage is blocked. */
function indexedDbMissing(): boolean {
  try {
    return typeof indexedDB === 'undefined';
  } catch {
    return true;
  }
}

function classify(error: unknown): OpenFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
  if (name === 'MissingAPIError' || indexedDbMissing()) return 'unavailable';
  if (name === 'BlockedError' || name === 'VersionError') return 'blocked';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable';
  return 'failed';
}

/** Open (or reopen) the database; resolves with the reason when IndexedDB is missing or blocked. */
export async function openDatabase(name?: string): Promise<OpenFailure | null> {
  try {
    if (indexedDbMissing()) return 'unavailable';
    const next = createDb(name);
    // Another tab still holding an old version open: say so instead of waiting forever.
    const blocked = new Promise<OpenFailure>((resolve) => next.on('blocked', () => resolve('blocked')));
    const opened = next.open().then(() => null);
    const outcome = await Promise.race([opened, blocked]);
    if (outcome) return outcome;
    db?.close();
    db = next;
    return null;
  } catch (error) {
    return classify(error);
  }
}
