// A measured value of an indicator on a day (today by default): a number typed the French way, kept in the field when refused.
import { addMeasure } from '../../actions/plan';
import { readMeasure } from '../../domain/planInput';
import type { Indicator } from '../../domain/types';
import { useI18n } from '../../i18n';
import { Field } from './Field';
import { FormNotes } from './FormNotes';
import { useFicheForm } from './useFicheForm';
import { dayText, problemText } from './words';

export function MeasureForm({ indicator, today }: { indicator: Indicator; today: string }) {
  const { t, intl } = useI18n();
  const form = useFicheForm<'value' | 'on'>(`measure-${indicator.id}`, { value: '', on: today });
  const submit = async (e: Event) => {
    e.preventDefault();
    const { value, on } = form.values;
    const read = readMeasure(value, on, today);
    // The day stays: several values are often typed for one day of counting.
    await form.submit(read.ok ? {} : read.problems, () => addMeasure(indicator.id, value, on), t('fiche.measures.added', { date: dayText(on, intl) }), { value: '', on });
  };
  const name = t('fiche.measures.for', { name: indicator.name });
  return (
    <form class="fiche-form fiche-measure-form" aria-label={name} onSubmit={(e) => void submit(e)} noValidate>
      <div class="form-grid">
        <Field id={form.id('value')} label={indicator.unit ? t('fiche.measures.field.valueIn', { unit: indicator.unit }) : t('fiche.measures.field.value')} decimal value={form.values.value} onInput={form.set('value')} error={problemText(t, form.problems.value)} />
        <Field id={form.id('on')} label={t('fiche.measures.field.on')} type="date" max={today} value={form.values.on} onInput={form.set('on')} error={problemText(t, form.problems.on)} />
      </div>
      <button type="submit" class="btn btn-primary">
        {t('fiche.measures.add')}
      </button>
      <FormNotes refused={form.refused} done={form.done} />
    </form>
  );
}
