// Points d'étape: dated notes on the fiche, the newest first, and a new one dated today by default.
import { addFollowUp, deleteFollowUp } from '../../actions/plan';
import { checkPastDay, type Problems } from '../../domain/planInput';
import type { ActionId, FollowUp } from '../../domain/types';
import { useI18n } from '../../i18n';
import { DeleteButton } from './DeleteButton';
import { Field } from './Field';
import { FormNotes } from './FormNotes';
import { useFicheForm } from './useFicheForm';
import { dayText, problemText } from './words';

interface Props {
  actionId: ActionId;
  followUps: readonly FollowUp[];
  today: string;
  readOnly: boolean;
}

const newestFirst = (a: FollowUp, b: FollowUp) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.createdAt - a.createdAt);

export function FollowUpsPanel({ actionId, followUps, today, readOnly }: Props) {
  const { t, intl } = useI18n();
  const form = useFicheForm<'on' | 'text'>('followup-new', { on: today, text: '' });
  const submit = async (e: Event) => {
    e.preventDefault();
    const { on, text } = form.values;
    const local: Problems<'on' | 'text'> = {};
    const day = checkPastDay(on, today);
    if (day) local.on = day;
    if (text.trim() === '') local.text = 'empty';
    await form.submit(local, () => addFollowUp(actionId, on, text), t('fiche.followUps.added', { date: dayText(on, intl) }), { on: today, text: '' });
  };
  const list = [...followUps].sort(newestFirst);
  return (
    <section class="fiche-panel" aria-labelledby="fiche-followups-title">
      <h2 id="fiche-followups-title">{t('fiche.followUps.title')}</h2>
      {!readOnly && (
        <form class="fiche-form fiche-followups-form" aria-label={t('fiche.followUps.new')} onSubmit={(e) => void submit(e)} noValidate>
          <Field id={form.id('on')} label={t('fiche.followUps.field.on')} type="date" max={today} value={form.values.on} onInput={form.set('on')} error={problemText(t, form.problems.on)} />
          <Field id={form.id('text')} label={t('fiche.followUps.field.text')} rows={3} value={form.values.text} onInput={form.set('text')} error={problemText(t, form.problems.text)} />
          <button type="submit" class="btn btn-primary">
            {t('fiche.followUps.add')}
          </button>
          <FormNotes refused={form.refused} done={form.done} />
        </form>
      )}
      {list.length === 0 ? (
        <p class="hint">{t('fiche.followUps.empty')}</p>
      ) : (
        <ol class="fiche-list" aria-label={t('fiche.followUps.list')}>
          {list.map((f) => (
            <li key={f.id} class="fiche-followup">
              <div>
                <p class="fiche-history-day">{dayText(f.on, intl)}</p>
                <p class="fiche-followup-text" dir="auto">
                  {f.text}
                </p>
              </div>
              {!readOnly && <DeleteButton name={t('fiche.followUps.delete.name', { date: dayText(f.on, intl) })} label={t('fiche.followUps.delete.label', { date: dayText(f.on, intl) })} onConfirm={() => deleteFollowUp(f.id)} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
