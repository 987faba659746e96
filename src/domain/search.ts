// Search across every verbatim of a démarche: an index folded once when the view opens, then a plain scan per keystroke.
import { liveSeances, type SeanceKey } from './seanceOrder';
import { foldAligned, foldText, isWordChar, offsetsOf, originalRange } from './textFold';
import type { Audience, PhaseIndex, Session, SessionId, Verbatim, VerbatimId, VerbatimKind, VerbatimTag } from './types';
import { byCapture, VERBATIM_TAGS } from './verbatims';

export interface SearchSeance {
  session: SeanceKey & Pick<Session, 'place' | 'audience' | 'deleted'>;
  verbatims: readonly Pick<Verbatim, 'id' | 'phase' | 'text' | 'tags' | 'key' | 'kind' | 'capturedAt' | 'deleted'>[];
}

interface Entry {
  seance: number;
  verbatimId: VerbatimId;
  phase: PhaseIndex;
  /** One bit per tag, in VERBATIM_TAGS order. */
  tags: number;
  key: boolean;
  kind: VerbatimKind;
  text: string;
  folded: string;
  /** False when some character folded to more or fewer letters (« œ », a combining accent): highlighting then needs `offsets`. */
  aligned: boolean;
  /** Worked out the first time the entry is a hit, never while scanning. */
  offsets?: Uint32Array;
}

interface IndexedSeance {
  id: SessionId;
  site: string;
  audience: readonly Audience[];
}

/** Built once per opening of the view; a query never folds the corpus again. */
export interface SearchIndex {
  readonly seances: readonly IndexedSeance[];
  readonly entries: readonly Entry[];
}

export interface SearchFilters {
  seance: SessionId | null;
  /** A site's key (see `siteKey`): the séances held at that place. */
  site: string | null;
  audience: Audience | null;
  phase: PhaseIndex | null;
  tag: VerbatimTag | null;
  /** Only the citations clés (verbatims starred `key`). */
  keyOnly: boolean;
}

export const NO_SEARCH_FILTER: SearchFilters = { seance: null, site: null, audience: null, phase: null, tag: null, keyOnly: false };

export interface SearchHit {
  seanceId: SessionId;
  verbatimId: VerbatimId;
  phase: PhaseIndex;
  kind: VerbatimKind;
  key: boolean;
  /** The verbatim as it was typed. */
  text: string;
  /** Where the query's words were found in `text`, as [start, end) ranges, in order and not overlapping. */
  ranges: [number, number][];
}

export interface SearchResult {
  /** Every verbatim that matches, even beyond the hits returned. */
  total: number;
  /** The first matches, in the index's order (séance order, then the order they were said). */
  hits: SearchHit[];
}

/** Two spellings of one place (« Mairie de Lyon », « mairie de  lyon ») are one site. */
export function siteKey(place: string): string {
  return foldText(place).trim().replace(/\s+/g, ' ');
}

const TAG_BIT = new Map(VERBATIM_TAGS.map((t, i) => [t, 1 << i]));

/** Fold every live verbatim of every live séance once, in the order results are listed. */
export function buildSearchIndex(seances: readonly SearchSeance[]): SearchIndex {
  const indexed: IndexedSeance[] = [];
  const entries: Entry[] = [];
  for (const s of liveSeances(seances)) {
    const seance = indexed.length;
    indexed.push({ id: s.session.id, site: siteKey(s.session.place), audience: s.session.audience });
    for (const v of s.verbatims.filter((x) => !x.deleted).sort(byCapture)) {
      const tags = v.tags.reduce((bits, t) => bits | (TAG_BIT.get(t) ?? 0), 0);
      const folded = foldAligned(v.text);
      entries.push({ seance, verbatimId: v.id, phase: v.phase, tags, key: v.key, kind: v.kind, text: v.text, folded: folded.text, aligned: folded.aligned });
    }
  }
  return { seances: indexed, entries };
}

/**
 * The words of a query, folded: split on spaces, each stripped of the punctuation around it
 * (« «accueil» » looks for « accueil »), repeats dropped.
 */
export function queryWords(query: string): string[] {
  const words = foldText(query)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
  return [...new Set(words)];
}

/** Where `word` starts a word of `text` (at its start, or after a space, an apostrophe, a hyphen…), from `from`; -1 when nowhere. */
function findWordStart(text: string, word: string, from: number): number {
  let at = text.indexOf(word, from);
  while (at > 0 && isWordChar(text[at - 1]!)) at = text.indexOf(word, at + 1);
  return at;
}

/** Every place each word starts a word, merged into ranges of the original text. */
function rangesOf(entry: Entry, words: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const w of words) {
    for (let at = findWordStart(entry.folded, w, 0); at >= 0; at = findWordStart(entry.folded, w, at + 1)) found.push([at, at + w.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  if (!entry.aligned) entry.offsets ??= offsetsOf(entry.text);
  const folded = { text: entry.folded, offsets: entry.offsets ?? null };
  return merged.map(([s, e]) => originalRange(folded, s, e));
}

/** Which séances the séance, site and public filters leave, as a lookup by séance position. */
function seancesKept(index: SearchIndex, f: SearchFilters): boolean[] {
  return index.seances.map(
    (s) => (f.seance === null || s.id === f.seance) && (f.site === null || s.site === f.site) && (f.audience === null || s.audience.includes(f.audience)),
  );
}

/**
 * The verbatims where every word of the query starts a word (« accue » finds « l’Accueil », « elu »
 * finds « ÉLUS », « cle » does not find « boucle »), under every filter given; an empty query lists
 * what the filters keep. Only the first `limit` hits get their ranges worked out.
 */
export function searchVerbatims(index: SearchIndex, query: string, filters: Partial<SearchFilters> = {}, limit = Number.POSITIVE_INFINITY): SearchResult {
  const f: SearchFilters = { ...NO_SEARCH_FILTER, ...filters };
  const words = queryWords(query);
  const kept = seancesKept(index, f);
  const tagBit = f.tag === null ? 0 : (TAG_BIT.get(f.tag) ?? 0);
  const hits: SearchHit[] = [];
  let total = 0;
  for (const e of index.entries) {
    if (!kept[e.seance] || (f.phase !== null && e.phase !== f.phase) || (f.tag !== null && (e.tags & tagBit) === 0) || (f.keyOnly && !e.key)) continue;
    let all = true;
    for (const w of words) {
      if (findWordStart(e.folded, w, 0) < 0) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    total += 1;
    if (hits.length < limit) {
      hits.push({ seanceId: index.seances[e.seance]!.id, verbatimId: e.verbatimId, phase: e.phase, kind: e.kind, key: e.key, text: e.text, ranges: rangesOf(e, words) });
    }
  }
  return { total, hits };
}

/** The sites of the indexed séances, each once, labelled with the place as first written, in séance order. */
export function sitesOf(seances: readonly Pick<SearchSeance, 'session'>[]): { key: string; label: string }[] {
  const out = new Map<string, string>();
  for (const s of liveSeances(seances)) {
    const key = siteKey(s.session.place);
    if (!out.has(key)) out.set(key, s.session.place.trim());
  }
  return [...out].map(([key, label]) => ({ key, label }));
}
