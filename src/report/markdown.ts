// Report document → GitHub-flavoured Markdown, with the writers' text escaped so it is never read as markup.
import type { Block, DocSection, ReportDocument } from './document';

/** Characters that mean something anywhere in a line: emphasis, code, links, raw HTML, table cells, strikethrough. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;

/**
 * One line of plain text as Markdown text: inline markup escaped, then, for a line of its own, what a
 * line may not start with (a table cell or a heading's text is never read as a list or a heading).
 */
function escapeLine(line: string, ownLine = true): string {
  const text = line
    .trim()
    .replace(INLINE_SPECIAL, '\\$&')
    // "&eacute;" would be read as an entity.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (!ownLine) return text;
  // A heading (#), a list (- + 1.), a setext underline (= -): escaped at the start of a line only.
  if (/^[#+=-]/.test(text)) return `\\${text}`;
  return text.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Paragraphs of escaped lines; a line break the writer typed becomes a hard break (backslash at end of line). */
function paragraphs(text: string, ownLines = true): string[][] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.split(/\r\n|\r|\n/).map((line) => escapeLine(line, ownLines)).filter((l) => l !== ''))
    .filter((p) => p.length > 0);
}

const hardBreaks = (lines: string[]) => lines.join('\\\n');

/** Escaped text on as many lines as typed, blank lines keeping paragraphs apart. */
export function mdText(text: string): string {
  return paragraphs(text).map(hardBreaks).join('\n\n');
}

/** Escaped text on one line (a heading, a table cell): breaks become `<br>`, the only break a cell knows. */
function inline(text: string): string {
  return paragraphs(text, false)
    .map((p) => p.join('<br>'))
    .join('<br>');
}

/** Prefixes every line: list items continue with an indent, quotes with `> `. */
function prefixed(text: string, first: string, rest: string, blank = rest.trimEnd()): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line === '' ? blank : rest) + line)
    .join('\n');
}

function cells(row: string[]): string {
  return `| ${row.map((c) => inline(c) || ' ').join(' | ')} |`;
}

function table(caption: string, head: string[], rows: string[][], align: ('start' | 'end')[] = [], foot?: string[]): string {
  const rule = `| ${head.map((_, i) => (align[i] === 'end' ? '---:' : '---')).join(' | ')} |`;
  const lines = [cells(head), rule, ...rows.map(cells)];
  // GitHub tables have no footer: the totals row comes last, in bold.
  if (foot && foot.length > 0) lines.push(`| ${foot.map((c) => (inline(c) ? `**${inline(c)}**` : ' ')).join(' | ')} |`);
  return caption.trim() ? `**${inline(caption)}**\n\n${lines.join('\n')}` : lines.join('\n');
}

function block(b: Block, level: number, colon: string): string {
  switch (b.type) {
    case 'facts':
      return b.rows.map((r) => prefixed(`**${inline(r.label)}**${colon} ${mdText(r.value).replace(/\n\n/g, '\\\n')}`, '- ', '  ')).join('\n');
    case 'paragraph': {
      if (b.tone !== 'muted') return mdText(b.text);
      return paragraphs(b.text)
        .map((p) => p.map((line) => `_${line}_`).join('\\\n'))
        .join('\n\n');
    }
    case 'heading':
      return `${'#'.repeat(level)} ${inline(b.text)}`;
    case 'list':
      return b.items.map((item) => prefixed(mdText(item).replace(/\n\n/g, '\\\n'), '- ', '  ')).join('\n');
    case 'quote': {
      const said = prefixed(mdText(b.text), '> ', '> ', '>');
      return b.by.trim() ? `${said}\n>\n> — ${inline(b.by)}` : said;
    }
    case 'table':
      return table(b.caption, b.head, b.rows, b.align, b.foot);
    case 'bars':
      // The caption heads the names; the value as printed (time, share, turns) is the second column.
      return table('', [b.caption, ''], b.bars.map((bar) => [bar.label, bar.display]));
    case 'columns':
      return b.columns.map((c) => [`${'#'.repeat(level)} ${inline(c.heading)}`, blocks(c.blocks, level + 1, colon)].filter((s) => s !== '').join('\n\n')).join('\n\n');
  }
}

function blocks(list: Block[], level: number, colon: string): string {
  return list
    .map((b) => block(b, level, colon))
    .filter((s) => s.trim() !== '')
    .join('\n\n');
}

function section(s: DocSection, colon: string): string {
  return [`## ${inline(s.heading)}`, mdText(s.synthesis), blocks(s.blocks, 3, colon)].filter((part) => part !== '').join('\n\n');
}

export function renderMarkdown(doc: ReportDocument): string {
  // French typography puts a (non-breaking) space before a colon; English does not.
  const colon = doc.lang === 'fr' ? '\u00a0:' : ':';
  const italic = (text: string) => (text.trim() ? `_${inline(text)}_` : '');
  const parts = [`# ${inline(doc.title)}`, italic(doc.subtitle), ...doc.sections.map((s) => section(s, colon)), '---', italic(doc.footer)];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
