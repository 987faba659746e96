// What the séances of a démarche said, put together: irritants, attentes, idées and points positifs with counts and séances, and each public side by side (the mirror).
import { byOrder, CARD_KINDS, settle } from './board';
import { liveSeances, type SeanceKey } from './seanceOrder';
import { noCounts, type ConsolidatedTheme, type KindCounts, type Regroupement, type ThemeGrouping, type ThemeLike } from './themeGrouping';
import type { Audience, Card, CardId, CardKind, Group, GroupId, PhaseIndex, Session, SessionId, Verbatim, VerbatimId, VerbatimTag } from './types';
import { byCapture } from './verbatims';

/** The four headings of the consolidation are the four kinds of post-it, in the board's order. */
export type Category = CardKind;
export const CATEGORIES: readonly Category[] = CARD_KINDS;

/** The publics in the order their columns are shown; a séance whose public was not set comes last (null). */
export const AUDIENCE_ORDER: readonly Audience[] = ['usagers', 'agents', 'partenaires', 'elus'];

/**
 * Where a tagged verbatim counts: as the séance report sides it (« négatif » with the irritants) and
 * as a verbatim turned into a post-it takes its kind (domain/verbatims.ts cardKindFor). A verbatim
 * with tags of two headings counts under both, as the report lists it on both; untagged, under none.
 */
export const TAG_CATEGORY: Readonly<Record<VerbatimTag, Category>> = { irritant: 'irritant', negatif: 'irritant', attente: 'attente', idee: 'idee', positif: 'positif' };

export function categoriesOfTags(tags: readonly VerbatimTag[]): Category[] {
  const found = new Set(tags.map((t) => TAG_CATEGORY[t]));
  return CATEGORIES.filter((c) => found.has(c));
}

export interface ConsolidationSeance {
  session: SeanceKey & Pick<Session, 'place' | 'audience' | 'deleted'>;
  verbatims: readonly Pick<Verbatim, 'id' | 'phase' | 'text' | 'tags' | 'key' | 'kind' | 'capturedAt' | 'deleted'>[];
  cards: readonly Pick<Card, 'id' | 'text' | 'kind' | 'groupId' | 'order' | 'deleted'>[];
  groups: readonly Pick<Group, 'id' | 'order' | 'deleted'>[];
}

export type ConsolidatedItem =
  | { source: 'verbatim'; sessionId: SessionId; id: VerbatimId; text: string; key: boolean; phase: PhaseIndex }
  | { source: 'postit'; sessionId: SessionId; id: CardId; text: string; groupId: GroupId | null };

export interface Tally {
  verbatims: number;
  postits: number;
}

export interface CategoryBlock {
  category: Category;
  /** Verbatims and post-its together. */
  count: number;
  verbatims: number;
  postits: number;
  /** The séances it comes from, in séance order, with what each brought (séances that brought nothing left out). */
  seances: ({ sessionId: SessionId } & Tally)[];
  /** Séance by séance: its verbatims in the order they were said, then its post-its in the board's order. */
  items: ConsolidatedItem[];
}

export interface PublicColumn {
  /** null: séances whose public was not set. */
  audience: Audience | null;
  /** Its séances in séance order; a séance of several publics is in each of their columns. */
  sessionIds: SessionId[];
  counts: Record<Category, Tally>;
}

export interface SeanceRef {
  id: SessionId;
  title: string;
  date: string;
  place: string;
  audience: Audience[];
}

export interface Consolidation {
  /** The live séances, in séance order. */
  seances: SeanceRef[];
  categories: CategoryBlock[];
  /** One column per public heard, in AUDIENCE_ORDER; one column for a single séance, none without séance. */
  publics: PublicColumn[];
}

const noTallies = (): Record<Category, Tally> => ({ irritant: { verbatims: 0, postits: 0 }, attente: { verbatims: 0, postits: 0 }, idee: { verbatims: 0, postits: 0 }, positif: { verbatims: 0, postits: 0 } });

/** The publics a séance is heard in: its audiences in column order, or the « not set » column. */
export function publicsOf(session: Pick<Session, 'audience'>): (Audience | null)[] {
  const mine = AUDIENCE_ORDER.filter((a) => session.audience.includes(a));
  return mine.length > 0 ? mine : [null];
}

/** The columns of the mirror: each public heard in at least one live séance, in column order. */
function publicColumns(seances: readonly ConsolidationSeance[]): (Audience | null)[] {
  const heard = new Set(seances.flatMap((s) => publicsOf(s.session)));
  return [...AUDIENCE_ORDER, null].filter((a) => heard.has(a));
}

/** A séance's live post-its in the board's order: groups in their order, each group's post-its in theirs, the unsorted last. */
function postitsInBoardOrder(s: ConsolidationSeance): ConsolidationSeance['cards'][number][] {
  const groups = s.groups.filter((g) => !g.deleted).sort(byOrder);
  const area = new Map(groups.map((g, i) => [g.id as string, i]));
  const areaOf = (c: { groupId: GroupId | null }) => (c.groupId === null ? groups.length : area.get(c.groupId)!);
  // A post-it whose group was deleted is unsorted, as on the board and in the séance report.
  return settle(s.cards.filter((c) => !c.deleted), s.groups).sort((a, b) => areaOf(a) - areaOf(b) || byOrder(a, b));
}

