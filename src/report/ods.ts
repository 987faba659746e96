// A one-table OpenDocument spreadsheet (.ods, the administration's open format), written by hand and zipped with fflate.
//
// Why by hand: an .ods with one table is three small XML files in a zip. The spreadsheet libraries on npm
// either write only .xlsx, are hundreds of KB, or are no longer published there; fflate is already ours (the
// docx library zips with it), small, and pure. This module and fflate load only when the file is asked for.
import { strToU8, zipSync } from 'fflate';
import type { Sheet, SheetCell } from './planSheet';
import { xmlText } from './xmlText';

export const ODS_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';


/** Line breaks typed in a field become paragraphs of the cell, as a spreadsheet shows them. */
const paragraphs = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => `<text:p>${xmlText(line)}</text:p>`)
    .join('');

function cell(c: SheetCell, head = false): string {
  if (c.day) return `<table:table-cell table:style-name="day" office:value-type="date" office:date-value="${c.day}">${paragraphs(c.text)}</table:table-cell>`;
  // A text cell is only ever text: nothing typed is read as a formula.
  return `<table:table-cell${head ? ' table:style-name="head"' : ''} office:value-type="string">${paragraphs(c.text)}</table:table-cell>`;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
].join(' ');

/** Sheet names may not hold these characters in LibreOffice or Excel. */
const sheetName = (name: string) => name.replace(/[[\]*?:/\\']/g, ' ').slice(0, 31).trim() || 'Plan';

export function odsContent(sheet: Sheet, name: string, widthsCm: readonly number[]): string {
  const columns = sheet.head.map((_, i) => `<table:table-column table:style-name="col${i}"/>`).join('');
  const columnStyles = sheet.head
    .map((_, i) => `<style:style style:name="col${i}" style:family="table-column"><style:table-column-properties style:column-width="${widthsCm[i] ?? 3}cm"/></style:style>`)
    .join('');
  const row = (cells: string) => `<table:table-row>${cells}</table:table-row>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<office:document-content ${NS} office:version="1.2">` +
    '<office:automatic-styles>' +
    // Days shown as 15/01/2027, the way a French spreadsheet shows them.
    '<number:date-style style:name="dmy"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>' +
    '<style:style style:name="day" style:family="table-cell" style:data-style-name="dmy"/>' +
    '<style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>' +
    columnStyles +
    '</office:automatic-styles>' +
    `<office:body><office:spreadsheet><table:table table:name="${xmlText(sheetName(name))}">` +
    columns +
    `<table:table-header-rows>${row(sheet.head.map((h) => cell({ text: h }, true)).join(''))}</table:table-header-rows>` +
    sheet.rows.map((r) => row(r.map((c) => cell(c)).join(''))).join('') +
    '</table:table></office:spreadsheet></office:body></office:document-content>'
  );
}

const MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODS_TYPE}"/>` +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>';

/**
 * The file's bytes. OpenDocument wants `mimetype` first and stored uncompressed (that is how a program
 * recognises the file without unzipping it); fflate writes entries in the order given.
 */
export function renderOds(sheet: Sheet, name: string, widthsCm: readonly number[], madeAt: number): Uint8Array {
  // The entries' date is the export's (passed in: this module does not read the clock).
  return zipSync({
    mimetype: [strToU8(ODS_TYPE), { level: 0 }],
    'content.xml': strToU8(odsContent(sheet, name, widthsCm)),
    'META-INF/manifest.xml': strToU8(MANIFEST),
  }, { mtime: madeAt });
}
