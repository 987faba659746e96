// The Word export: every block kind lands in document.xml as Word would show it, hostile text stays valid XML.
import { beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from '../../src/report/docx';
import type { ReportDocument } from '../../src/report/document';
import { buildReport } from '../../src/report/build';
import { reportOutline, restitutionOutline } from '../../src/report/outline';
import { loadTexts, translator } from '../../src/i18n';
import { documentFor, modelFor } from '../../src/report/audience';
import { REPORT_AT, followedSeance, reportSeance } from '../reportFixture';
import { openDocx, paragraphs, tables, xmlProblem } from './docx-helpers';

// The report's texts load with its screens in the app (loadTexts); these tests load them once.
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const FR_WORDS = { page: 'Page', of: 'sur', author: 'Cercle — comités d’écoute' };
const NBSP = '\u00a0';

function everyBlock(lang = 'fr'): ReportDocument {
  return {
    lang,
    title: 'Rapport de synthèse — Accueil',
    subtitle: 'Comité d’écoute du lundi 23 novembre 2026',
    footer: 'Rapport établi avec Cercle le 23/11/2026.',
    sections: [
      { key: null, heading: 'La séance', synthesis: '', blocks: [{ type: 'facts', rows: [{ label: 'Lieu', value: 'Salle du conseil' }, { label: 'Public', value: 'Usagers' }] }] },
      {
        key: 'learnings',
        heading: 'Principaux enseignements',
        synthesis: 'Première ligne\nDeuxième ligne',
        blocks: [
          { type: 'paragraph', text: '13 verbatims', tone: 'muted' },
          { type: 'paragraph', text: 'Un paragraphe ordinaire.' },
          { type: 'heading', text: 'Verbatims clés' },
          { type: 'quote', text: 'Merci de nous avoir écoutés.', by: 'Alice' },
          { type: 'quote', text: 'Sans nom.', by: '' },
          { type: 'list', items: ['Premier point', 'Second point'] },
        ],
      },
      {
        key: 'conduct',
        heading: 'Déroulement',
        synthesis: '',
        blocks: [
          { type: 'table', caption: 'Temps par phase', head: ['Phase', 'Prévu'], rows: [['1. Accueil', '10 min'], ['2. Attentes', '15 min']], foot: ['Total', '25 min'], align: ['start', 'end'] },
          {
            type: 'bars',
            caption: 'Temps de parole',
            bars: [
              { label: 'Alice', value: 600, display: '10 min' },
              { label: 'Bruno', value: 300, display: '5 min' },
              { label: 'Driss', value: 0, display: '0 min' },
              { label: 'Animateur', value: 300, display: '5 min', muted: true },
            ],
          },
        ],
      },
      {
        key: 'views',
        heading: 'Avis positifs et négatifs',
        synthesis: '',
        blocks: [
          {
            type: 'columns',
            columns: [
              { heading: 'Ce qui va bien', blocks: [{ type: 'heading', text: 'Accueil' }, { type: 'list', items: ['Sourire'] }] },
              { heading: 'Ce qui gêne', blocks: [{ type: 'list', items: ['Attente debout'] }] },
            ],
          },
        ],
      },
      { key: 'actions', heading: 'Plan d’actions', synthesis: '', pageBreakBefore: true, blocks: [{ type: 'heading', text: 'Action 2 — Ouvrir le samedi' }, { type: 'facts', rows: [{ label: 'Pilote', value: 'Services techniques' }] }] },
    ],
  };
}

async function render(doc: ReportDocument, words = FR_WORDS) {
  const parts = await openDocx(await renderDocx(doc, words));
  const body = parts['word/document.xml'] ?? '';
  return { parts, body, paras: paragraphs(body), tables: tables(body) };
}

const withStyle = (paras: { style: string; text: string }[], style: string) => paras.filter((p) => p.style === style).map((p) => p.text);

describe('the XML check used below', () => {
  test('finds what Word would refuse', () => {
    expect(xmlProblem('<a><b x="1"/>Tom &amp; Jerry</a>')).toBeNull();
    expect(xmlProblem('<a>Tom & Jerry</a>')).not.toBeNull();
    expect(xmlProblem('<a>1 < 2</a>')).not.toBeNull();
    expect(xmlProblem('<a>bip\u0001</a>')).not.toBeNull();
    expect(xmlProblem('<a><b></a>')).not.toBeNull();
  });
});

describe('renderDocx', () => {
  test('is a Word file: A4, French, Arial, with its footer and page numbers', async () => {
    const blob = await renderDocx(everyBlock(), FR_WORDS);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { parts, body } = await render(everyBlock());
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblem(xml), name).toBeNull();
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="fr-FR"/>');
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>.*w:ascii="Arial"/);
    const footer = paragraphs(parts['word/footer1.xml'] ?? '').map((p) => p.text);
    expect(footer).toEqual(['Rapport établi avec Cercle le 23/11/2026.', 'Page  sur ']);
    expect(parts['word/footer1.xml']).toMatch(/PAGE<\/w:instrText>[\s\S]*NUMPAGES<\/w:instrText>/);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Rapport de synthèse — Accueil</dc:title>');
    // Word's « Auteur » and « Modifié par »: in French, never docx's « Un-named ».
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Cercle — comités d’écoute</dc:creator>');
    expect(parts['docProps/core.xml']).toContain('<cp:lastModifiedBy>Cercle — comités d’écoute</cp:lastModifiedBy>');
  });

  test('titles and section headings are Word headings, nested blocks one level down', async () => {
    const { paras } = await render(everyBlock());
    expect(withStyle(paras, 'Title')).toEqual(['Rapport de synthèse — Accueil']);
    expect(withStyle(paras, 'Subtitle')).toEqual(['Comité d’écoute du lundi 23 novembre 2026']);
    expect(withStyle(paras, 'Heading1')).toEqual(['La séance', 'Principaux enseignements', 'Déroulement', 'Avis positifs et négatifs', 'Plan d’actions']);
    expect(withStyle(paras, 'Heading2')).toEqual(['Verbatims clés', 'Ce qui va bien', 'Ce qui gêne', 'Action 2 — Ouvrir le samedi']);
    expect(withStyle(paras, 'Heading3')).toEqual(['Accueil']);
    expect(paras.filter((p) => p.pageBreakBefore).map((p) => p.text)).toEqual(['Plan d’actions']);
  });

  test('a list typed in a synthesis is a Word list: bullets for « - », numbers kept for « 1. »', async () => {
    const doc = everyBlock();
    doc.sections[1] = { ...doc.sections[1]!, synthesis: 'Constats :\n- l’attente\n- les chaises\n\n1. Ouvrir le samedi\n2. Afficher l’attente' };
    const { paras } = await render(doc);
    // Between the section's heading and its own blocks; Word puts bulleted items in its « List Paragraph » style.
    const from = paras.findIndex((p) => p.text === 'Principaux enseignements') + 1;
    const synthesis = paras.slice(from, paras.findIndex((p) => p.text === '13 verbatims'));
    expect(synthesis.map((p) => [p.text, Boolean(p.bullet)])).toEqual([
      ['Constats :', false],
      ['l’attente', true],
      ['les chaises', true],
      ['1.\tOuvrir le samedi', false],
      ['2.\tAfficher l’attente', false],
    ]);
  });

  test('synthesis, notes, quotes and lists keep their text and their look', async () => {
    const { paras } = await render(everyBlock());
    expect(withStyle(paras, 'Synthese')).toEqual(['Première ligne\nDeuxième ligne']);
    expect(withStyle(paras, 'Muted')).toEqual(['13 verbatims']);
    expect(withStyle(paras, '')).toContain('Un paragraphe ordinaire.');
    expect(withStyle(paras, 'Quote')).toEqual([`«${NBSP}Merci de nous avoir écoutés.${NBSP}» — Alice`, `«${NBSP}Sans nom.${NBSP}»`]);
    expect(paras.filter((p) => p.bullet).map((p) => p.text)).toEqual(['Premier point', 'Second point', 'Sourire', 'Attente debout']);
  });

  test('facts, tables and bars become Word tables', async () => {
    const { tables: [facts, phases, bars, actionFacts] } = await render(everyBlock());
    expect(facts!.map((r) => r.cells.map((c) => [c.text, c.bold]))).toEqual([
      [['Lieu', true], ['Salle du conseil', false]],
      [['Public', true], ['Usagers', false]],
    ]);
    expect(phases!.map((r) => r.cells.map((c) => c.text))).toEqual([['Phase', 'Prévu'], ['1. Accueil', '10 min'], ['2. Attentes', '15 min'], ['Total', '25 min']]);
    // The head row repeats on every page; the "end" column is right-aligned.
    expect(phases!.map((r) => r.header)).toEqual([true, false, false, false]);
    expect(phases![1]!.cells.map((c) => c.right)).toEqual([false, true]);
    expect(bars!.map((r) => [r.cells[0]!.text, r.cells[1]!.text.length, r.cells[2]!.text])).toEqual([
      ['Alice', 16, '10 min'],
      ['Bruno', 8, '5 min'],
      ['Driss', 0, '0 min'],
      ['Animateur', 8, '5 min'],
    ]);
    expect(bars![0]!.cells[1]!.text).toMatch(/^█+$/);
    expect(actionFacts![0]!.cells.map((c) => c.text)).toEqual(['Pilote', 'Services techniques']);
  });

  test('an English document is tagged en-GB and quoted with English marks', async () => {
    const { parts, paras } = await render(everyBlock('en'), { page: 'Page', of: 'of', author: 'Cercle — listening committees' });
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
    expect(withStyle(paras, 'Quote')[0]).toBe('“Merci de nous avoir écoutés.” — Alice');
    expect(paragraphs(parts['word/footer1.xml'] ?? '')[1]!.text).toBe('Page  of ');
  });

  test('&, <, > and control characters typed anywhere leave valid XML', async () => {
    const hostile = 'Tom & Jerry <b>gras</b> > fin\u0001\u000b\u0000\uFFFF';
    const shown = 'Tom & Jerry <b>gras</b> > fin';
    const doc = everyBlock();
    doc.title = hostile;
    doc.footer = hostile;
    doc.sections[1]!.synthesis = hostile;
    doc.sections[1]!.blocks.push({ type: 'quote', text: hostile, by: hostile }, { type: 'list', items: [hostile] });
    doc.sections[2]!.blocks.push({ type: 'table', caption: hostile, head: [hostile], rows: [[hostile]] });
    const { parts, paras, tables: all } = await render(doc);
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblem(xml), name).toBeNull();
    expect(withStyle(paras, 'Title')).toEqual([shown]);
    expect(withStyle(paras, 'Synthese')).toEqual([shown]);
    expect(withStyle(paras, 'Quote')).toContain(`«${NBSP}${shown}${NBSP}» — ${shown}`);
    expect(paras.filter((p) => p.bullet).map((p) => p.text)).toContain(shown);
    // Tables in order: the header's facts, phases, bars, then the hostile one.
    expect(all[3]!.map((r) => r.cells.map((c) => c.text))).toEqual([[shown], [shown]]);
    expect(paragraphs(parts['word/footer1.xml'] ?? '')[0]!.text).toBe(shown);
  });
});

