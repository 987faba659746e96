// The HTML report: a whole self-contained file, every text escaped, print rules, and the real rapport in it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { buildReport } from '../../src/report/build';
import type { ReportDocument } from '../../src/report/document';
import { renderHtml } from '../../src/report/html';
import { escapeHtml } from '../../src/report/htmlEscape';
import { reportOutline, restitutionOutline } from '../../src/report/outline';
import { REPORT_AT, REPORT_HEADINGS, reportSeance } from '../reportFixture';
import { handDoc, IMG, MULTILINE, SCRIPT } from './report-handDoc';

// The report's texts load with its screens in the app (loadTexts); these tests load them once.
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const t = translator('fr');
const fullReport = (anonymised = false) => renderHtml(reportOutline(buildReport(reportSeance(), { anonymised, now: REPORT_AT }), t, 'fr-FR'));

const ALLOWED_TAGS = new Set(
  'html head meta title style body header footer h1 h2 h3 h4 p main section div dl dt dd br ul li figure blockquote figcaption table caption thead tbody tfoot tr th td svg g text rect'.split(' '),
);
const ALLOWED_ATTRIBUTES = new Set('lang charset name content class id aria-labelledby aria-label scope role viewBox width height x y rx text-anchor data-label'.split(' '));

/** Every tag of the file (the stylesheet holds no `<`): what a browser would build, without a browser. */
function tags(html: string): { name: string; attributes: string[] }[] {
  const body = html.replace(/^<!doctype html>/, '');
  const found = [...body.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)];
  return found.map((m) => ({ name: m[1]!.toLowerCase(), attributes: [...m[2]!.matchAll(/([^\s=]+)=(?:"[^"]*"|'[^']*'|\S+)/g)].map((a) => a[1]!) }));
}

/**
 * Things that would make the file fetch something, run something, or leave the page. `src=` may be
 * shown as text (an escaped hostile verbatim), so documents that hold one check the tags instead.
 */
function expectInert(html: string, shownAsText: string[] = []): void {
  const needles = ['http://', 'https://', 'src=', 'href=', '<link', '<script', '<img', 'url(', '@import', 'javascript:'];
  for (const needle of needles.filter((n) => !shownAsText.includes(n))) {
    expect(html, needle).not.toContain(needle);
  }
  for (const tag of tags(html)) {
    expect(ALLOWED_TAGS, `<${tag.name}>`).toContain(tag.name);
    for (const a of tag.attributes) expect(ALLOWED_ATTRIBUTES, `${tag.name} ${a}`).toContain(a);
  }
}

describe('renderHtml on a hand-built document', () => {
  const html = renderHtml(handDoc());

  it('is a whole HTML5 file in the document’s language, with its title and one stylesheet', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Rapport de synthèse — Accueil &amp; « horaires »</title>');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(renderHtml(handDoc({ lang: 'en' }))).toContain('<html lang="en">');
  });

  it('prints on A4, keeps quotes and rows whole, and starts the plan d’actions on a new page', () => {
    expect(html).toMatch(/@page\s*{[^}]*size: A4/);
    expect(html).toMatch(/break-inside: avoid/);
    expect(html).toMatch(/\.page-break\s*{\s*break-before: page/);
    expect(html).toMatch(/h1, h2, h3, h4 {[^}]*break-after: avoid/);
    expect(html).toMatch(/<section class="section page-break" aria-labelledby="section-5">\n<h2 id="section-5">Plan d’actions<\/h2>/);
    expect(html.match(/page-break"/g)).toHaveLength(1);
  });

  it('leaves hostile text inert: shown as typed, never as markup', () => {
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Bruno &lt;b&gt;');
    // The only tags are the renderer's own, with the renderer's own attributes.
    for (const tag of tags(html)) {
      expect(ALLOWED_TAGS, `<${tag.name}>`).toContain(tag.name);
      for (const a of tag.attributes) expect(ALLOWED_ATTRIBUTES, `${tag.name} ${a}`).toContain(a);
    }
  });

  it.each([
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['&', '&amp;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['Élodie’s « ok »', 'Élodie’s « ok »'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });

  it('turns typed line breaks into <br> and a blank line into a new paragraph', () => {
    expect(html).toContain('<dd>Première ligne<br>seconde ligne</dd>');
    expect(html).toContain('<div class="synthesis">\n<p>Synthèse écrite par la secrétaire.<br>Deuxième ligne.</p>\n<p>Second paragraphe.</p>\n</div>');
    expect(html).not.toContain(MULTILINE);
  });

  it('renders the lists typed in a synthesis as lists', () => {
    const doc = handDoc();
    doc.sections[0] = { ...doc.sections[0]!, synthesis: 'Constats :\n- l’attente\n- les chaises\n\n1. Ouvrir le samedi\n2. Afficher l’attente' };
    expect(renderHtml(doc)).toContain(
      '<div class="synthesis">\n<p>Constats :</p>\n<ul>\n<li>l’attente</li>\n<li>les chaises</li>\n</ul>\n<ol>\n<li>Ouvrir le samedi</li>\n<li>Afficher l’attente</li>\n</ol>\n</div>',
    );
  });

  it('prints the synthesis before the section’s own blocks, and the footer last', () => {
    const synthesis = html.indexOf('Synthèse écrite par la secrétaire.');
    expect(synthesis).toBeGreaterThan(html.indexOf('<h2 id="section-2">Principaux enseignements</h2>'));
    expect(synthesis).toBeLessThan(html.indexOf('13 verbatims, 1 note'));
    expect(html).toContain('<p class="muted">13 verbatims, 1 note</p>');
    expect(html.indexOf('Rapport généré par Cercle')).toBeGreaterThan(html.lastIndexOf('</section>'));
    expect(html).toContain('<footer class="doc-footer"><p>Rapport généré par Cercle le 23 novembre 2026 à 16:00.</p></footer>');
  });

  it('puts headings in order: h1 title, h2 sections, h3 inside a section, h4 inside a column', () => {
    const levels = [...html.matchAll(/<h([1-4])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(html).toContain('<h3>Verbatims marqués</h3>');
    expect(html).toContain('<h3>Points positifs</h3>');
    expect(html).toContain('<h4>Sous-titre positif</h4>');
  });

  it('shows a quote with who said it, and without anyone when `by` is empty', () => {
    // In guillemets (and italics, by the style), so an unattributed quote does not read as the service's own words.
    expect(html).toContain('<figure class="quote"><blockquote><p>«\u00a0L’agent m’a très bien reçue.\u00a0»</p></blockquote><figcaption>— Alice</figcaption></figure>');
    expect(html).toContain(`<figure class="quote"><blockquote><p>«\u00a0${escapeHtml(IMG)}\u00a0»</p></blockquote></figure>`);
    expect(html).toMatch(/\.quote blockquote \{[^}]*font-style: italic/);
    expect(renderHtml(handDoc({ lang: 'en' }))).toContain('<blockquote><p>“L’agent m’a très bien reçue.”</p></blockquote>');
  });

  it('writes a real table: caption, column and row headers, numbers aligned right, totals in tfoot', () => {
    expect(html).toContain('<caption>Temps par phase</caption>');
    expect(html).toContain('<thead><tr><th scope="col">Phase</th><th scope="col" class="end">Prévu</th><th scope="col" class="end">Réel</th></tr></thead>');
    // Each body cell names its column, shown before it on a phone where the rows stack as cards.
    expect(html).toContain('<tr><th scope="row" data-label="Phase\u00a0: ">1. Présentation</th><td class="end" data-label="Prévu\u00a0: ">10 min</td><td class="end" data-label="Réel\u00a0: ">12 min</td></tr>');
    expect(html).toContain('<tfoot><tr><th scope="row" data-label="Phase\u00a0: ">Total</th><td class="end" data-label="Prévu\u00a0: ">2 h</td><td class="end" data-label="Réel\u00a0: ">1 h 55 min</td></tr></tfoot>');
  });

  it('draws bars as an accessible SVG, lengths in proportion, value printed', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Temps de parole. Alice, 6 min · 30 %. Bruno &lt;b&gt;, 3 min · 15 %. l’animateur, 0 min · 0 %"');
    expect(svg).toContain('<title>Temps de parole</title>');
    const widths = [...svg.matchAll(/<rect class="bar(?: bar-muted)?" x="0" y="\d+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([640, 320, 2]);
    expect(svg).toContain('class="bar bar-muted"');
    expect(svg).toContain('>6 min · 30 %</text>');
  });

  it('sets columns side by side, one under the other on a narrow screen', () => {
    expect(html).toMatch(/<div class="columns">\n<div class="column">\n<h3>Points positifs<\/h3>/);
    expect(html).toMatch(/@media \(max-width: 40rem\) {[^@]*\.columns { grid-template-columns: 1fr; }/);
  });

  it('makes no request and runs nothing', () => {
    expectInert(html, ['src=', 'javascript:']);
  });

  it('drops an empty subtitle and an empty list rather than printing empty boxes', () => {
    const bare: ReportDocument = { ...handDoc(), subtitle: '', sections: [{ key: null, heading: 'Vide', synthesis: '  ', blocks: [{ type: 'list', items: [] }] }] };
    const out = renderHtml(bare);
    expect(out).not.toContain('class="subtitle"');
    expect(out).not.toContain('<ul>');
    expect(out).not.toContain('class="synthesis"');
  });
});

describe('renderHtml on the real rapport of the fixture séance', () => {
  it('holds every section, the starred verbatims with their speaker and the secrétaire’s synthesis', () => {
    const html = fullReport();
    expect([...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(REPORT_HEADINGS);
    expect(html).toContain('<blockquote><p>«\u00a0L’agent m’a très bien reçue, avec le sourire.\u00a0»</p></blockquote><figcaption>— Alice</figcaption>');
    expect(html).toContain('Alice et Bruno ont surtout parlé de l’attente et des horaires.');
    expect(html).toMatch(/<section class="section"[^>]*>\n<h2[^>]*>Plan d’actions<\/h2>/);
    expect(html).toContain('Élargir les horaires');
    expect(html).toMatch(/<svg class="bars" role="img"/);
    expectInert(html);
  });

  it('anonymised, names no participant; the restitution attributes no quote', () => {
    const html = fullReport(true);
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Hugo Petit', 'Nadia Roux']) expect(html).not.toContain(name);
    expect(html).toContain('P1');
    const restitution = renderHtml(restitutionOutline(buildReport(reportSeance(), { anonymised: true, now: REPORT_AT }), t, 'fr-FR'));
    expect(restitution).toContain('L’agent m’a très bien reçue, avec le sourire.');
    expect(restitution).not.toContain('<figcaption>');
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma']) expect(restitution).not.toContain(name);
    expectInert(restitution);
  });
});
