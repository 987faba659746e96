// The date de retour aux participants, set where the séance's follow-up is written: checked, saved as soon as it is chosen.
import { useEffect, useRef, useState } from 'preact/hooks';
import { setReturnDate } from '../../actions/returnDate';
import type { ReturnDateProblem } from '../../domain/returnDate';
import type { Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';

export function ReturnDateField({ session }: { session: Pick<Session, 'id' | 'date' | 'returnDate'> }) {
  const { t, intl } = useI18n();
  const [value, setValue] = useState(session.returnDate);
  // `incomplete`: a day half typed or half erased, which the browser reads as no date at all.
  const [problem, setProblem] = useState<ReturnDateProblem | 'incomplete' | null>(null);
  // A date stored from elsewhere (the other tablet's file, imported) shows here. Only a change of the stored date
  // does, and none while this field's own saves are under way: an earlier save arriving late must not put back a
  // date the person just replaced (the last save's own value arrives after it).
  const stored = useRef(session.returnDate);
  const saving = useRef(0);
  useEffect(() => {
    if (stored.current === session.returnDate) return;
    stored.current = session.returnDate;
    if (saving.current > 0) return;
    setValue(session.returnDate);
    setProblem(null);
  }, [session.returnDate]);
  const save = async (day: string) => {
    setValue(day);
    saving.current += 1;
    try {
      setProblem(await setReturnDate(session.id, day));
    } finally {
      saving.current -= 1;
    }
  };
  const id = `return-date-${session.id}`;
  const message =
    problem === 'beforeSeance'
      ? t('reportScreen.returnDate.beforeSeance', { date: formatShortDay(session.date, intl) })
      : problem === 'incomplete'
        ? t('reportScreen.returnDate.incomplete')
        : problem === 'invalid'
          ? t('reportScreen.returnDate.invalid')
          : '';
  return (
    <div class="field return-date">
      <label for={id}>{t('reportScreen.returnDate.label')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('reportScreen.returnDate.hint')}
      </p>
      <div class="return-date-row">
        <input
          id={id}
          type="date"
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => {
            // A day half typed reads as '' with badInput: say so, and keep the stored date rather than clearing it.
            if (e.currentTarget.validity.badInput) return setProblem('incomplete');
            void save(e.currentTarget.value);
          }}
        />
        {session.returnDate !== '' && (
          <button type="button" class="btn btn-tertiary" onClick={() => void save('')}>
            {t('reportScreen.returnDate.clear')}
          </button>
        )}
      </div>
      {message && (
        <p class="error-text" id={`${id}-error`} role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
