// Use cases of the date de retour aux participants: set it (checked), and note on this tablet that « Ce qui a changé » was made for it.
import { loadChangesTold, saveChangesTold, type ChangesTold } from '../db/prefs';
import { checkReturnDate, type ReturnDateProblem } from '../domain/returnDate';
import type { SessionId } from '../domain/types';
import { runAction } from './run';

/** Stores the day when it is one the séance accepts; otherwise stores nothing and says why. */
export async function setReturnDate(id: SessionId, day: string): Promise<ReturnDateProblem | null> {
  return runAction({ key: `session:${id}:returnDate`, kinds: ['sessions'] }, async (w, read) => {
    const s = await read.get('sessions', id);
    if (!s || s.deleted) return null;
    const problem = checkReturnDate(day, s);
    if (problem) return problem;
    if (s.returnDate !== day) await w.revise('sessions', s, { returnDate: day });
    return null;
  });
}

type Listener = (told: ChangesTold | null) => void;
let told: ChangesTold | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<Listener>();

function publish(next: ChangesTold): void {
  told = next;
  for (const l of listeners) l(told);
}

/**
 * For each séance, the return date « Ce qui a changé » was last printed or exported for, on this tablet
 * (null until read once). A preference, like the copy dates: what this tablet handed out is its own affair.
 */
export function changesTold(): ChangesTold | null {
  loading ??= loadChangesTold().then(publish, () => publish({}));
  return told;
}

export function onChangesTold(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** « Ce qui a changé » was printed or exported for this return date: Accueil stops reminding it. A full disk only keeps the reminder. */
export async function recordChangesTold(id: SessionId, returnDate: string): Promise<void> {
  if (returnDate === '') return;
  try {
    publish(await saveChangesTold(id, returnDate));
  } catch {
    // The reminder stays: a nudge too many is better than a return forgotten.
  }
}

/** Tests and « Effacer toutes les données »: read the preference again next time. */
export function forgetChangesTold(): void {
  loading = null;
  told = null;
  for (const l of listeners) l(told);
}
