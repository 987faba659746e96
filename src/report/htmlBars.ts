// A `bars` block as an inline SVG chart: one horizontal bar per person, its label and value printed above it.
import type { Block } from './document';
import { escapeHtml } from './htmlEscape';

type Bars = Extract<Block, { type: 'bars' }>;

/** User units of the viewBox; the chart is drawn at about this many CSS pixels wide on screen and on A4. */
const WIDTH = 640;
const ROW = 40;
const TEXT_BASELINE = 14;
const BAR_TOP = 20;
const BAR_HEIGHT = 12;

const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Label and value sit on a line above their bar rather than beside it, so a long pseudonym or a long
 * value never runs into the bar, whatever the page width.
 */
export function barChart(block: Bars): string {
  const max = Math.max(0, ...block.bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)));
  const height = Math.max(1, block.bars.length) * ROW;
  // What a screen reader says for the whole chart: punctuation that reads the same in French and English.
  const summary = block.bars.map((b) => `${b.label}, ${b.display}`).join('. ');
  const label = summary ? `${block.caption}. ${summary}` : block.caption;
  const rows = block.bars.map((b, i) => {
    const y = i * ROW;
    const value = Number.isFinite(b.value) && b.value > 0 ? b.value : 0;
    const width = max > 0 ? (value / max) * WIDTH : 0;
    const cls = b.muted ? 'bar bar-muted' : 'bar';
    return [
      `<g>`,
      `<text class="bar-label" x="0" y="${y + TEXT_BASELINE}">${escapeHtml(b.label)}</text>`,
      `<text class="bar-value" x="${WIDTH}" y="${y + TEXT_BASELINE}" text-anchor="end">${escapeHtml(b.display)}</text>`,
      `<rect class="bar-track" x="0" y="${y + BAR_TOP}" width="${WIDTH}" height="${BAR_HEIGHT}" rx="2"></rect>`,
      // A zero still shows a sliver, so "spoke 0 min" reads as a bar and not as a gap in the chart.
      `<rect class="${cls}" x="0" y="${y + BAR_TOP}" width="${num(Math.max(width, 2))}" height="${BAR_HEIGHT}" rx="2"></rect>`,
      `</g>`,
    ].join('');
  });
  return [
    `<figure class="chart">`,
    `<figcaption>${escapeHtml(block.caption)}</figcaption>`,
    `<svg class="bars" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    `<title>${escapeHtml(block.caption)}</title>`,
    ...rows,
    `</svg>`,
    `</figure>`,
  ].join('\n');
}
