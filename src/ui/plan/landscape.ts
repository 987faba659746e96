// A4 landscape for the plan's print view only, while it is shown.
import { useEffect } from 'preact/hooks';

/**
 * Chromium lets an unnamed `@page` that comes later (the report's print.css, A4 portrait, once loaded) override a
 * named page whatever its specificity, and the CSP forbids inline styles: so a constructed sheet, adopted while this
 * view is mounted (adopted sheets come after every other in the cascade) and dropped when it goes. plan.css keeps a
 * named page for browsers without adopted sheets.
 */
export function useLandscapePages(): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype) || !Array.isArray(document.adoptedStyleSheets)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@page { size: A4 landscape; margin: 12mm; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);
}
