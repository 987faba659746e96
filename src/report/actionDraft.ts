// Fiches action pre-filled from the validated pistes: what the group said becomes the sheet's first draft.
import { byOrder } from '../domain/board';
import { textLimit, type TextField } from '../domain/kinds';
import { capText, LIMITS } from '../domain/limits';
import { live } from '../domain/records';
import type { ActionSheet, Card, Fields, Group, Track, Vote } from '../domain/types';
import { byPriority } from '../domain/votes';

export type ActionDraft = Fields<ActionSheet>;

/** The fields a person types on a fiche (every text of it); the kinds table says which are short. */
export type ActionField = TextField<'actions'>;

export function actionFieldMax(field: ActionField): number {
  return textLimit('actions', field);
}

/**
 * The number after the highest whole number any fiche of the séance carries. Deleted fiches count
 * too: undoing a deletion must never leave two fiches with the same number.
 */
export function nextActionNumber(actions: readonly Pick<ActionSheet, 'number'>[]): number {
  let highest = 0;
  for (const a of actions) {
    const n = /^\s*(\d{1,6})\s*$/.exec(a.number);
    if (n) highest = Math.max(highest, Number(n[1]));
  }
  return highest + 1;
}

export function blankActionSheet(number: number, theme: string): ActionDraft {
  return {
    trackId: null,
    number: String(number),
    title: '',
    engagements: [],
    theme: capText(theme, LIMITS.short).value,
    commitment: '',
    owner: '',
    contributors: '',
    start: '',
    plannedEnd: '',
    problem: '',
    objective: '',
    description: '',
    indicators: '',
  };
}

const PROBLEM_KINDS = new Set(['irritant']);
const PROPOSAL_KINDS = new Set(['idee', 'attente']);

/** One "– text" line per post-it, each text once, in the piste's group order then board order. */
function lines(cards: readonly Card[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of cards) {
    const text = c.text.trim().replace(/\s*\n\s*/g, ' ');
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    out.push(`– ${text}`);
  }
  return out.join('\n');
}

export interface ActionDraftInput {
  theme: string;
  tracks: readonly Track[];
  groups: readonly Group[];
  cards: readonly Card[];
  /** Every fiche of the séance, deleted ones included (for numbering). */
  actions: readonly ActionSheet[];
  /** The dots: fiches are numbered in the order the report lists the pistes. */
  votes: readonly Vote[];
}

/**
 * One draft per validated piste that has no fiche yet, in the pistes' priority order: libellé from
 * the piste, problématique from its groups' irritants, objectif from its description, descriptif
 * from its groups' ideas and expectations. The rest is for the team to decide.
 */
export function draftsFromTracks(input: ActionDraftInput): ActionDraft[] {
  const covered = new Set(live(input.actions).map((a) => a.trackId));
  const liveGroups = new Set(live(input.groups).map((g) => g.id));
  const cards = live(input.cards).sort(byOrder);
  let number = nextActionNumber(input.actions);
  return byPriority(input.tracks, input.votes)
    .map((r) => r.track)
    .filter((t) => t.validated && !covered.has(t.id))
    .map((track) => {
      const groupIds = track.groupIds.filter((id) => liveGroups.has(id));
      const ofGroups = groupIds.flatMap((g) => cards.filter((c) => c.groupId === g));
      const problems = ofGroups.filter((c) => PROBLEM_KINDS.has(c.kind) || c.polarity === 'negative');
      const proposals = ofGroups.filter((c) => PROPOSAL_KINDS.has(c.kind) && c.polarity !== 'negative');
      return {
        ...blankActionSheet(number++, input.theme),
        trackId: track.id,
        title: capText(track.title.trim(), LIMITS.short).value,
        problem: capText(lines(problems), LIMITS.long).value,
        objective: capText(track.description.trim(), LIMITS.long).value,
        description: capText(lines(proposals), LIMITS.long).value,
      };
    });
}
