// Pure rules for verbatims: cleaning typed text, filters and search, grouping by phase, verbatim → post-it.
import { LIMITS, capText } from './limits';
import type { CardKind, Participant, PhaseIndex, Speaker, Verbatim, VerbatimSpeaker, VerbatimTag } from './types';

export const VERBATIM_TAGS: readonly VerbatimTag[] = ['positif', 'negatif', 'idee', 'irritant', 'attente'];

export type CleanText = { ok: true; text: string; truncated: boolean } | { ok: false; problem: 'empty' };

/**
 * What is stored: the text exactly as typed (emoji, right-to-left script and markup included), only
 * trimmed at its ends and capped; a text of blanks is not a verbatim.
 */
export function cleanVerbatimText(raw: string): CleanText {
  const trimmed = raw.replace(/^\s+|\s+$/g, '');
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const capped = capText(trimmed, LIMITS.long);
  return { ok: true, text: capped.value, truncated: capped.truncated };
}

/** Without accents or case, so "regle" finds "Règle" and "ÉTÉ" finds "été". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr-FR');
}

export interface VerbatimFilter {
  speaker: VerbatimSpeaker | null;
  tag: VerbatimTag | 'cle' | null;
  phase: PhaseIndex | null;
  search: string;
}

export const NO_FILTER: VerbatimFilter = { speaker: null, tag: null, phase: null, search: '' };

export function isFiltering(f: VerbatimFilter): boolean {
  return f.speaker !== null || f.tag !== null || f.phase !== null || f.search.trim() !== '';
}

export function matches(v: Pick<Verbatim, 'speaker' | 'tags' | 'key' | 'phase' | 'text' | 'speakerName'>, f: VerbatimFilter): boolean {
  if (f.speaker !== null && v.speaker !== f.speaker) return false;
  if (f.tag === 'cle' ? !v.key : f.tag !== null && !v.tags.includes(f.tag)) return false;
  if (f.phase !== null && v.phase !== f.phase) return false;
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${v.text} ${v.speakerName}`);
  return words.every((w) => haystack.includes(w));
}

/** Timeline order: captured first at the top, newest at the bottom; ties by id so every tablet agrees. */
export function byCapture(a: { capturedAt: number; id: string }, b: { capturedAt: number; id: string }): number {
  return a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface PhaseSection<V> {
  phase: PhaseIndex;
  items: V[];
}

/** Consecutive runs of the same phase (a séance can go back to a phase), in capture order. */
export function sectionsByPhase<V extends Pick<Verbatim, 'phase'>>(sorted: readonly V[]): PhaseSection<V>[] {
  const sections: PhaseSection<V>[] = [];
  for (const v of sorted) {
    const last = sections[sections.length - 1];
    if (last && last.phase === v.phase) last.items.push(v);
    else sections.push({ phase: v.phase, items: [v] });
  }
  return sections;
}

/** The speaker pre-selected for the next verbatim: whoever has the floor, unless the secrétaire chose since. */
export function defaultSpeaker(floor: Speaker | null, manual: { speaker: VerbatimSpeaker; floor: Speaker | null } | null): VerbatimSpeaker {
  if (manual && manual.floor === floor) return manual.speaker;
  return floor ?? manual?.speaker ?? 'inconnu';
}

/** The post-it a verbatim becomes: its kind follows the verbatim's first telling tag. */
export function cardKindFor(tags: readonly VerbatimTag[]): CardKind {
  if (tags.includes('irritant') || tags.includes('negatif')) return 'irritant';
  if (tags.includes('attente')) return 'attente';
  if (tags.includes('positif')) return 'positif';
  return 'idee';
}

/** The name shown for a verbatim's speaker; a removed participant keeps the name they had. */
export function speakerLabel(
  v: Pick<Verbatim, 'speaker' | 'speakerName'>,
  people: ReadonlyMap<string, Pick<Participant, 'pseudonym' | 'deleted'>>,
  words: { animateur: string; groupe: string; inconnu: string; removed: (name: string) => string },
): string {
  if (v.speaker === 'animateur') return words.animateur;
  if (v.speaker === 'groupe') return words.groupe;
  if (v.speaker === 'inconnu') return words.inconnu;
  const p = people.get(v.speaker);
  if (!p) return words.removed(v.speakerName || '?');
  return p.deleted ? words.removed(p.pseudonym) : p.pseudonym;
}
