// Plain text → HTML text: every character that could open a tag, an entity or leave an attribute is escaped.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe both between tags and inside a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escaped, with the line breaks the writer typed kept as `<br>`. */
export function htmlLines(text: string): string {
  return escapeHtml(text.trim()).replace(/\r\n|\r|\n/g, '<br>');
}

/** Escaped paragraphs: a blank line starts a new `<p>`, a single line break stays a `<br>`. */
export function htmlParagraphs(text: string, className = ''): string {
  const attr = className ? ` class="${escapeHtml(className)}"` : '';
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p${attr}>${htmlLines(p)}</p>`)
    .join('\n');
}
