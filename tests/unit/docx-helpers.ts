// Read a .docx back in Node: unzip it, check its XML is well formed, and list what Word would show.
import { strFromU8, unzipSync } from 'fflate';

/** Every XML part of the package, by path ("word/document.xml", "word/footer1.xml"…). */
export async function openDocx(blob: Blob): Promise<Record<string, string>> {
  const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(entries).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Characters XML 1.0 forbids anywhere; Word refuses a file that holds one. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** The first well-formedness problem of an XML text, or null: balanced tags, escaped text, legal characters. */
export function xmlProblem(xml: string): string | null {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) return `forbidden character U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${bad.index}`;
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const between = xml.slice(at, m.index);
    if (between.includes('<') || between.includes('>') || BAD_AMPERSAND.test(between)) return `bad text at ${at}: ${between.slice(0, 40)}`;
    at = m.index + m[0].length;
    const [, closing, name, attributes, selfClosing] = m;
    if (!name) continue;
    if (BAD_AMPERSAND.test(attributes ?? '')) return `bad attribute in <${name}>`;
    if (open.length === 0) roots += 1;
    if (closing) {
      if (open.pop() !== name) return `</${name}> closes nothing at ${m.index}`;
    } else if (!selfClosing) open.push(name);
  }
  const rest = xml.slice(at);
  if (rest.includes('<') || rest.includes('>') || BAD_AMPERSAND.test(rest)) return `bad trailing text: ${rest.slice(0, 40)}`;
  if (open.length > 0) return `<${open.at(-1)}> never closed`;
  return roots === 1 ? null : `${roots} root elements`;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** What a paragraph shows: its text (a `<w:br/>` is a line break) and its style. */
export function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:br\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescape(m[1] ?? ''))).join('');
}

export interface Para {
  style: string;
  text: string;
  pageBreakBefore: boolean;
  /** « Keep with next »: Word does not end a page after it. */
  keepNext: boolean;
  bullet: boolean;
}

/** Body paragraphs outside tables, in order (tables are read by `tables`). */
export function paragraphs(xml: string): Para[] {
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...outside.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? '',
    text: paragraphText(p),
    pageBreakBefore: p.includes('<w:pageBreakBefore/>'),
    keepNext: p.includes('<w:keepNext/>'),
    bullet: p.includes('<w:numPr>'),
  }));
}

export interface Cell {
  text: string;
  bold: boolean;
  right: boolean;
  keepNext: boolean;
}

export interface Row {
  header: boolean;
  cells: Cell[];
}

/** Every table of the body, row by row (the report never nests tables). */
export function tables(xml: string): Row[][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([tbl]) =>
    [...tbl.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map(([tr]) => ({
      header: tr.includes('<w:tblHeader/>'),
      cells: [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => ({ text: paragraphText(tc), bold: tc.includes('<w:b/>'), right: tc.includes('<w:jc w:val="right"/>'), keepNext: tc.includes('<w:keepNext/>') })),
    })),
  );
}
