// Autosave for a typed field: every input goes to a draft at once and to the record, one write at a time.
import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetDraft, keepDraft, recallDraft } from '../../actions/prefs';
import { holdSaving } from '../../actions/status';
import { capText } from '../../domain/limits';

export interface AutosaveOptions {
  /** Where the unsent text is kept; `null` for fields too small to need a draft (numbers, dates). */
  draftKey: string | null;
  /** The value in the database, which flows back in whenever nobody is typing here. */
  stored: string;
  max: number;
  save: (value: string) => Promise<unknown>;
  /** A message when the value may not be stored (a fin prévue before the démarrage): kept on screen, not saved. */
  check?: (value: string) => string | null;
}

export interface Autosave {
  value: string;
  truncated: boolean;
  /** What `check` says of the value on screen, or null. */
  problem: string | null;
  onInput: (raw: string) => void;
}

export function useAutosave({ draftKey, stored, max, save, check }: AutosaveOptions): Autosave {
  const [value, setValue] = useState(stored);
  const [truncated, setTruncated] = useState(false);
  const dirty = useRef(false);
  const inflight = useRef(false);
  const pending = useRef<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const storedRef = useRef(stored);
  storedRef.current = stored;
  /** Values handed to save() since the database last echoed the latest one back. */
  const sent = useRef<string[]>([]);

  useEffect(() => {
    if (dirty.current) return;
    // Each write echoes back through the live query, sometimes after the last write has landed: an echo of
    // an earlier keystroke must not replace what was typed since (the next keystroke would build on it).
    const echoes = sent.current;
    if (echoes.length > 0 && stored === echoes[echoes.length - 1]) sent.current = [];
    else if (echoes.includes(stored)) return;
    setValue(stored);
  }, [stored]);

  // Writes are chained so the last keystroke is always the last write, whatever the timing.
  const flush = async (): Promise<void> => {
    if (inflight.current) return;
    let failed = false;
    const release = holdSaving();
    while (pending.current !== null) {
      const next = pending.current;
      pending.current = null;
      inflight.current = true;
      sent.current.push(next);
      try {
        await saveRef.current(next);
        failed = false;
      } catch {
        // The draft keeps the text; the save banner explains and offers a retry. Text typed meanwhile is
        // still tried, so that the write "Réessayer" replays is the latest text, not an older one.
        failed = true;
      }
      inflight.current = false;
    }
    release();
    if (failed) return;
    dirty.current = false;
    if (draftKey) void forgetDraft(draftKey);
  };

  const push = (next: string): void => {
    dirty.current = true;
    if (draftKey) void keepDraft(draftKey, next);
    pending.current = next;
    void flush();
  };

  // A draft left behind by a killed tab or a failed write wins over the stored value.
  useEffect(() => {
    if (!draftKey) return;
    let alive = true;
    void recallDraft(draftKey).then((draft) => {
      // Someone typed while the draft was being read: what they typed is newer than any draft.
      if (!alive || draft === undefined || dirty.current) return;
      if (draft !== storedRef.current) {
        setValue(draft);
        push(draft);
      } else void forgetDraft(draftKey);
    });
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  /** A value `check` refused: on screen and out of the database until it passes. */
  const held = useRef(false);
  const onInput = (raw: string): void => {
    const capped = capText(raw, max);
    setTruncated(capped.truncated);
    setValue(capped.value);
    held.current = check?.(capped.value) != null;
    // Held back, the field stays dirty: the stored value flowing back must not replace what was typed.
    if (held.current) dirty.current = true;
    else push(capped.value);
  };

  // A held value is saved once it passes: the other field it depended on was corrected.
  const problem = check?.(value) ?? null;
  useEffect(() => {
    if (!held.current || problem !== null) return;
    held.current = false;
    push(value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem]);

  return { value, truncated, problem, onInput };
}
