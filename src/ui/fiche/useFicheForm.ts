// A follow-up form's state: what is typed (kept when refused), the problems at each field, a refusal of the whole fiche.
import { useState } from 'preact/hooks';
import type { Outcome, Refusal } from '../../actions/plan';
import { hasProblems, type Problems } from '../../domain/planInput';

export function useFicheForm<F extends string>(idPrefix: string, initial: Record<F, string>) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problems<F>>({});
  const [refused, setRefused] = useState<Refusal | null>(null);
  /** What was just stored, said in words (a polite status under the form, never over anything). */
  const [done, setDone] = useState('');
  const id = (field: F) => `${idPrefix}-${field}`;
  /** The first field in trouble takes the focus: its message is read at once, and typing can fix it. */
  const show = (found: Problems<F>) => {
    setProblems(found);
    const first = (Object.keys(initial) as F[]).find((f) => found[f]);
    if (first) document.getElementById(id(first))?.focus();
  };
  const set = (field: F) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // A message goes when its field is touched again: it spoke of what was there before.
    setProblems((p) => {
      const rest: Problems<F> = { ...p };
      delete rest[field];
      return rest;
    });
  };
  /** Check here first (nothing reaches the database), then let the use case check again; true when stored. */
  const submit = async (local: Problems<F>, run: () => Promise<Outcome<Problems<F>>>, saidDone: string, after?: Record<F, string>): Promise<boolean> => {
    setRefused(null);
    setDone('');
    if (hasProblems(local)) {
      show(local);
      return false;
    }
    const result = await run();
    if (result.ok) {
      setValues(after ?? initial);
      setProblems({});
      setDone(saidDone);
      return true;
    }
    if ('refused' in result) setRefused(result.refused);
    else show(result.problems);
    return false;
  };
  return { values, setValues, problems, refused, done, id, set, submit };
}
