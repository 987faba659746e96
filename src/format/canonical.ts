// Canonical JSON: one spelling per value, so equal records compare and serialise byte for byte.

/** `id` and `sessionId` first keeps a file readable; every other key is sorted so insertion order never shows. */
const FIRST_KEYS = ['id', 'sessionId'];

function rank(key: string): number {
  const i = FIRST_KEYS.indexOf(key);
  return i === -1 ? FIRST_KEYS.length : i;
}

export function compareKeys(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Code-unit order, not locale order: the same on every tablet and every browser. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy whose objects list their keys in canonical order (records are at most 4 deep once validated). */
function reorder(value: unknown, omit?: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => reorder(v));
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj).sort(compareKeys)) {
    // Keys come from validated records; a hand-built `__proto__` must not become a prototype here.
    if (key === '__proto__' || omit?.has(key)) continue;
    out[key] = reorder(obj[key]);
  }
  return out;
}

/**
 * JSON with keys in canonical order, built by one JSON.stringify of a reordered copy (far faster
 * than stringifying value by value). Engines list integer-like keys first in numeric order whatever
 * the insertion order, which is still one spelling per key set. `omit` leaves out top-level keys
 * (the merge tie-break ignores `seen`).
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  return JSON.stringify(reorder(value, omit)) ?? 'null';
}
