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

/**
 * JSON with keys in canonical order, `undefined` members skipped and non-finite numbers as null
 * (what JSON.stringify does). `omit` leaves out top-level keys (the merge tie-break ignores `seen`).
 * Records are shallow (depth ≤ 4 once validated), so recursion is safe here.
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort(compareKeys)) {
    const v = obj[key];
    if (v === undefined || typeof v === 'function' || omit?.has(key)) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}
