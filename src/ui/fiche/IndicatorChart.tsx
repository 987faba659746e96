// The small line of an indicator: measured values joined, the baseline a square, the target dashed; its text alternative says the same in words.
import { chartGeometry, type IndicatorSeries } from '../../domain/indicatorSeries';
import { useI18n } from '../../i18n';
import { dayText, valueText } from './words';

export function IndicatorChart({ name, unit, series }: { name: string; unit: string; series: IndicatorSeries }) {
  const { t, intl } = useI18n();
  const g = chartGeometry(series);
  if (!g) return null;
  const v = (n: number) => valueText(n, unit, intl);
  const first = series.points[0]!;
  const last = series.points[series.points.length - 1]!;
  const parts = [
    ...(series.points.length === 1
      ? [t('fiche.chart.only', { value: v(first.value), date: dayText(first.on, intl) })]
      : [t('fiche.chart.first', { value: v(first.value), date: dayText(first.on, intl) }), t('fiche.chart.last', { value: v(last.value), date: dayText(last.on, intl) })]),
    series.target
      ? series.target.on
        ? t('fiche.chart.targetBy', { value: v(series.target.value), date: dayText(series.target.on, intl) })
        : t('fiche.chart.target', { value: v(series.target.value) })
      : t('fiche.chart.noTarget'),
  ];
  const { width, height } = g.box;
  return (
    <figure class="fiche-chart">
      <svg role="img" aria-label={t('fiche.chart.label', { name, parts: parts.join(', ') })} viewBox={`0 0 ${width} ${height}`} width={width} height={height} preserveAspectRatio="none">
        <rect x="0" y="0" width={width} height={height} class="chart-frame" />
        {g.target && <line class="chart-target" x1={g.target.x1} x2={g.target.x2} y1={g.target.y} y2={g.target.y} />}
        {g.points.length > 1 && <path class="chart-line" d={g.path} />}
        {g.points.map((p, i) =>
          p.kind === 'baseline' ? <rect key={i} class="chart-baseline" x={p.x - 4} y={p.y - 4} width="8" height="8" /> : <circle key={i} class="chart-point" cx={p.x} cy={p.y} r="4" />,
        )}
      </svg>
      <figcaption class="hint">{t('fiche.chart.legend')}</figcaption>
    </figure>
  );
}