describe('the real report of a séance', () => {
  const t = translator('fr');
  const roleLabels = { animateur: 'l’animateur', secretaire: 'le secrétaire', superviseur: 'le superviseur' };
  const model = (anonymised: boolean) => buildReport(reportSeance(), { anonymised, now: REPORT_AT, roleLabels });
  const outline = (anonymised: boolean) => reportOutline(model(anonymised), t, 'fr-FR');

  test('carries the title, every section heading, the starred verbatims and the tables', async () => {
    const doc = outline(false);
    const { parts, paras, tables: all } = await render(doc);
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblem(xml), name).toBeNull();
    expect(withStyle(paras, 'Title')).toEqual([doc.title]);
    expect(withStyle(paras, 'Heading1')).toEqual(doc.sections.map((s) => s.heading));
    expect(withStyle(paras, 'Quote')).toContain(`«${NBSP}L’agent m’a très bien reçue, avec le sourire.${NBSP}» — Alice`);
    expect(withStyle(paras, 'Synthese')).toContain('Alice et Bruno ont surtout parlé de l’attente et des horaires.');
    // En bref alone on page 1, the annexes from a new page; no forced page before the plan d'actions (it left
    // most of page 5 blank): its heading keeps with its first fiche.
    expect(paras.filter((p) => p.pageBreakBefore).map((p) => p.text)).toEqual(['La séance', 'Annexe 1 — Questions du guide d’animation']);
    expect(paras.find((p) => p.text === 'Plan d’actions')!.keepNext).toBe(true);
    // Each fiche moves whole: every row of its facts but the last keeps with the next one.
    const fiche = all.find((rows) => rows.some((r) => r.cells[0]!.text === 'Problématique identifiée'))!;
    expect(fiche.map((r) => r.cells.every((c) => c.keepNext))).toEqual(fiche.map((_, i) => i < fiche.length - 1));
    const phaseTable = all.find((rows) => rows[0]!.cells[0]!.text === 'Phase')!;
    expect(phaseTable[0]!.header).toBe(true);
    expect(phaseTable.length).toBe(1 + 5 + 1);
  });

  test('anonymised, it names nobody and says P1', async () => {
    const names = ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Fanny', 'Claire Martin', 'Hugo Petit', 'Nadia Roux'];
    for (const doc of [outline(true), restitutionOutline(model(true), t, 'fr-FR')]) {
      const { parts } = await render(doc);
      // Every part, the file's properties included; a boolean keeps a failure's message short.
      const everything = Object.values(parts).join('\n');
      for (const name of names) expect(everything.includes(name), `${doc.title} names ${name}`).toBe(false);
    }
    const { body } = await render(outline(true));
    expect(body).toContain('P1');
  });

  test('« Ce qui a changé » in Word: its three parts as headings, the statuses in words, no name and no P-number in any part', async () => {
    const view = { audience: 'changes', anonymised: true } as const;
    const doc = documentFor(modelFor(followedSeance(), view, REPORT_AT, t), view, t, 'fr-FR');
    const { parts, paras } = await render(doc);
    for (const [name, xml] of Object.entries(parts)) expect(xmlProblem(xml), name).toBeNull();
    expect(withStyle(paras, 'Heading1')).toEqual(['Vous nous aviez dit…', 'Ce que nous avons fait', 'Ce qui reste à faire']);
    expect(paras.map((p) => p.text).join('\n')).toContain('Dix chaises et un écran — Terminée le 10 janvier 2027');
    const everything = Object.values(parts).join('\n');
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Claire Martin', 'Hugo Petit', 'Nadia Roux']) expect(everything.includes(name), name).toBe(false);
    expect(/\bP\d\b/.test(paras.map((p) => p.text).join('\n'))).toBe(false);
  });
});
