// Rules for the participant list: pseudonym checks, seat order, consent and group-size warnings.
import { capText, GROUP_SIZE, LIMITS } from './limits';
import type { Participant } from './types';

export type PseudonymProblem = 'empty' | 'duplicate' | 'tooLong' | null;

/** Pseudonyms compare without case, accents or surrounding spaces: "Élise" and "elise " are the same person. */
export function pseudonymKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase('fr-FR').replace(/\s+/g, ' ');
}

export function checkPseudonym(name: string, others: readonly Pick<Participant, 'id' | 'pseudonym' | 'deleted'>[], selfId?: string): PseudonymProblem {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > LIMITS.short) return 'tooLong';
  const key = pseudonymKey(trimmed);
  if (others.some((p) => !p.deleted && p.id !== selfId && pseudonymKey(p.pseudonym) === key)) return 'duplicate';
  return null;
}

export function bySeat<P extends Pick<Participant, 'seat' | 'pseudonym'>>(list: readonly P[]): P[] {
  return [...list].sort((a, b) => a.seat - b.seat || a.pseudonym.localeCompare(b.pseudonym, 'fr'));
}

export function nextSeat(list: readonly Pick<Participant, 'seat' | 'deleted'>[]): number {
  return list.filter((p) => !p.deleted).reduce((max, p) => Math.max(max, p.seat + 1), 0);
}

/** New seat numbers after moving the participant at `from` to `to` (both positions in seat order). */
export function moveSeat<P extends Pick<Participant, 'id' | 'seat' | 'pseudonym'>>(ordered: readonly P[], from: number, to: number): Map<P['id'], number> {
  const list = [...ordered];
  const [moved] = list.splice(from, 1);
  if (moved === undefined || to < 0 || to > list.length) return new Map();
  list.splice(to, 0, moved);
  const changes = new Map<P['id'], number>();
  list.forEach((p, seat) => {
    if (p.seat !== seat) changes.set(p.id, seat);
  });
  return changes;
}

export type SizeWarning = 'tooFew' | 'tooMany' | null;

export function groupSizeWarning(count: number): SizeWarning {
  if (count < GROUP_SIZE.min) return 'tooFew';
  if (count > GROUP_SIZE.max) return 'tooMany';
  return null;
}

export function withoutConsent<P extends Pick<Participant, 'consent' | 'deleted'>>(list: readonly P[]): P[] {
  return list.filter((p) => !p.deleted && !p.consent);
}

/** Clean a tag typed by hand: trimmed, single spaces, capped (never half an emoji, no space left at the cut). */
export function cleanTag(tag: string): string {
  return capText(tag.trim().replace(/\s+/g, ' '), LIMITS.tag).value.trimEnd();
}