/**
 * Irritants, attentes, idées and points positifs of every live séance: tagged verbatims (a
 * participant's words, not the secrétaire's notes, as in the report's views) and post-its by kind,
 * with counts, the séances they come from, and the same counts per public.
 */
export function consolidate(seances: readonly ConsolidationSeance[]): Consolidation {
  const live = liveSeances(seances);
  const blocks = new Map<Category, CategoryBlock>(CATEGORIES.map((category) => [category, { category, count: 0, verbatims: 0, postits: 0, seances: [], items: [] }]));
  const columns = publicColumns(live);
  const byPublic = new Map(columns.map((audience) => [audience, { audience, sessionIds: [] as SessionId[], counts: noTallies() }]));
  for (const s of live) {
    const sessionId = s.session.id;
    const mine = new Map<Category, Tally>(CATEGORIES.map((c) => [c, { verbatims: 0, postits: 0 }]));
    for (const v of s.verbatims.filter((x) => !x.deleted && x.kind === 'verbatim').sort(byCapture)) {
      for (const c of categoriesOfTags(v.tags)) {
        mine.get(c)!.verbatims += 1;
        blocks.get(c)!.items.push({ source: 'verbatim', sessionId, id: v.id, text: v.text, key: v.key, phase: v.phase });
      }
    }
    for (const card of postitsInBoardOrder(s)) {
      mine.get(card.kind)!.postits += 1;
      blocks.get(card.kind)!.items.push({ source: 'postit', sessionId, id: card.id, text: card.text, groupId: card.groupId });
    }
    for (const [c, t] of mine) {
      const block = blocks.get(c)!;
      block.verbatims += t.verbatims;
      block.postits += t.postits;
      block.count += t.verbatims + t.postits;
      if (t.verbatims + t.postits > 0) block.seances.push({ sessionId, ...t });
    }
    for (const audience of publicsOf(s.session)) {
      const column = byPublic.get(audience)!;
      column.sessionIds.push(sessionId);
      for (const [c, t] of mine) {
        column.counts[c].verbatims += t.verbatims;
        column.counts[c].postits += t.postits;
      }
    }
  }
  return {
    seances: live.map((s) => ({ id: s.session.id, title: s.session.title, date: s.session.date, place: s.session.place, audience: [...s.session.audience] })),
    categories: CATEGORIES.map((c) => blocks.get(c)!),
    publics: [...byPublic.values()],
  };
}

/** A verbatim quoted in the mirror: the words behind a post-it of the theme. */
export interface MirrorQuote {
  sessionId: SessionId;
  id: VerbatimId;
  text: string;
  key: boolean;
}

export interface MirrorCell {
  audience: Audience | null;
  regroupements: Regroupement[];
  counts: KindCounts;
  /** The verbatims its post-its were made from (live participants’ words), starred ones first, then séance and capture order. */
  quotes: MirrorQuote[];
}

export interface ThemeMirror<T extends ThemeLike = ThemeLike> {
  theme: T;
  /** One cell per public of the démarche, in column order, empty where that public said nothing on the theme. */
  cells: MirrorCell[];
}

/**
 * The mirror: for each consolidated theme, what each public said on it side by side (usagers | agents
 * | …). Every theme has a cell for every public of the démarche, so the columns line up.
 */
export function mirrorByTheme<T extends ThemeLike>(grouping: ThemeGrouping<T>, seances: readonly ConsolidationSeance[]): ThemeMirror<T>[] {
  const live = liveSeances(seances);
  const columns = publicColumns(live);
  const publicsOfSeance = new Map(live.map((s) => [s.session.id as string, publicsOf(s.session)]));
  const seanceAt = new Map(live.map((s, i) => [s.session.id as string, i]));
  const verbatims = new Map<string, { v: ConsolidationSeance['verbatims'][number]; sessionId: SessionId; seance: number }>();
  live.forEach((s, seance) => {
    for (const v of s.verbatims) if (!v.deleted && v.kind === 'verbatim') verbatims.set(v.id, { v, sessionId: s.session.id, seance });
  });
  return grouping.themes.map((t: ConsolidatedTheme<T>) => ({
    theme: t.theme,
    cells: columns.map((audience) => {
      const regroupements = t.regroupements.filter((r) => seanceAt.has(r.sessionId) && publicsOfSeance.get(r.sessionId)!.includes(audience));
      const counts = noCounts();
      for (const r of regroupements) for (const k of CATEGORIES) counts[k] += r.counts[k];
      const seen = new Set<string>();
      const found = regroupements.flatMap((r) =>
        r.cards.flatMap((c) => {
          const hit = c.sourceVerbatimId === null ? undefined : verbatims.get(c.sourceVerbatimId);
          if (!hit || hit.sessionId !== r.sessionId || seen.has(hit.v.id)) return [];
          seen.add(hit.v.id);
          return [hit];
        }),
      );
      found.sort((a, b) => Number(b.v.key) - Number(a.v.key) || a.seance - b.seance || byCapture(a.v, b.v));
      return { audience, regroupements, counts, quotes: found.map(({ v, sessionId }) => ({ sessionId, id: v.id, text: v.text, key: v.key })) };
    }),
  }));
}
