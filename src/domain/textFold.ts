// Text folded for comparison across séances (no accents, no case, œ → oe, ’ → '), with a way back to the original's positions for highlighting.

/** Typographic apostrophes and look-alikes a tablet keyboard or a pasted text may carry. */
const APOSTROPHES = /[\u2019\u2018\u02BC\u2032\u00B4]/g;

/** The units that may fold to something else: capitals and everything outside ASCII (a few in a hundred in French text). */
const FOLDABLE = /[A-Z\u0080-\uFFFF]/g;

const perUnit = new Map<string, string>();
/** Set by `foldUnit` when a unit folds to other than one unit (« œ » → « oe », a combining accent → nothing). */
let irregular = false;

/**
 * One UTF-16 unit folded, remembered (a corpus repeats the same few hundred characters): by unit
 * rather than by whole text, so the result never depends on the neighbours (a Greek final sigma,
 * « İ » lower-cased to two units) and a folded position can be traced back to the original.
 */
function foldUnit(unit: string): string {
  let out = perUnit.get(unit);
  if (out === undefined) {
    out = unit
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(APOSTROPHES, "'");
    perUnit.set(unit, out);
  }
  if (out.length !== 1) irregular = true;
  return out;
}

/** The folded text alone: a query, a title, a place. Without accents or case, œ and æ written out, every apostrophe straight. */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, foldUnit);
}

/** A folded text, and whether every position is where it was in the original (no table needed to highlight it). */
export function foldAligned(text: string): { text: string; aligned: boolean } {
  irregular = false;
  const folded = text.replace(FOLDABLE, foldUnit);
  return { text: folded, aligned: !irregular };
}

export interface Folded {
  /** The folded text. */
  text: string;
  /**
   * For each folded unit, the index of the original unit it came from, plus one last entry equal to
   * the original's length; null when folding kept every position (the common case).
   */
  offsets: Uint32Array | null;
}

/** The table from folded positions back to the original's, for a text that is not aligned. */
export function offsetsOf(text: string): Uint32Array {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text[i]!;
    const n = /[A-Z\u0080-\uFFFF]/.test(unit) ? foldUnit(unit).length : 1;
    for (let k = 0; k < n; k += 1) offsets.push(i);
  }
  offsets.push(text.length);
  return Uint32Array.from(offsets);
}

/** Fold a text and keep how to find each folded position in the original. */
export function foldWithOffsets(text: string): Folded {
  const f = foldAligned(text);
  return { text: f.text, offsets: f.aligned ? null : offsetsOf(text) };
}

/**
 * A range of the folded text as a range of the original: a range ending inside a character that
 * folded to several units (« œ ») ends after that whole character, and a dropped accent mark that
 * follows the last letter is included.
 */
export function originalRange(folded: Folded, start: number, end: number): [number, number] {
  const o = folded.offsets;
  if (o === null) return [start, end];
  const from = o[start]!;
  if (end <= start) return [from, from];
  const last = o[end - 1]!;
  let k = end;
  while (o[k]! === last) k += 1;
  return [from, o[k]!];
}

const ASCII_WORD = /[a-z0-9]/;
const WORD = /[\p{L}\p{N}]/u;

/** A letter or digit of a folded text (an apostrophe, a hyphen or a space separates words). */
export function isWordChar(ch: string): boolean {
  return ch.charCodeAt(0) < 128 ? ASCII_WORD.test(ch) : WORD.test(ch);
}
