// A jalon's title and day, to add one or to change one; a day after the fin prévue is refused at its field.
import { addMilestone, editMilestone } from '../../actions/plan';
import { checkMilestone, type MilestoneInput } from '../../domain/planInput';
import { parseDay } from '../../domain/session';
import type { ActionId, Milestone } from '../../domain/types';
import { useI18n } from '../../i18n';
import { Field } from './Field';
import { FormNotes } from './FormNotes';
import { useFicheForm } from './useFicheForm';
import { dayText, problemText } from './words';

interface Props {
  actionId: ActionId;
  plannedEnd: string;
  /** The jalon being changed; a new one otherwise. */
  editing?: Milestone;
  onDone?: () => void;
}

export function MilestoneForm({ actionId, plannedEnd, editing, onDone }: Props) {
  const { t, intl } = useI18n();
  const prefix = editing ? `milestone-${editing.id}` : 'milestone-new';
  const form = useFicheForm<keyof MilestoneInput>(prefix, { title: editing?.title ?? '', due: editing?.due ?? '' });
  const end = parseDay(plannedEnd) ? plannedEnd : '';
  const submit = async (e: Event) => {
    e.preventDefault();
    const input = { ...form.values };
    const run = () => (editing ? editMilestone(editing.id, input) : addMilestone(actionId, input));
    if (await form.submit(checkMilestone(input, plannedEnd), run, t('fiche.milestones.added', { title: input.title.trim() }))) onDone?.();
  };
  const message = (f: keyof MilestoneInput) => problemText(t, form.problems[f], { date: dayText(plannedEnd, intl) });
  return (
    <form class="fiche-form" aria-label={editing ? t('fiche.edit.label', { name: editing.title }) : t('fiche.milestones.new')} onSubmit={(e) => void submit(e)} noValidate>
      <div class="form-grid">
        <Field id={form.id('title')} label={t('fiche.milestones.field.title')} value={form.values.title} onInput={form.set('title')} error={message('title')} />
        <Field id={form.id('due')} label={t('fiche.milestones.field.due')} type="date" max={end || undefined} hint={end ? t('fiche.milestones.endHint', { date: dayText(end, intl) }) : undefined} value={form.values.due} onInput={form.set('due')} error={message('due')} />
      </div>
      <div class="row-actions">
        <button type="submit" class="btn btn-primary">
          {editing ? t('fiche.save') : t('fiche.milestones.add')}
        </button>
        {editing && (
          <button type="button" class="btn btn-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <FormNotes refused={form.refused} done={form.done} />
    </form>
  );
}
