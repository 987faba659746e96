// Text put inside an XML file by hand (the .ods spreadsheet, the REFI-QDA project): escaped, and stripped of what XML 1.0 refuses.

/** XML 1.0 refuses most control characters even escaped: a pasted one would make the whole file unreadable. */
// eslint-disable-next-line no-control-regex
export const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Safe between tags and inside a double-quoted attribute value. */
export function xmlText(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
