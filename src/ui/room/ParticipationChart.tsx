// Horizontal SVG bars of speaking time per person: readable on screen, in print and in the report.
import { formatClock } from '../../i18n/format';

export interface Bar {
  label: string;
  ms: number;
  turns: number;
  muted?: boolean;
}

const ROW = 30;
const LABEL_W = 130;
const BAR_W = 270;
const VALUE_W = 70;

export function ParticipationChart({ bars, title }: { bars: readonly Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.ms));
  const height = bars.length * ROW + 8;
  return (
    <svg class="chart" role="img" aria-label={title} viewBox={`0 0 ${LABEL_W + BAR_W + VALUE_W} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        const w = Math.max(2, (b.ms / max) * BAR_W);
        return (
          <g key={`${b.label}-${i}`}>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 5} text-anchor="end" class="chart-label">
              {b.label.length > 16 ? `${b.label.slice(0, 15)}…` : b.label}
            </text>
            <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 10} rx="3" class={b.muted ? 'chart-bar muted' : 'chart-bar'} />
            <text x={LABEL_W + w + 6} y={y + ROW / 2 + 5} class="chart-value">
              {formatClock(b.ms)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
