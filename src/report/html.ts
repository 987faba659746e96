// Report document → one self-contained HTML5 file to open, read and print; it makes no request of any kind.
import type { Block, DocSection, ReportDocument } from './document';
import { barChart } from './htmlBars';
import { escapeHtml, htmlLines, htmlParagraphs } from './htmlEscape';
import { REPORT_CSS } from './htmlStyle';
import { typedParts } from './typedParts';

type Table = Extract<Block, { type: 'table' }>;

/** h3 for a heading inside a section, h4 once inside a column that already has its own h3. */
type Level = 3 | 4;

/**
 * `labels`: each body cell carries its column's header (« Votes : »), shown before it on a phone, where
 * the rows stack as cards instead of a table wider than the screen.
 */
function tableCells(cells: string[], align: Table['align'], first: 'col' | 'row', rest: 'th' | 'td', labels: readonly string[] = []): string {
  return cells
    .map((cell, i) => {
      const cls = align?.[i] === 'end' ? ' class="end"' : '';
      if (first === 'col') return `<th scope="col"${cls}>${htmlLines(cell)}</th>`;
      const label = labels[i] ? ` data-label="${escapeHtml(labels[i])}"` : '';
      // The first cell names the row (a phase, a piste): a row header for screen readers.
      if (i === 0) return `<th scope="row"${cls}${label}>${htmlLines(cell)}</th>`;
      return `<${rest}${cls}${label}>${htmlLines(cell)}</${rest}>`;
    })
    .join('');
}

function table(block: Table, lang: string): string {
  const out = [`<table class="stack">`, `<caption>${htmlLines(block.caption)}</caption>`];
  const labels = block.head.map((h) => (h.trim() ? `${h.trim()}${lang === 'fr' ? '\u00a0: ' : ': '}` : ''));
  out.push(`<thead><tr>${tableCells(block.head, block.align, 'col', 'th')}</tr></thead>`);
  out.push(`<tbody>`, ...block.rows.map((row) => `<tr>${tableCells(row, block.align, 'row', 'td', labels)}</tr>`), `</tbody>`);
  if (block.foot && block.foot.length > 0) out.push(`<tfoot><tr>${tableCells(block.foot, block.align, 'row', 'td', labels)}</tr></tfoot>`);
  out.push(`</table>`);
  return out.join('\n');
}

/** In quotation marks and italics, as in the Word file: unattributed, a quote must not read as the service's own words. */
function quote(text: string, by: string, lang: string): string {
  const quoted = lang === 'fr' ? `«\u00a0${text.trim()}\u00a0»` : `“${text.trim()}”`;
  const who = by.trim() ? `<figcaption>— ${htmlLines(by)}</figcaption>` : '';
  return `<figure class="quote"><blockquote>${htmlParagraphs(quoted)}</blockquote>${who}</figure>`;
}

function block(b: Block, level: Level, lang: string): string {
  switch (b.type) {
    case 'facts':
      return [
        `<dl class="facts">`,
        ...b.rows.map((r) => `<div class="fact"><dt>${htmlLines(r.label)}</dt><dd>${htmlLines(r.value)}</dd></div>`),
        `</dl>`,
      ].join('\n');
    case 'paragraph':
      return htmlParagraphs(b.text, b.tone === 'muted' ? 'muted' : '');
    case 'heading':
      return `<h${level}>${htmlLines(b.text)}</h${level}>`;
    case 'list':
      return b.items.length === 0 ? '' : [`<ul>`, ...b.items.map((item) => `<li>${htmlLines(item)}</li>`), `</ul>`].join('\n');
    case 'quote':
      return quote(b.text, b.by, lang);
    case 'table':
      return table(b, lang);
    case 'bars':
      return barChart(b);
    case 'columns':
      return [
        `<div class="columns">`,
        ...b.columns.map((c) => [`<div class="column">`, `<h${level}>${htmlLines(c.heading)}</h${level}>`, blocks(c.blocks, 4, lang), `</div>`].join('\n')),
        `</div>`,
      ].join('\n');
  }
}

function blocks(list: Block[], level: Level, lang: string): string {
  return list
    .map((b) => block(b, level, lang))
    .filter((html) => html !== '')
    .join('\n');
}

/** The secrétaire's text: paragraphs, and the lists typed with « - » or « 1. » as real lists. */
function typed(text: string): string {
  return typedParts(text)
    .map((part) => {
      if (part.type === 'paragraph') return `<p>${htmlLines(part.text)}</p>`;
      const tag = part.ordered ? 'ol' : 'ul';
      return [`<${tag}>`, ...part.items.map((item) => `<li>${htmlLines(item)}</li>`), `</${tag}>`].join('\n');
    })
    .join('\n');
}

function section(s: DocSection, index: number, lang: string): string {
  const id = `section-${index + 1}`;
  const cls = s.pageBreakBefore ? 'section page-break' : 'section';
  const synthesis = s.synthesis.trim() ? `<div class="synthesis">\n${typed(s.synthesis)}\n</div>` : '';
  return [`<section class="${cls}" aria-labelledby="${id}">`, `<h2 id="${id}">${htmlLines(s.heading)}</h2>`, synthesis, blocks(s.blocks, 3, lang), `</section>`]
    .filter((html) => html !== '')
    .join('\n');
}

export function renderHtml(doc: ReportDocument): string {
  const subtitle = doc.subtitle.trim() ? `<p class="subtitle">${htmlLines(doc.subtitle)}</p>` : '';
  return [
    `<!doctype html>`,
    `<html lang="${escapeHtml(doc.lang || 'fr')}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    `</head>`,
    doc.onePage ? `<body class="one-page">` : `<body>`,
    `<header class="doc-header">`,
    `<h1>${htmlLines(doc.title)}</h1>`,
    subtitle,
    `</header>`,
    `<main>`,
    ...doc.sections.map((s, i) => section(s, i, doc.lang)),
    `</main>`,
    `<footer class="doc-footer"><p>${htmlLines(doc.footer)}</p></footer>`,
    `</body>`,
    `</html>`,
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
