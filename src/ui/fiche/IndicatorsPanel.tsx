// Indicateurs de suivi: each indicator's card, then a new indicator.
import type { ActionId, Indicator, Measure } from '../../domain/types';
import { useI18n } from '../../i18n';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorForm } from './IndicatorForm';

interface Props {
  actionId: ActionId;
  indicators: readonly Indicator[];
  measures: readonly Measure[];
  today: string;
  readOnly: boolean;
}

export function IndicatorsPanel({ actionId, indicators, measures, today, readOnly }: Props) {
  const { t } = useI18n();
  const list = [...indicators].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return (
    <section class="fiche-panel" aria-labelledby="fiche-indicators-title">
      <h2 id="fiche-indicators-title">{t('fiche.indicators.title')}</h2>
      {list.length === 0 && <p class="hint">{t('fiche.indicators.empty')}</p>}
      {list.map((i) => (
        <IndicatorCard key={i.id} indicator={i} measures={measures} today={today} readOnly={readOnly} />
      ))}
      {!readOnly && (
        <details class="fiche-new" open={list.length === 0}>
          <summary class="btn btn-secondary">{t('fiche.indicators.new')}</summary>
          <IndicatorForm actionId={actionId} />
        </details>
      )}
    </section>
  );
}
