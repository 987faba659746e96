// What a rewrite (anonymisation) changed in one record, as a patch for a new revision of it.
import { BASE_KEYS } from '../domain/kinds';
import type { BaseRecord } from '../domain/types';
import { canonicalJson } from './canonical';

/** The mergeable base is the write path's business: a patch never carries identity, revision or tombstone. */
const BASE: ReadonlySet<string> = new Set(BASE_KEYS);

/**
 * The fields of `after` that differ from `before` (compared as canonical JSON, so arrays and
 * objects compare by value), or null when nothing changed: an unchanged record gets no new revision.
 */
export function changedFields<R extends BaseRecord>(before: R, after: R): Partial<R> | null {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (BASE.has(key)) continue;
    if (canonicalJson(Reflect.get(before, key)) !== canonicalJson(value)) patch[key] = value;
  }
  // Every key is one of `after`'s own.
  return Object.keys(patch).length > 0 ? (patch as Partial<R>) : null;
}
