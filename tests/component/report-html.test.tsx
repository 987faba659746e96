// The HTML report read by a real HTML parser (jsdom): the structure a browser and a screen reader get.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { buildReport } from '../../src/report/build';
import { renderHtml } from '../../src/report/html';
import { reportOutline } from '../../src/report/outline';
import { REPORT_AT, REPORT_HEADINGS, reportSeance } from '../reportFixture';
import { handDoc, IMG, MULTILINE, SCRIPT } from '../unit/report-handDoc';

// The report's texts load with its screens in the app (loadTexts); these tests load them once.
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const real = () => parse(renderHtml(reportOutline(buildReport(reportSeance(), { anonymised: false, now: REPORT_AT }), translator('fr'), 'fr-FR')));

function expectWellFormed(doc: Document): void {
  expect(doc.documentElement.lang).toBe('fr');
  expect(doc.querySelectorAll('style')).toHaveLength(1);
  // Nothing that runs, loads or leaves the page.
  expect(doc.querySelectorAll('script, img, link, iframe, object, embed, a, base, form, input')).toHaveLength(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr, `${el.tagName} ${attr}`).not.toMatch(/^(on|src$|href$|srcset$|style$|xlink:href$)/i);
  }
  // Headings never skip a level, starting from the one h1.
  const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  // Every section is named by its own h2.
  for (const section of doc.querySelectorAll('section')) {
    const heading = doc.getElementById(section.getAttribute('aria-labelledby') ?? '');
    expect(heading?.tagName).toBe('H2');
    expect(section.contains(heading)).toBe(true);
  }
  for (const table of doc.querySelectorAll('table')) {
    expect(table.querySelector('caption')?.textContent?.trim()).not.toBe('');
    const columns = table.querySelectorAll('thead th');
    expect([...columns].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
      expect(row.children).toHaveLength(columns.length);
      expect(row.children[0]!.tagName).toBe('TH');
      expect(row.children[0]!.getAttribute('scope')).toBe('row');
    }
  }
  for (const svg of doc.querySelectorAll('svg')) {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBeTruthy();
    expect(svg.querySelector('title')?.textContent).toBeTruthy();
  }
}

describe('the HTML report parsed as a browser would', () => {
  it('hand-built document: hostile texts are plain text, the structure is accessible', () => {
    const doc = parse(renderHtml(handDoc()));
    expectWellFormed(doc);
    const quotes = [...doc.querySelectorAll('figure.quote')];
    // Quotes are printed in guillemets: « text ».
    const quoted = (text: string) => `«\u00a0${text}\u00a0»`;
    const hostile = quotes.find((q) => q.querySelector('blockquote')!.textContent === quoted(SCRIPT));
    expect(hostile?.querySelector('figcaption')?.textContent).toBe(`— ${IMG}`);
    expect(quotes.some((q) => q.querySelector('blockquote')!.textContent === quoted(IMG) && !q.querySelector('figcaption'))).toBe(true);
    expect(doc.title).toBe('Rapport de synthèse — Accueil & « horaires »');
    // A typed line break is a <br>: the two lines read apart, nothing lost.
    const publicValue = [...doc.querySelectorAll('.fact')].find((f) => f.querySelector('dt')!.textContent === 'Public')!.querySelector('dd')!;
    expect(publicValue.querySelectorAll('br')).toHaveLength(1);
    expect(publicValue.textContent).toBe(MULTILINE.replace('\n', ''));
    const bars = doc.querySelectorAll('svg rect.bar');
    expect([...bars].map((b) => b.getAttribute('width'))).toEqual(['640', '320', '2']);
  });

  it('the rapport of the fixture séance: every section, the starred verbatims, the plan d’actions without a forced page', () => {
    const doc = real();
    expectWellFormed(doc);
    const sections = [...doc.querySelectorAll('main > section > h2')].map((h) => h.textContent);
    expect(sections).toEqual(REPORT_HEADINGS);
    const starred = [...doc.querySelectorAll('figure.quote')].map((q) => `${q.querySelector('blockquote')!.textContent} ${q.querySelector('figcaption')?.textContent ?? ''}`);
    expect(starred).toContain('«\u00a0L’agent m’a très bien reçue, avec le sourire.\u00a0» — Alice');
    const actions = [...doc.querySelectorAll('section')].find((s) => s.querySelector('h2')!.textContent === 'Plan d’actions')!;
    expect(actions.classList.contains('page-break')).toBe(false);
    const synthesis = [...doc.querySelectorAll('section')].find((s) => s.querySelector('h2')!.textContent === 'Principaux enseignements')!;
    expect(synthesis.children[1]!.classList.contains('synthesis')).toBe(true);
    expect(doc.querySelector('footer')?.textContent).toMatch(/Cercle/);
  });
});
