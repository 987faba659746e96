// Consolidated themes of a démarche: the regroupements of its séances gathered under themes, with counts, and those not in a theme yet.
import { byOrder, CARD_KINDS } from './board';
import { liveSeances, type SeanceKey } from './seanceOrder';
import type { Card, CardKind, Group, GroupId, Session, SessionId } from './types';

/** What grouping needs of a theme record (the démarche's `themes` kind fits it). */
export interface ThemeLike {
  id: string;
  title: string;
  order: number;
  deleted: boolean;
}

/** What grouping needs of a theme link (the démarche's `themeLinks` kind fits it): `themeId` '' means taken out of every theme. */
export interface ThemeLinkLike {
  groupId: string;
  groupSessionId: string;
  themeId: string;
  deleted: boolean;
}

export interface GroupingSeance {
  session: SeanceKey & Pick<Session, 'deleted'>;
  groups: readonly Pick<Group, 'id' | 'title' | 'order' | 'deleted'>[];
  cards: readonly Pick<Card, 'id' | 'text' | 'kind' | 'groupId' | 'order' | 'deleted' | 'sourceVerbatimId'>[];
}

export type KindCounts = Record<CardKind, number>;

export const noCounts = (): KindCounts => ({ irritant: 0, attente: 0, idee: 0, positif: 0 });

/** A regroupement of one séance, with its live post-its in the board's order. */
export interface Regroupement {
  sessionId: SessionId;
  groupId: GroupId;
  title: string;
  /** `sourceVerbatimId`: the verbatim the post-it was made from, if any (the mirror quotes it). */
  cards: Pick<Card, 'id' | 'text' | 'kind' | 'sourceVerbatimId'>[];
  counts: KindCounts;
}

export interface ConsolidatedTheme<T extends ThemeLike = ThemeLike> {
  theme: T;
  /** Séance order, then each séance's order of regroupements. */
  regroupements: Regroupement[];
  /** The séances its regroupements come from, in séance order. */
  sessionIds: SessionId[];
  cardCount: number;
  counts: KindCounts;
}

export interface ThemeGrouping<T extends ThemeLike = ThemeLike> {
  themes: ConsolidatedTheme<T>[];
  /** Regroupements in no live theme, in séance order: what is left to sort. */
  unthemed: Regroupement[];
}

/** Themes in the order the démarche gives them, then by title in French, then by id so every tablet agrees. */
export function byThemeOrder(a: ThemeLike, b: ThemeLike): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'fr') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A regroupement is known by its séance and its id: a duplicated séance must not mix its groups with the original's. */
export const regroupementKey = (sessionId: string, groupId: string): string => `${sessionId}\u0000${groupId}`;

/** Every live regroupement of the live séances, in séance order then board order. */
export function regroupementsOf(seances: readonly GroupingSeance[]): Regroupement[] {
  const out: Regroupement[] = [];
  for (const s of liveSeances(seances)) {
    const cardsByGroup = new Map<string, GroupingSeance['cards'][number][]>();
    for (const c of s.cards) {
      if (c.deleted || c.groupId === null) continue;
      const list = cardsByGroup.get(c.groupId) ?? [];
      list.push(c);
      cardsByGroup.set(c.groupId, list);
    }
    for (const g of s.groups.filter((x) => !x.deleted).sort(byOrder)) {
      const cards = (cardsByGroup.get(g.id) ?? []).sort(byOrder);
      const counts = noCounts();
      for (const c of cards) counts[c.kind] += 1;
      out.push({ sessionId: s.session.id, groupId: g.id, title: g.title, cards: cards.map((c) => ({ id: c.id, text: c.text, kind: c.kind, sourceVerbatimId: c.sourceVerbatimId })), counts });
    }
  }
  return out;
}

/**
 * Gather the regroupements under the live themes their live link names. A link to a deleted or
 * unknown theme, a deleted link, or a link taken out (`themeId` '') leaves its regroupement « not in
 * a theme »; a link to a deleted regroupement or to a séance not here is ignored. Should two live
 * links name one regroupement (two records where one was meant), the theme first in order keeps it.
 */
export function groupThemes<T extends ThemeLike>(themes: readonly T[], links: readonly ThemeLinkLike[], seances: readonly GroupingSeance[]): ThemeGrouping<T> {
  const live = themes.filter((t) => !t.deleted).sort(byThemeOrder);
  const position = new Map(live.map((t, i) => [t.id, i]));
  const placed = new Map<string, number>();
  for (const l of links) {
    const at = l.deleted ? undefined : position.get(l.themeId);
    if (at === undefined) continue;
    const key = regroupementKey(l.groupSessionId, l.groupId);
    placed.set(key, Math.min(at, placed.get(key) ?? at));
  }
  const members: Regroupement[][] = live.map(() => []);
  const unthemed: Regroupement[] = [];
  for (const r of regroupementsOf(seances)) {
    const at = placed.get(regroupementKey(r.sessionId, r.groupId));
    if (at === undefined) unthemed.push(r);
    else members[at]!.push(r);
  }
  return {
    themes: live.map((theme, i) => {
      const regroupements = members[i]!;
      const counts = noCounts();
      for (const r of regroupements) for (const k of CARD_KINDS) counts[k] += r.counts[k];
      return {
        theme,
        regroupements,
        sessionIds: [...new Set(regroupements.map((r) => r.sessionId))],
        cardCount: CARD_KINDS.reduce((n, k) => n + counts[k], 0),
        counts,
      };
    }),
    unthemed,
  };
}
