// Pure helpers that create and revise mergeable records from an injected clock and Lamport counter.
import type { BaseRecord, DeviceId, Fields, SessionId } from './types';

/** What a write needs to know about this device: the time, who it is, the highest rev it has seen. */
export interface Stamp {
  now: number;
  deviceId: DeviceId;
  /** Highest revision ever seen on this device (the persisted Lamport counter). */
  clock: number;
}

/** Lamport rule: a new revision beats both the record's own rev and everything this device has seen. */
export function nextRev(clock: number, currentRev = 0): number {
  return Math.max(clock, currentRev) + 1;
}

/** Highest rev among records, so an import can raise the device's counter above all of them. */
export function highestRev(records: Iterable<Pick<BaseRecord, 'rev'>>, start = 0): number {
  let max = start;
  for (const r of records) if (r.rev > max) max = r.rev;
  return max;
}

export function createRecord<R extends BaseRecord>(
  id: R['id'],
  sessionId: SessionId,
  fields: Fields<R>,
  stamp: Stamp,
): R {
  const rev = nextRev(stamp.clock);
  return {
    ...fields,
    id,
    sessionId,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    rev,
    deviceId: stamp.deviceId,
    seen: { [stamp.deviceId]: rev },
    deleted: false,
  } as R;
}

/** A new revision of `record` with `patch` applied; identity fields can never be patched. */
export function reviseRecord<R extends BaseRecord>(record: R, patch: Partial<Fields<R>> & { deleted?: boolean }, stamp: Stamp): R {
  const rev = nextRev(stamp.clock, record.rev);
  const seen = { ...record.seen, [stamp.deviceId]: rev };
  return {
    ...record,
    ...patch,
    id: record.id,
    sessionId: record.sessionId,
    createdAt: record.createdAt,
    // A clock set backwards must not make an edit look older than what it replaces.
    updatedAt: Math.max(stamp.now, record.updatedAt),
    rev,
    deviceId: stamp.deviceId,
    seen,
  };
}

export function live<R extends Pick<BaseRecord, 'deleted'>>(records: readonly R[]): R[] {
  return records.filter((r) => !r.deleted);
}
