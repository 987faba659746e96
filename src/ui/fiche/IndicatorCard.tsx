// One indicateur de suivi: baseline, target, the last value against the target, its small line, its measured values and a new one.
import { useState } from 'preact/hooks';
import { deleteIndicator, deleteMeasure } from '../../actions/plan';
import { indicatorSeries } from '../../domain/indicatorSeries';
import type { Indicator, Measure } from '../../domain/types';
import { useI18n } from '../../i18n';
import { DeleteButton } from './DeleteButton';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorForm } from './IndicatorForm';
import { MeasureForm } from './MeasureForm';
import { dayText, valueText } from './words';

interface Props {
  indicator: Indicator;
  measures: readonly Measure[];
  today: string;
  readOnly: boolean;
}

export function IndicatorCard({ indicator, measures, today, readOnly }: Props) {
  const { t, intl } = useI18n();
  const [editing, setEditing] = useState(false);
  const series = indicatorSeries(indicator, measures);
  const v = (n: number) => valueText(n, indicator.unit, intl);
  const at = (value: number | null, on: string, key: 'fiche.indicators.valueOn' | 'fiche.indicators.valueBy') =>
    value === null ? t('fiche.indicators.notSet') : on ? t(key, { value: v(value), date: dayText(on, intl) }) : v(value);
  const mine = measures.filter((m) => m.indicatorId === indicator.id).sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.createdAt - a.createdAt));
  const headingId = `indicator-${indicator.id}-name`;
  if (editing) return <IndicatorForm actionId={indicator.actionId} editing={indicator} onDone={() => setEditing(false)} />;
  return (
    <article class="fiche-indicator" aria-labelledby={headingId}>
      <div class="fiche-indicator-head">
        <h3 id={headingId} dir="auto">
          {indicator.unit ? t('fiche.indicators.nameUnit', { name: indicator.name, unit: indicator.unit }) : indicator.name}
        </h3>
        {!readOnly && (
          <div class="fiche-row-actions">
            <button type="button" class="btn btn-tertiary" aria-label={t('fiche.edit.label', { name: indicator.name })} onClick={() => setEditing(true)}>
              {t('fiche.edit')}
            </button>
            <DeleteButton name={indicator.name} onConfirm={() => deleteIndicator(indicator.id)} />
          </div>
        )}
      </div>
      <div class="fiche-indicator-body">
        <dl class="fiche-facts">
          <dt>{t('fiche.indicators.baseline')}</dt>
          <dd>{at(indicator.baselineValue, indicator.baselineOn, 'fiche.indicators.valueOn')}</dd>
          <dt>{t('fiche.indicators.target')}</dt>
          <dd>{at(indicator.targetValue, indicator.targetOn, 'fiche.indicators.valueBy')}</dd>
          <dt>{t('fiche.indicators.last')}</dt>
          <dd>
            {series.last ? at(series.last.value, series.last.on, 'fiche.indicators.valueOn') : t('fiche.indicators.notSet')}
            {series.reached !== null && <span class={series.reached ? 'reached-pill' : 'late-pill is-soft'}>{t(series.reached ? 'fiche.indicators.reached' : 'fiche.indicators.notReached')}</span>}
          </dd>
        </dl>
        <IndicatorChart name={indicator.name} unit={indicator.unit} series={series} />
      </div>
      <h4>{t('fiche.measures.title')}</h4>
      {mine.length === 0 ? (
        <p class="hint">{t('fiche.measures.empty')}</p>
      ) : (
        <table class="fiche-measures">
          <thead>
            <tr>
              <th scope="col">{t('fiche.measures.day')}</th>
              <th scope="col">{t('fiche.measures.value')}</th>
              {!readOnly && <td />}
            </tr>
          </thead>
          <tbody>
            {mine.map((m) => (
              <tr key={m.id}>
                <td>{dayText(m.on, intl)}</td>
                <td>{v(m.value)}</td>
                {!readOnly && (
                  <td>
                    <DeleteButton name={t('fiche.measures.delete.name', { date: dayText(m.on, intl) })} label={t('fiche.measures.delete.label', { date: dayText(m.on, intl) })} onConfirm={() => deleteMeasure(m.id)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && <MeasureForm indicator={indicator} today={today} />}
    </article>
  );
}
