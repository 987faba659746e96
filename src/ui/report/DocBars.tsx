// A `bars` block as SVG (widths are attributes: the app's CSP allows no style attribute), label and value above each bar.
import type { Block } from '../../report/document';
import { useI18n } from '../../i18n';

type Bars = Extract<Block, { type: 'bars' }>;

const WIDTH = 640;
const ROW = 44;
const BASELINE = 16;
const BAR_TOP = 24;
const BAR_HEIGHT = 14;

export function DocBars({ block }: { block: Bars }) {
  const { t } = useI18n();
  const value = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const max = Math.max(0, ...block.bars.map((b) => value(b.value)));
  const height = Math.max(1, block.bars.length) * ROW;
  // The chart is one image for a screen reader: its name carries every value, so nothing is only drawn.
  const label = [block.caption, ...block.bars.map((b) => t('reportScreen.bar', { label: b.label, value: b.display }))].join('. ');
  return (
    <figure class="doc-chart">
      <figcaption>{block.caption}</figcaption>
      <svg class="doc-bars" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title>{block.caption}</title>
        {block.bars.map((b, i) => {
          const y = i * ROW;
          const w = max > 0 ? (value(b.value) / max) * WIDTH : 0;
          return (
            <g key={i}>
              <text class="doc-bar-label" x="0" y={y + BASELINE}>
                {b.label}
              </text>
              <text class="doc-bar-value" x={WIDTH} y={y + BASELINE} text-anchor="end">
                {b.display}
              </text>
              <rect class="doc-bar-track" x="0" y={y + BAR_TOP} width={WIDTH} height={BAR_HEIGHT} rx="2" />
              {/* A zero still shows a sliver: "0 min" reads as a bar, not as a gap. */}
              <rect class={b.muted ? 'doc-bar is-muted' : 'doc-bar'} x="0" y={y + BAR_TOP} width={Math.max(w, 2)} height={BAR_HEIGHT} rx="2" />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
