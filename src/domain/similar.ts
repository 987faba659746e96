// Suggestions of similar regroupements across séances, by the significant words their titles share: offered to the user, never applied.
import { foldText } from './textFold';
import { type ConsolidatedTheme, type Regroupement, type ThemeGrouping, type ThemeLike } from './themeGrouping';
import type { GroupId, SessionId } from './types';

/** A pair is suggested from this score up: one word in three in common (« Accueil au guichet » and « Attente au guichet »). */
export const SIMILARITY_THRESHOLD = 1 / 3;

/** A word this long or longer also matches the words it begins (« long » and « longue », « accueil » and « accueillant »). */
export const PREFIX_MIN = 4;

/**
 * French words that say nothing of the subject (articles, pronouns, prepositions, conjunctions, the
 * forms of être and avoir), folded. Adverbs of degree (« trop », « pas ») stay: « trop long » is the point.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a ai aie aient aies ait alors as au aucun aussi autre aux avais avait avant avec avez avions avoir avons ayant ' +
    'c ca car ce ceci cela celle celles celui ces cet cette ceux chez comme comment d dans de des donc dont du ' +
    'elle elles en encore entre es est et etaient etais etait etant ete etes etre eu eux ici il ils j je l la le les leur leurs lui ' +
    'm ma mais me meme memes mes moi mon n ne ni nos notre nous on ont or ou par parce pour pourquoi qu quand que quel quelle quelles quels qui quoi ' +
    's sa sans se sera seront ses si sien son sont sous suis sur t ta te tes toi ton tu un une unes uns vers vos votre vous y'
  ).split(' '),
);

/** A significant word: its folded form compared, the form first written shown. */
export interface Word {
  key: string;
  shown: string;
}

/** The words of a title that carry its subject, each once, plural -s or -x left off so « délais » meets « délai ». */
export function significantWords(text: string): Word[] {
  const out = new Map<string, Word>();
  for (const token of text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const folded = foldText(token);
    if (folded.length < 2 || STOP_WORDS.has(folded)) continue;
    const key = folded.length > 3 && /[sx]$/.test(folded) ? folded.slice(0, -1) : folded;
    if (!out.has(key)) out.set(key, { key, shown: token.toLocaleLowerCase('fr-FR') });
  }
  return [...out.values()];
}

const wordsMatch = (a: string, b: string): boolean =>
  a === b || (a.length >= PREFIX_MIN && b.startsWith(a)) || (b.length >= PREFIX_MIN && a.startsWith(b));

export interface Similarity {
  /** Words in common ÷ distinct words of the two titles together (Jaccard), from 0 to 1. */
  score: number;
  /** The words of the first title found in the second, as written in the first. */
  shared: string[];
}

/** Each word of `a` pairs with one word of `b` at most, the same word first, then one it begins or that begins it. */
export function similarity(a: readonly Word[], b: readonly Word[]): Similarity {
  if (a.length === 0 || b.length === 0) return { score: 0, shared: [] };
  const used = new Array<boolean>(b.length).fill(false);
  const shared: string[] = [];
  for (const w of a) {
    let at = -1;
    for (let i = 0; i < b.length && at < 0; i += 1) if (!used[i] && b[i]!.key === w.key) at = i;
    for (let i = 0; i < b.length && at < 0; i += 1) if (!used[i] && wordsMatch(b[i]!.key, w.key)) at = i;
    if (at < 0) continue;
    used[at] = true;
    shared.push(w.shown);
  }
  return { score: shared.length / (a.length + b.length - shared.length), shared };
}

/**
 * Two words can only match when they share this: a short word itself, a longer one its first
 * PREFIX_MIN letters. Pairs without one in common score 0 and are never compared.
 */
const bucketOf = (key: string): string => (key.length >= PREFIX_MIN ? key.slice(0, PREFIX_MIN) : key);

