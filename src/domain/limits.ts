// Caps on every text a person can type, so that a pasted megabyte never reaches the database.

export const LIMITS = {
  /** Names, titles, pseudonyms, places, tags. */
  short: 200,
  /** Objective, consent wording, prompts, verbatims, long notes. */
  long: 20_000,
  tag: 40,
  tagsPerParticipant: 12,
  promptsPerPhase: 20,
  participants: 40,
  phaseMinutes: 600,
  /** A post-it is a short phrase read from across the room; a pasted verbatim is cut here. */
  postit: 280,
  /** A piste's short description. */
  trackDescription: 1_000,
} as const;

/** The method recommends 6 to 10 people in the circle. */
export const GROUP_SIZE = { min: 6, max: 10 } as const;

/** Minutes typed in a number field: whole, never negative, never absurd; garbage counts as 0. */
export function clampMinutes(raw: string | number): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) ? Math.min(LIMITS.phaseMinutes, Math.max(0, n)) : 0;
}

export type CapResult = { value: string; truncated: boolean };

/** Cut a text to `max` characters without splitting a surrogate pair (an emoji half is not text). */
export function capText(text: string, max: number): CapResult {
  if (text.length <= max) return { value: text, truncated: false };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { value: text.slice(0, end), truncated: true };
}
