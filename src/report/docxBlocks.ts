// Report blocks → Word paragraphs and tables (docx), for the lazily loaded DOCX export.
import { AlignmentType, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild, type IRunOptions } from 'docx';
import type { Block } from './document';

/** A4 (210 mm) less two 2 cm margins, in twentieths of a point: every table spans it. */
export const TEXT_WIDTH = 9638;
export const BLUE = '000091';
export const GREY = '666666';
const HEAD_FILL = 'E3E3FD';
/** The longest bar, in █ characters: fits its column at 11 pt. */
const BAR_CELLS = 16;

export const STYLE = { synthesis: 'Synthese', quote: 'Quote', muted: 'Muted', caption: 'Caption' } as const;

/**
 * Word refuses a file holding C0 control characters (other than tab and line breaks) or U+FFFE/U+FFFF;
 * text pasted from elsewhere can carry them.
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** One run per line: a `\n` typed by the writer stays a line break in Word. */
export function runs(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

const HEADING_BY_DEPTH = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** A real Word heading (navigation pane, table of contents); depth 0 is a section's heading. */
export function heading(text: string, depth: number, pageBreakBefore = false): Paragraph {
  const level = HEADING_BY_DEPTH[Math.min(depth, HEADING_BY_DEPTH.length - 1)];
  return new Paragraph({ heading: level, children: runs(text), keepNext: true, pageBreakBefore });
}

function cell(text: string, opts: { width: number; bold?: boolean; align?: 'start' | 'end'; fill?: string; runs?: TextRun[]; keepNext?: boolean }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: [new Paragraph({ alignment: opts.align === 'end' ? AlignmentType.RIGHT : AlignmentType.LEFT, keepNext: opts.keepNext, children: opts.runs ?? runs(text, opts.bold ? { bold: true } : {}) })],
  });
}

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows });
}

/** Room for one word of `length` characters at 11 pt bold, cell margins included, in twentieths of a point. */
/** A word's width in twips, bold Arial 11 pt with the cell's margins: generous, since a word Word must cut reads « Ran/g ». */
const wordWidth = (length: number) => length * 145 + 240;

/**
 * Column widths that follow how long each column's texts are (a title column is wider than a rank),
 * never narrower than its longest word, so "Points" is not cut into "Po/int/s".
 */
function widthsFor(columns: string[][]): number[] {
  const mins = columns.map((texts) => Math.min(TEXT_WIDTH / columns.length, wordWidth(Math.max(0, ...texts.flatMap((s) => s.split(/[ \t\n]+/)).map((w) => w.length)))));
  const weights = columns.map((texts) => Math.min(40, Math.max(4, ...texts.map((s) => s.length))));
  const total = weights.reduce((a, b) => a + b, 0);
  const wanted = weights.map((w, i) => Math.max(mins[i]!, (w / total) * TEXT_WIDTH));
  // Give back what the minimums took, from the columns above their minimum, in proportion.
  const excess = wanted.reduce((a, b) => a + b, 0) - TEXT_WIDTH;
  const slack = wanted.reduce((a, w, i) => a + (w - mins[i]!), 0);
  return wanted.map((w, i) => Math.floor(slack > 0 ? w - (excess * (w - mins[i]!)) / slack : w));
}

const caption = (text: string): Paragraph[] => (text ? [new Paragraph({ style: STYLE.caption, keepNext: true, children: runs(text) })] : []);

/**
 * Label → value rows, kept on one page as Word keeps a table whole: every row but the last « keep with
 * next ». With its heading's own keep-with-next, a fiche action moves whole to the next page instead of
 * a hard page break before the plan d'actions (which left most of a page blank).
 */
function factsTable(rows: { label: string; value: string }[]): Table {
  const widths = [Math.round(TEXT_WIDTH * 0.32), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.32)];
  return table(
    widths,
    rows.map((r, i) => {
      const keepNext = i < rows.length - 1;
      return new TableRow({ cantSplit: true, children: [cell(r.label, { width: widths[0]!, bold: true, keepNext }), cell(r.value, { width: widths[1]!, keepNext })] });
    }),
  );
}

function dataTable(b: Extract<Block, { type: 'table' }>): FileChild[] {
  const all = [b.head, ...b.rows, ...(b.foot ? [b.foot] : [])];
  const widths = widthsFor(b.head.map((_, i) => all.map((r) => r[i] ?? '')));
  const line = (texts: string[], bold: boolean, fill?: string) =>
    texts.map((text, i) => cell(text, { width: widths[i] ?? 0, bold, align: b.align?.[i], fill }));
  const rows = [
    // Repeated at the top of every page the table runs onto.
    new TableRow({ tableHeader: true, cantSplit: true, children: line(b.head, true, HEAD_FILL) }),
    ...b.rows.map((r) => new TableRow({ cantSplit: true, children: line(b.head.map((_, i) => r[i] ?? ''), false) })),
    ...(b.foot ? [new TableRow({ cantSplit: true, children: line(b.foot, true) })] : []),
  ];
  return [...caption(b.caption), table(widths, rows)];
}

function barsTable(b: Extract<Block, { type: 'bars' }>): FileChild[] {
  const max = Math.max(0, ...b.bars.map((bar) => bar.value));
  const widths = [Math.round(TEXT_WIDTH * 0.25), Math.round(TEXT_WIDTH * 0.35)];
  widths.push(TEXT_WIDTH - widths[0]! - widths[1]!);
  const rows = b.bars.map((bar) => {
    const length = max > 0 && bar.value > 0 ? Math.max(1, Math.round((bar.value / max) * BAR_CELLS)) : 0;
    const drawn = new TextRun({ text: '█'.repeat(length), color: bar.muted ? '929292' : BLUE });
    return new TableRow({
      cantSplit: true,
      children: [cell(bar.label, { width: widths[0]! }), cell('', { width: widths[1]!, runs: [drawn] }), cell(bar.display, { width: widths[2]! })],
    });
  });
  return [...caption(b.caption), table(widths, rows)];
}

/** « text » — who said it; French guillemets with their non-breaking spaces, English quotes otherwise. */
function quote(b: Extract<Block, { type: 'quote' }>, lang: string): Paragraph {
  const quoted = lang === 'fr' ? `«\u00a0${b.text}\u00a0»` : `“${b.text}”`;
  return new Paragraph({ style: STYLE.quote, children: runs(b.by ? `${quoted} — ${b.by}` : quoted) });
}

/** `depth` is the heading depth of the section the blocks sit in (0 for a section). */
export function blockChildren(b: Block, depth: number, lang: string): FileChild[] {
  switch (b.type) {
    case 'facts':
      return b.rows.length > 0 ? [factsTable(b.rows), new Paragraph({})] : [];
    case 'paragraph':
      return [new Paragraph({ style: b.tone === 'muted' ? STYLE.muted : undefined, children: runs(b.text) })];
    case 'heading':
      return [heading(b.text, depth + 1)];
    case 'list':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'quote':
      return [quote(b, lang)];
    case 'table':
      return [...dataTable(b), new Paragraph({})];
    case 'bars':
      return [...barsTable(b), new Paragraph({})];
    case 'columns':
      // One after the other: side-by-side text columns read badly in Word and in a screen reader.
      return b.columns.flatMap((c) => [heading(c.heading, depth + 1), ...c.blocks.flatMap((inner) => blockChildren(inner, depth + 1, lang))]);
  }
}
