// A labelled field of a follow-up form: what was typed stays in it, and a refusal is said under it, tied to it for screen readers.
import type { Ref } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
  hint?: string;
  type?: 'text' | 'date';
  /** Decimal numbers are typed as text (« 12,5 » must not be refused by the browser) with a numeric keyboard. */
  decimal?: boolean;
  rows?: number;
  max?: string;
  class?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function Field({ id, label, value, onInput, error, hint, type = 'text', decimal, rows, max, class: extra, inputRef }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, autoComplete: 'off' };
  return (
    <div class={`field ${extra ?? ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {rows ? (
        <textarea {...common} dir="auto" rows={rows} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} ref={inputRef} type={type as 'text'} dir={type === 'text' ? 'auto' : undefined} inputMode={decimal ? 'decimal' : undefined} max={max} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
      {error && (
        <p class="error-text" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
