// An indicateur de suivi's name, unit, baseline and target, to add one or change one; numbers typed the French way, days that hold together.
import { addIndicator, editIndicator } from '../../actions/plan';
import { readIndicator, type IndicatorInput } from '../../domain/planInput';
import type { ActionId, Indicator } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatDecimal } from '../../i18n/formatPlan';
import { Field } from './Field';
import { FormNotes } from './FormNotes';
import { useFicheForm } from './useFicheForm';
import { problemText } from './words';

interface Props {
  actionId: ActionId;
  editing?: Indicator;
  onDone?: () => void;
}

const FIELDS = ['name', 'unit', 'baselineValue', 'baselineOn', 'targetValue', 'targetOn'] as const;
const NUMBERS = new Set<string>(['baselineValue', 'targetValue']);
const DAYS = new Set<string>(['baselineOn', 'targetOn']);

export function IndicatorForm({ actionId, editing, onDone }: Props) {
  const { t, intl } = useI18n();
  // A stored number is shown as French writes it, so that saving it unchanged reads it back the same.
  const number = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatDecimal(n, intl).replace(/[\u202f\u00a0]/g, ' '));
  const initial: IndicatorInput = editing
    ? { name: editing.name, unit: editing.unit, baselineValue: number(editing.baselineValue), baselineOn: editing.baselineOn, targetValue: number(editing.targetValue), targetOn: editing.targetOn }
    : { name: '', unit: '', baselineValue: '', baselineOn: '', targetValue: '', targetOn: '' };
  const form = useFicheForm<keyof IndicatorInput>(editing ? `indicator-${editing.id}` : 'indicator-new', initial);
  const submit = async (e: Event) => {
    e.preventDefault();
    const input = { ...form.values };
    const read = readIndicator(input);
    const run = () => (editing ? editIndicator(editing.id, input) : addIndicator(actionId, input));
    if (await form.submit(read.ok ? {} : read.problems, run, t('fiche.indicators.added', { name: input.name.trim() }))) onDone?.();
  };
  return (
    <form class="fiche-form" aria-label={editing ? t('fiche.edit.label', { name: editing.name }) : t('fiche.indicators.new')} onSubmit={(e) => void submit(e)} noValidate>
      <div class="form-grid">
        {FIELDS.map((f) => (
          <Field
            key={f}
            id={form.id(f)}
            label={t(`fiche.indicators.field.${f}`)}
            type={DAYS.has(f) ? 'date' : 'text'}
            decimal={NUMBERS.has(f)}
            value={form.values[f]}
            onInput={form.set(f)}
            error={problemText(t, form.problems[f])}
          />
        ))}
      </div>
      <p class="hint">{t('fiche.indicators.numberHint')}</p>
      <div class="row-actions">
        <button type="submit" class="btn btn-primary">
          {editing ? t('fiche.save') : t('fiche.indicators.add')}
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
