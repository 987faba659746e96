// The one stylesheet of the HTML report: sober public-service look on screen, A4 pages when printed.

/** System fonts only: the file is read offline and must never fetch anything. */
export const REPORT_CSS = `
:root {
  --ink: #1e1e1e;
  --muted: #595959;
  --blue: #000091;
  --blue-soft: #ececfe;
  --line: #cfcfd8;
  --quote: #6a6af4;
  --grey-bar: #8c8c8c;
  --track: #eeeeee;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto;
  max-width: 52rem;
  padding: 2rem 1.5rem 3rem;
  font-family: Marianne, "Segoe UI", Arial, "Helvetica Neue", Helvetica, system-ui, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
  color: var(--ink);
  background: #fff;
  /* break-word, not anywhere: table columns keep whole words ("Points", not "Poin-ts"). */
  overflow-wrap: break-word;
}
h1, h2, h3, h4 { color: var(--blue); line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0 0 0.4rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--blue); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.1rem 0 0.4rem; }
p { margin: 0 0 0.7rem; }
ul { margin: 0 0 0.9rem; padding-left: 1.3rem; }
li { margin-bottom: 0.25rem; }
.doc-header { border-top: 6px solid var(--blue); padding-top: 1rem; margin-bottom: 1rem; }
.subtitle { color: var(--muted); font-size: 1.05rem; margin: 0; }
.muted { color: var(--muted); font-style: italic; }
.synthesis {
  background: var(--blue-soft);
  border-left: 4px solid var(--blue);
  padding: 0.8rem 1rem 0.2rem;
  margin: 0 0 1.1rem;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.facts { margin: 0 0 1rem; border-top: 1px solid var(--line); }
.fact { display: grid; grid-template-columns: minmax(8rem, 16rem) 1fr; gap: 0.2rem 1rem; padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
.fact dt { font-weight: 600; }
.fact dd { margin: 0; }
.quote { margin: 0 0 0.9rem; padding: 0.5rem 0.9rem; border-left: 3px solid var(--quote); background: #f7f7f7; }
.quote blockquote { margin: 0; font-style: italic; }
.quote blockquote p { margin: 0; }
.quote figcaption { margin-top: 0.3rem; color: var(--muted); font-size: 0.92rem; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; color: var(--blue); padding-bottom: 0.4rem; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--blue); }
tbody th { font-weight: 600; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--blue); border-bottom: none; }
.end { text-align: right; font-variant-numeric: tabular-nums; }
.chart { margin: 0 0 1.1rem; }
.chart figcaption { font-weight: 600; color: var(--blue); margin-bottom: 0.4rem; }
.bars { display: block; width: 100%; max-width: 640px; height: auto; }
.bars text { font-size: 13px; fill: var(--ink); }
.bars .bar-value { fill: var(--muted); }
.bar { fill: var(--blue); }
.bar-muted { fill: var(--grey-bar); }
.bar-track { fill: var(--track); }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0 2rem; }
.column > h3:first-child { margin-top: 0.4rem; }
.doc-footer { margin-top: 2.5rem; padding-top: 0.6rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) {
  body { padding: 1rem; }
  .columns { grid-template-columns: 1fr; }
  .fact { grid-template-columns: 1fr; }
  /* A phone: each row of a table is a card, each cell after its column's name; no table wider than the screen. */
  table.stack, .stack tbody, .stack tfoot, .stack tr, .stack th, .stack td { display: block; width: auto; }
  .stack caption { display: block; }
  .stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .stack tr { padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
  .stack tbody th, .stack tbody td, .stack tfoot th, .stack tfoot td { padding: 0.1rem 0; border: none; text-align: left; }
  .stack tbody th { font-size: 1.05rem; }
  .stack td:empty { display: none; }
  .stack [data-label]::before { content: attr(data-label); font-weight: 600; color: var(--muted); }
  .stack tfoot tr { border-top: 2px solid var(--blue); }
}
@page {
  size: A4;
  margin: 18mm 16mm 20mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 9pt Marianne, "Segoe UI", Arial, sans-serif; color: #595959; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; line-height: 1.45; }
  h1 { font-size: 20pt; }
  h2 { font-size: 15pt; margin-top: 14pt; }
  h3 { font-size: 12.5pt; }
  h4 { font-size: 11.5pt; }
  table { font-size: 10pt; }
  .columns { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .page-break { break-before: page; page-break-before: always; }
  /* A fiche action is a heading and its facts: the heading stays with them, the facts stay on one page. */
  .quote, .facts, .fact, tr, .chart, .synthesis, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .quote, .synthesis { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* The restitution is one sheet to hand out or pin up: smaller type and tighter spacing keep it on one page. */
  .one-page { font-size: 10pt; line-height: 1.35; }
  .one-page h1 { font-size: 17pt; }
  .one-page h2 { font-size: 13pt; margin: 10pt 0 5pt; }
  .one-page h3, .one-page h4 { font-size: 11pt; margin: 6pt 0 3pt; }
  .one-page .doc-header { padding-top: 6pt; margin-bottom: 4pt; }
  .one-page p { margin-bottom: 4pt; }
  .one-page .synthesis { padding: 5pt 8pt 1pt; margin-bottom: 6pt; }
  .one-page .quote { padding: 3pt 8pt; margin-bottom: 5pt; }
  .one-page .columns { gap: 0 14pt; }
  .one-page .doc-footer { margin-top: 12pt; font-size: 8.5pt; }
}
`;
