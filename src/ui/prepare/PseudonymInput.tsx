// The pseudonym input with its privacy hint and its inline French error.
import type { PseudonymProblem } from '../../domain/participants';
import { LIMITS } from '../../domain/limits';
import { useI18n, type Translate } from '../../i18n';

export function pseudonymMessage(t: Translate, problem: Exclude<PseudonymProblem, null> | 'tooMany'): string {
  if (problem === 'empty') return t('participants.error.empty');
  if (problem === 'duplicate') return t('participants.error.duplicate');
  if (problem === 'tooMany') return t('participants.error.limit', { max: LIMITS.participants });
  return t('participants.error.tooLong', { max: LIMITS.short });
}

interface Props {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onInput: (value: string) => void;
  hideHint?: boolean;
}

export function PseudonymInput({ id, label, value, error, onInput, hideHint }: Props) {
  const { t } = useI18n();
  const describedBy = [hideHint ? null : `${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {!hideHint && (
        <p class="hint" id={`${id}-hint`}>
          {t('participants.pseudonym.hint')}
        </p>
      )}
      <input
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="error-text" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
