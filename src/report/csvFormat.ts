// CSV the way French Excel opens it with a double click: UTF-8 BOM, `;` between fields, CRLF, French dates.

/** Without it Excel reads the file as Windows-1252 and "é" turns into "Ã©". */
export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const CRLF = '\r\n';

/** Quoted only when it must be, as RFC 4180 says (with `;` standing for the comma); quotes inside doubled. */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text someone typed: a cell starting with = + - @ would be run by Excel as a formula (a verbatim such
 * as "=LIEN_HYPERTEXTE(…)" in an imported file), so it is prefixed with the apostrophe Excel itself uses
 * to say "this is text".
 */
export function typedText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvDocument(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(SEPARATOR) + CRLF).join('');
}

const dateTimes = new Map<string, Intl.DateTimeFormat>();

/** "23/11/2026 14:05" in the device's time zone, like every time the app shows; a format Excel reads as a date. */
export function csvDateTime(ms: number, intl: string): string {
  let format = dateTimes.get(intl);
  if (!format) {
    format = new Intl.DateTimeFormat(intl, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    dateTimes.set(intl, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Assembled from parts: ICU versions differ on what goes between the date and the time ("," or "à").
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
