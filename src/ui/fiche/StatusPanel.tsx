// Statut: where the fiche stands, big; a move to any other status on a chosen day (abandonnée says why); the dated history, steps back shown.
import { useState } from 'preact/hooks';
import { changeStatus, type Refusal } from '../../actions/plan';
import { ACTION_STATUSES, goesBack, historySteps, statusHistory, type StatusProblem } from '../../domain/plan';
import type { ActionId, ActionStatus, StatusChange } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { Field } from './Field';
import { FormNotes } from './FormNotes';

interface Props {
  actionId: ActionId;
  changes: readonly StatusChange[];
  today: string;
  readOnly: boolean;
}

/** Which field a status problem is said at. */
const FIELD_OF: Record<StatusProblem, 'on' | 'reason'> = { same: 'on', reasonMissing: 'reason', dayInvalid: 'on', dayFuture: 'on', dayBeforeLast: 'on' };
/** The usual next step stands out; the others (back, abandon) are there, quieter. */
const NEXT: Partial<Record<ActionStatus, ActionStatus>> = { prevue: 'en_cours', en_cours: 'terminee' };

export function StatusPanel({ actionId, changes, today, readOnly }: Props) {
  const { t, intl } = useI18n();
  const history = statusHistory(changes);
  const last = history[history.length - 1];
  const current = last?.status ?? 'prevue';
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<StatusProblem | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const [done, setDone] = useState('');
  const name = (s: ActionStatus) => t(`fiche.status.${s}`);

  const move = async (status: ActionStatus) => {
    setRefused(null);
    setDone('');
    const result = await changeStatus(actionId, { status, on, reason });
    if (result.ok) {
      setReason('');
      setProblem(null);
      setDone(t('fiche.status.changed', { status: name(status), date: formatShortDay(on, intl) }));
    } else if ('refused' in result) setRefused(result.refused);
    else {
      setProblem(result.problems);
      document.getElementById(`status-${FIELD_OF[result.problems]}`)?.focus();
    }
  };
  const message = (field: 'on' | 'reason') => (problem && FIELD_OF[problem] === field ? t(`fiche.statusProblem.${problem}`, { date: last ? formatShortDay(last.on, intl) : '' }) : null);

  return (
    <section class="fiche-panel fiche-status" aria-labelledby="fiche-status-title">
      <h2 id="fiche-status-title">{t('fiche.status.title')}</h2>
      <dl class="fiche-status-now">
        <dt class="visually-hidden">{t('fiche.status.current')}</dt>
        <dd>
          <span class={`status-pill is-${current}`}>{name(current)}</span> <span class="hint">{last ? t('fiche.status.since', { date: formatShortDay(last.on, intl) }) : t('fiche.status.sinceCreation')}</span>
        </dd>
      </dl>
      {!readOnly && (
        <fieldset class="fiche-status-move">
          <legend>{t('fiche.status.move')}</legend>
          <div class="form-grid">
            <Field id="status-on" label={t('fiche.status.on')} type="date" max={today} value={on} onInput={(v) => (setOn(v), setProblem(null))} error={message('on')} />
            <Field id="status-reason" label={t('fiche.status.reason')} hint={t('fiche.status.reason.hint')} rows={2} value={reason} onInput={(v) => (setReason(v), setProblem(null))} error={message('reason')} class="is-row" />
          </div>
          <div class="row-actions">
            {ACTION_STATUSES.filter((s) => s !== current).map((s) => (
              <button key={s} type="button" class={NEXT[current] === s ? 'btn btn-primary' : 'btn btn-secondary'} onClick={() => void move(s)}>
                {t(goesBack(current, s) ? 'fiche.status.backTo' : 'fiche.status.to', { status: name(s) })}
              </button>
            ))}
          </div>
          <FormNotes refused={refused} done={done} />
        </fieldset>
      )}
      <h3>{t('fiche.history.title')}</h3>
      <ol class="fiche-history">
        <li class="hint">{t('fiche.history.start')}</li>
        {historySteps(history).map(({ change, back }) => (
          <li key={change.id}>
            <span class="fiche-history-day">{formatShortDay(change.on, intl)}</span> — <strong>{name(change.status)}</strong>
            {back && <span class="tag-back">{t('fiche.history.back')}</span>}
            {change.reason && (
              <p class="fiche-history-reason" dir="auto">
                {t('fiche.history.reason', { reason: change.reason })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
