// A labelled, autosaved text input or textarea with its hint, length counter and French messages.
import type { TargetedEvent } from 'preact';
import { useI18n } from '../../i18n';
import { useAutosave, type AutosaveOptions } from './useAutosave';

interface Props extends AutosaveOptions {
  id: string;
  label: string;
  hint?: string | undefined;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'time' | 'number';
  min?: number;
  maxValue?: number;
  required?: boolean;
  placeholder?: string;
  autoComplete?: string;
  class?: string;
}

export function TextField(props: Props) {
  const { t } = useI18n();
  const field = useAutosave(props);
  const hintId = `${props.id}-hint`;
  const msgId = `${props.id}-msg`;
  // Counters only make sense for free text; numbers and dates are clamped where they are saved.
  const freeText = props.type === undefined || props.type === 'text';
  const nearLimit = freeText && field.value.length > props.max * 0.9;
  const problemId = `${props.id}-problem`;
  const describedBy = [props.hint ? hintId : null, field.truncated || nearLimit ? msgId : null, field.problem ? problemId : null].filter(Boolean).join(' ') || undefined;
  const onInput = (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => field.onInput(e.currentTarget.value);
  const common = {
    id: props.id,
    value: field.value,
    onInput,
    'aria-describedby': describedBy,
    'aria-invalid': field.truncated || field.problem !== null || undefined,
    required: props.required,
    placeholder: props.placeholder,
    autoComplete: props.autoComplete ?? 'off',
  };
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={props.id}>
        {props.label}
        {props.required && <span class="required"> ({t('common.required')})</span>}
      </label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.multiline ? <textarea {...common} rows={props.rows ?? 3} /> : <input {...common} type={(props.type ?? 'text') as 'text'} min={props.min} max={props.maxValue} inputMode={props.type === 'number' ? 'numeric' : undefined} />}
      {field.problem && (
        <p class="error-text" id={problemId} role="alert">
          {field.problem}
        </p>
      )}
      {(field.truncated || nearLimit) && (
        <p class={field.truncated ? 'error-text' : 'hint'} id={msgId} role={field.truncated ? 'alert' : undefined}>
          {field.truncated ? t('common.tooLong', { max: props.max }) : t('common.chars', { n: field.value.length, max: props.max })}
        </p>
      )}
    </div>
  );
}
