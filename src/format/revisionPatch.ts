// What a rewrite (anonymisation) changed in one record, as a patch for a new revision of it.
import type { BaseRecord } from '../domain/types';
import { canonicalJson } from './canonical';

/** The mergeable base is the write path's business: a patch never carries identity, revision or tombstone. */
const BASE_KEYS: ReadonlySet<string> = new Set<keyof BaseRecord>(['id', 'sessionId', 'createdAt', 'updatedAt', 'rev', 'deviceId', 'seen', 'deleted']);

/**
 * The fields of `after` that differ from `before` (compared as canonical JSON, so arrays and
 * objects compare by value), or null when nothing changed: an unchanged record gets no new revision.
 */
export function changedFields<R extends BaseRecord>(before: R, after: R): Partial<R> | null {
  const patch: Record<string, unknown> = {};
  const was = before as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (BASE_KEYS.has(key)) continue;
    if (canonicalJson(was[key]) !== canonicalJson(value)) patch[key] = value;
  }
  return Object.keys(patch).length > 0 ? (patch as Partial<R>) : null;
}