/** Which items (by their index, ascending) have a word in each bucket. */
function bucketIndex(items: readonly (readonly Word[])[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  items.forEach((words, i) => {
    for (const b of new Set(words.map((w) => bucketOf(w.key)))) {
      const list = index.get(b) ?? [];
      list.push(i);
      index.set(b, list);
    }
  });
  return index;
}

/** The items sharing a bucket with `words`, ascending, each once. */
function candidates(index: ReadonlyMap<string, number[]>, words: readonly Word[]): number[] {
  const found = new Set<number>();
  for (const w of words) for (const i of index.get(bucketOf(w.key)) ?? []) found.add(i);
  return [...found].sort((x, y) => x - y);
}

export type SuggestionTarget =
  | { kind: 'theme'; themeId: string; /** The theme's title or regroupement it is closest to. */ via: { sessionId: SessionId; groupId: GroupId } | null }
  | { kind: 'regroupement'; sessionId: SessionId; groupId: GroupId };

/** « This regroupement not in a theme looks like that theme, or that other regroupement »: for the user to accept or not. */
export interface Suggestion {
  sessionId: SessionId;
  groupId: GroupId;
  target: SuggestionTarget;
  score: number;
  shared: string[];
}

/** The words a regroupement is compared by: its title, or its post-its when it was left untitled. */
function wordsOfRegroupement(r: Regroupement): Word[] {
  const title = significantWords(r.title);
  return title.length > 0 ? title : significantWords(r.cards.map((c) => c.text).join(' '));
}

/**
 * Every regroupement not in a theme paired with each theme whose title or one of whose regroupements
 * it resembles (the closest counts), and with each regroupement not in a theme of another séance
 * (each such pair once, the earlier séance's regroupement first): all that score
 * SIMILARITY_THRESHOLD or more. Best score first; equal scores by the regroupement's place (séance
 * order, then board order), themes before regroupements, then the target's place.
 */
export function suggestSimilar<T extends ThemeLike>(grouping: ThemeGrouping<T>, threshold = SIMILARITY_THRESHOLD): Suggestion[] {
  // The unthemed list is in séance order already (groupThemes): its index is the tie-breaker.
  const loose = grouping.unthemed;
  const looseWords = loose.map(wordsOfRegroupement);
  const titleWords = grouping.themes.map((t) => significantWords(t.theme.title));
  const memberWords = grouping.themes.map((t) => t.regroupements.map(wordsOfRegroupement));
  const looseIndex = bucketIndex(looseWords);
  const themeIndex = bucketIndex(grouping.themes.map((_, i) => [...titleWords[i]!, ...memberWords[i]!.flat()]));
  const out: { s: Suggestion; from: number; kind: number; to: number }[] = [];
  loose.forEach((r, from) => {
    const mine = looseWords[from]!;
    for (const to of candidates(themeIndex, mine)) {
      const t: ConsolidatedTheme<T> = grouping.themes[to]!;
      let best: Similarity = similarity(mine, titleWords[to]!);
      let via: Regroupement | null = null;
      for (let k = 0; k < t.regroupements.length; k += 1) {
        const sim = similarity(mine, memberWords[to]![k]!);
        if (sim.score > best.score) [best, via] = [sim, t.regroupements[k]!];
      }
      if (best.score >= threshold && best.score > 0) {
        const target: SuggestionTarget = { kind: 'theme', themeId: t.theme.id, via: via && { sessionId: via.sessionId, groupId: via.groupId } };
        out.push({ s: { sessionId: r.sessionId, groupId: r.groupId, target, score: best.score, shared: best.shared }, from, kind: 0, to });
      }
    }
    for (const to of candidates(looseIndex, mine)) {
      const other = loose[to]!;
      if (to <= from || other.sessionId === r.sessionId) continue;
      const sim = similarity(mine, looseWords[to]!);
      if (sim.score >= threshold && sim.score > 0) {
        out.push({ s: { sessionId: r.sessionId, groupId: r.groupId, target: { kind: 'regroupement', sessionId: other.sessionId, groupId: other.groupId }, score: sim.score, shared: sim.shared }, from, kind: 1, to });
      }
    }
  });
  return out.sort((a, b) => b.s.score - a.s.score || a.from - b.from || a.kind - b.kind || a.to - b.to).map((x) => x.s);
}

/** The suggestions that name a regroupement, on either side: what to show next to it. */
export function suggestionsFor(suggestions: readonly Suggestion[], sessionId: string, groupId: string): Suggestion[] {
  return suggestions.filter(
    (s) => (s.sessionId === sessionId && s.groupId === groupId) || (s.target.kind === 'regroupement' && s.target.sessionId === sessionId && s.target.groupId === groupId),
  );
}
