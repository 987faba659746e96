// Whole-word, case- and accent-insensitive replacement of names inside free text ("Élise" = "elise" ≠ "Elisabeth").

const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** One code point folded: accents off, lower case. Keys and texts go through the same function. */
function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function foldName(name: string): string {
  let out = '';
  for (const ch of name.trim()) out += foldChar(ch);
  return out.replace(/\s+/g, ' ');
}

/**
 * The folded text and, for each folded character, the index of the original character it came from
 * (plus a final sentinel), so a match found in the folded text is cut out of the original text.
 */
function foldWithOrigin(text: string): { folded: string; origin: number[] | null } {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), origin: null };
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    // Most of a French text is ASCII: only accented and other characters pay for normalize().
    const f = cp < 0x80 ? (cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : text[i]!) : foldChar(text.slice(i, i + len));
    for (let k = 0; k < f.length; k++) origin.push(i);
    parts.push(f);
    i += len;
  }
  origin.push(text.length);
  return { folded: parts.join(''), origin };
}

/**
 * The whole text folded as `foldChar` folds each of its characters: marks dropped after NFD, lower case. Lowering a
 * whole text differs in one place, a capital sigma ending a word (ς there, σ alone): lowered first, so no name is missed.
 */
function quickFold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/Σ/g, 'σ').toLowerCase();
}

/** Only syntax characters may be escaped in a `u` regex (`\-` is an error there). */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export type Replacer = (text: string) => string;

/**
 * A function replacing every whole-word occurrence of each name by its label in one pass (a label
 * is never rewritten again). Longer names are tried first, so "Joël" is not read as "Jo" + "ël"; a
 * letter, digit or underscore on either side means the name is part of another word.
 */
export function makeReplacer(labels: ReadonlyMap<string, string>, { quick = true } = {}): Replacer {
  const { byKey, pattern } = namePattern(labels);
  if (!pattern) return (text) => text;

  return (text) => {
    if (text === '') return text;
    // Most texts name nobody. The engine's own fold of the whole text tells so at a fraction of the cost (a démarche's
    // report rewrites 25,000 verbatims); only a text that may name someone pays for the fold that maps back to it.
    if (quick && !ASCII.test(text)) {
      pattern.lastIndex = 0;
      const maybe = pattern.test(quickFold(text));
      pattern.lastIndex = 0;
      if (!maybe) return text;
    }
    const { folded, origin } = foldWithOrigin(text);
    pattern.lastIndex = 0;
    let out = '';
    let last = 0;
    for (const m of folded.matchAll(pattern)) {
      const start = origin ? origin[m.index]! : m.index;
      const end = origin ? origin[m.index + m[0].length]! : m.index + m[0].length;
      out += text.slice(last, start) + (byKey.get(m[0].replace(/\s+/g, ' ')) ?? m[0]);
      last = end;
    }
    return last === 0 ? text : out + text.slice(last);
  };
}

/** Folded name → value, and one regex matching any of the names as a whole word (null when there is none). */
function namePattern<V>(labels: ReadonlyMap<string, V>): { byKey: Map<string, V>; pattern: RegExp | null } {
  const byKey = new Map<string, V>();
  for (const [name, label] of labels) {
    const key = foldName(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, label);
  }
  if (byKey.size === 0) return { byKey, pattern: null };
  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((k) => escapeRegExp(k).replace(/ /g, '\\s+'));
  return { byKey, pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu') };
}

/**
 * The names (as given) that a replacer made from the same names would replace in a text, each once, in
 * the order they first appear: what the secrétaire is told while typing, by the very rule the report uses.
 */
export function makeNameFinder(names: readonly string[]): (text: string) => string[] {
  const { byKey, pattern } = namePattern(new Map(names.map((n) => [n, n.trim()])));
  if (!pattern) return () => [];
  return (text) => {
    if (text === '') return [];
    pattern.lastIndex = 0;
    const found = [...foldWithOrigin(text).folded.matchAll(pattern)].map((m) => byKey.get(m[0].replace(/\s+/g, ' ')) ?? m[0]);
    return [...new Set(found)];
  };
}
