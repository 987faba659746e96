// The text being typed for a new record: kept in a draft on every keystroke, back after a crash.
import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetDraft, keepDraft, recallDraft } from '../../actions/prefs';
import { capText } from '../../domain/limits';

export function useDraft(key: string, max: number) {
  const [value, setValue] = useState('');
  const [truncated, setTruncated] = useState(false);
  /** Counts keystrokes, so a save that lands late never forgets a draft typed after it. */
  const edits = useRef(0);

  useEffect(() => {
    let alive = true;
    edits.current = 0;
    setValue('');
    void recallDraft(key).then((draft) => {
      // A draft that arrives after the person started typing must not replace what they typed.
      if (alive && draft && edits.current === 0) setValue(draft);
    });
    return () => {
      alive = false;
    };
  }, [key]);

  const onInput = (raw: string) => {
    edits.current += 1;
    const capped = capText(raw, max);
    setTruncated(capped.truncated);
    setValue(capped.value);
    void keepDraft(key, capped.value);
  };

  /**
   * Enter: the field empties at once so the next words can be typed while the record is written;
   * `done(ok)` forgets the draft if nothing was typed since, or puts the text back if the write failed.
   */
  const take = (typed: string) => {
    const mark = ++edits.current;
    setValue('');
    setTruncated(false);
    return (ok: boolean) => {
      if (ok) {
        if (edits.current === mark) void forgetDraft(key);
        return;
      }
      setValue((current) => {
        const back = current ? `${typed}\n${current}` : typed;
        void keepDraft(key, back);
        return back;
      });
    };
  };

  return { value, truncated, onInput, take };
}
