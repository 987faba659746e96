// ReportDocument → Word file (.docx); loaded on demand only, the docx library is too big for the first screen.
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type FileChild, type IParagraphStyleOptions } from 'docx';
import type { DocSection, ReportDocument } from './document';
import { BLUE, GREY, STYLE, blockChildren, cleanText, heading, runs } from './docxBlocks';
import { typedParts } from './typedParts';

/** The words around the page number in the footer ("Page 2 sur 7"): i18n `report.docx.page` / `report.docx.of`. */
export interface DocxWords {
  page: string;
  of: string;
  /** Who made the file, as Word's properties show it (« Auteur », « Modifié par »); docx writes « Un-named » otherwise. */
  author: string;
}

/** Arial ships with Word and LibreOffice substitutes it; nothing is fetched, the export works offline. */
const FONT = 'Arial';
/** A4 in twentieths of a point, 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const LANGUAGE_TAG: Record<string, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Sizes are in half-points. */
const headingStyle = (size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: BLUE },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    // The secrétaire's text: set apart from the data that follows it, as on screen.
    id: STYLE.synthesis,
    name: 'Synthèse',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    paragraph: {
      spacing: { before: 120, after: 200 },
      indent: { left: 170 },
      border: { left: { style: BorderStyle.SINGLE, size: 24, color: BLUE, space: 8 } },
      shading: { fill: 'F5F5FE' },
    },
  },
  {
    id: STYLE.quote,
    name: 'Quote',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { italics: true },
    paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 80, after: 120 }, keepLines: true },
  },
  { id: STYLE.muted, name: 'Note', basedOn: 'Normal', next: 'Normal', run: { color: GREY } },
  { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 26, color: GREY }, paragraph: { spacing: { after: 360 } } },
];

/** The secrétaire's text: one Word paragraph per typed paragraph, bullets for « - » lists, numbers kept for « 1. » ones. */
function synthesisParagraphs(text: string): Paragraph[] {
  return typedParts(text).flatMap((part) => {
    if (part.type === 'paragraph') return [new Paragraph({ style: STYLE.synthesis, children: runs(part.text) })];
    return part.items.map(
      (item, i) =>
        part.ordered
          ? new Paragraph({ style: STYLE.synthesis, indent: { left: 567, hanging: 340 }, children: runs(`${i + 1}.\t${item}`) })
          : new Paragraph({ style: STYLE.synthesis, bullet: { level: 0 }, children: runs(item) }),
    );
  });
}

function sectionChildren(section: DocSection, lang: string): FileChild[] {
  const synthesis = section.synthesis.trim() ? synthesisParagraphs(section.synthesis) : [];
  return [heading(section.heading, 0, section.pageBreakBefore === true), ...synthesis, ...section.blocks.flatMap((b) => blockChildren(b, 0, lang))];
}

function footer(doc: ReportDocument, words: DocxWords): Footer {
  const small = { size: 16, color: GREY };
  return new Footer({
    children: [
      new Paragraph({ children: runs(doc.footer, small) }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ ...small, text: `${words.page} ` }),
          new TextRun({ ...small, children: [PageNumber.CURRENT] }),
          new TextRun({ ...small, text: ` ${words.of} ` }),
          new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** The Word file as a Blob typed for .docx (works in the browser and in Node, which both have Blob). */
export async function renderDocx(doc: ReportDocument, words: DocxWords): Promise<Blob> {
  const language = LANGUAGE_TAG[doc.lang] ?? doc.lang;
  const file = new Document({
    // The file's properties (docProps/core.xml) are XML too: same cleaning as the body.
    title: cleanText(doc.title),
    description: cleanText(doc.subtitle),
    creator: cleanText(words.author),
    lastModifiedBy: cleanText(words.author),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: language } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: FONT, size: 44, bold: true, color: BLUE }, paragraph: { spacing: { after: 120 } } },
        heading1: headingStyle(32, 360),
        heading2: headingStyle(26, 240),
        heading3: headingStyle(23, 200),
        heading4: headingStyle(22, 160),
        caption: { run: { font: FONT, size: 20, bold: true, color: GREY }, paragraph: { spacing: { before: 120, after: 60 } } },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 567, footer: 567 } } },
        footers: { default: footer(doc, words) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) }),
          ...(doc.subtitle ? [new Paragraph({ style: 'Subtitle', children: runs(doc.subtitle) })] : []),
          ...doc.sections.flatMap((s) => sectionChildren(s, doc.lang)),
        ],
      },
    ],
  });
  return Packer.toBlob(file);
}
