// The consolidated report of a démarche: its sections in order, quotes attributed to a public and a séance, the ranking rule, no name in any rendering, 0 and 1 séance.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, loadTexts, translator } from '../../src/i18n';
import { consolidatedReport } from '../../src/report/consolidated';
import { namelessDemarche } from '../../src/report/consolidatedInput';
import { distinctLabels } from '../../src/report/qdpxText';
import type { Block, ReportDocument } from '../../src/report/document';
import { demarcheReportFileName } from '../../src/format/fileName';
import { renderDocx } from '../../src/report/docx';
import { renderHtml } from '../../src/report/html';
import { renderMarkdown } from '../../src/report/markdown';
import { CONSOLIDATED_NAMES, consolidatedDemarche } from '../consolidatedFixture';
import { openDocx, paragraphText, xmlProblem } from './docx-helpers';

beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report'), loadTexts('consolidation')]));

const NOW = Date.UTC(2027, 0, 20, 10);
const fr = () => consolidatedReport(consolidatedDemarche(), { t: translator('fr'), intl: 'fr-FR', now: NOW });

/** Every text of a document, blocks inside columns included. */
function texts(doc: ReportDocument): string[] {
  const of = (b: Block): string[] => {
    switch (b.type) {
      case 'facts':
        return b.rows.flatMap((r) => [r.label, r.value]);
      case 'paragraph':
      case 'heading':
        return [b.text];
      case 'list':
        return b.items;
      case 'quote':
        return [b.text, b.by];
      case 'table':
        return [b.caption, ...b.head, ...b.rows.flat()];
      case 'bars':
        return b.bars.map((x) => x.label);
      case 'columns':
        return b.columns.flatMap((c) => [c.heading, ...c.blocks.flatMap(of)]);
    }
  };
  return [doc.title, doc.subtitle, doc.footer, ...doc.sections.flatMap((s) => [s.heading, s.synthesis, ...s.blocks.flatMap(of)])];
}

const quotes = (doc: ReportDocument) =>
  doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'columns' ? b.columns.flatMap((c) => c.blocks) : [b]))).filter((b): b is Extract<Block, { type: 'quote' }> => b.type === 'quote');

/** A name as a whole word (« P1 » must not match « P10 », « Emma » must not match « Emmanuel »). */
const named = (text: string, name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(text);

describe('consolidatedReport', () => {
  it('gives En bref, then each theme, the regroupements not in a theme, the pistes ranked together and the séances in annex', () => {
    const doc = fr();
    expect(doc.title).toBe('Rapport consolidé — Accueil des usagers 2027');
    expect(doc.subtitle).toBe('Démarche du 1er décembre 2026 au 15 janvier 2027 — 3 séances');
    expect(doc.sections.map((s) => [s.heading, s.pageBreakBefore === true])).toEqual([
      ['En bref', false],
      ['Le temps d’attente', true],
      ['Les horaires', false],
      ['Regroupements hors thème', false],
      ['Pistes de toutes les séances', false],
      ['Annexe — les séances de la démarche', false],
    ]);
  });

  it('En bref says the period, the séances held, where and with which publics, the strongest themes, the pistes retained and where the actions stand', () => {
    const brief = fr().sections[0]!;
    const facts = brief.blocks.find((b) => b.type === 'facts')!;
    expect(facts.type === 'facts' && facts.rows.map((r) => `${r.label} : ${r.value}`)).toEqual([
      'Démarche : Accueil des usagers 2027',
      'Thématique : Accueil au guichet',
      'Engagements Services Publics + : Courtoisie, bienveillance et droit à l’erreur',
      'Période : du 1er décembre 2026 au 15 janvier 2027',
      'Séances tenues : 3 séances, 5 participants',
      'Lieux : Lyon, Villeurbanne',
      'Publics entendus : Usagers (2 séances), Agents (1 séance)',
    ]);
    const lists = brief.blocks.filter((b) => b.type === 'list').map((b) => (b.type === 'list' ? b.items : []));
    expect(lists).toEqual([
      ['Le temps d’attente\u202f: 3 post-its, 2 séances (Usagers, Agents)', 'Les horaires\u202f: 1 post-it, 1 séance (Usagers)'],
      // The secrétaires' first lines, said as theirs (not the group's words); names replaced as the restitution does
      // (« Deux participants »), a role name by the role in a sentence (« dit le secrétaire », never « dit Secrétaire »).
      ['Deux participants trouvent l’attente trop longue, dit le secrétaire. — Synthèse du secrétaire, séance de Lyon, usagers', 'Un participant voudrait des horaires du soir. — Synthèse du secrétaire, séance de Villeurbanne'],
      ['Ouvrir le samedi matin (séance de Lyon, usagers)'],
    ]);
    expect(brief.blocks.at(-1)).toEqual({ type: 'paragraph', text: 'Où en sont les actions\u202f: 1 en cours.' });
  });

  it('shows each theme per public side by side, quotes attributed « Usager, séance de Lyon », never a name nor a P-number', () => {
    const theme = fr().sections[1]!;
    const columns = theme.blocks.find((b) => b.type === 'columns')!;
    expect(columns.type === 'columns' && columns.columns.map((c) => c.heading)).toEqual(['Usagers', 'Agents']);
    expect(quotes(fr()).map((q) => `${q.text} — ${q.by}`)).toEqual([
      'Un participant attend trois quarts d’heure au guichet, comme un participant. — Usager, séance de Lyon',
      'Le samedi matin m’arrangerait. — Usager, séance de Lyon',
      // A name from another séance (Alice spoke in the usagers' séance) is replaced too.
      'Le guichet est saturé le lundi ; un participant l’a dit aussi. — Agent, séance de Lyon',
      'Je viens le soir après le travail, un participant aussi. — Usager, séance de Villeurbanne',
    ]);
    const empty = fr().sections[2]!.blocks.find((b) => b.type === 'columns')!;
    expect(empty.type === 'columns' && empty.columns[1]).toEqual({ heading: 'Agents', blocks: [{ type: 'paragraph', text: 'Rien sur ce thème.', tone: 'muted' }] });
    // The usagers of Lyon and their agents' mirror share a place: where no public is said, it tells them apart.
    expect(fr().sections[3]!.blocks).toEqual([{ type: 'list', items: ['Divers selon un participant (séance de Lyon, usagers)\u202f: 1 post-it'] }]);
  });

  it('states the ranking rule before the pistes, each with its share, its séance and its fiches action with their status', () => {
    const pistes = fr().sections[4]!;
    const said = pistes.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(said[0]).toMatch(/^Les pistes de toutes les séances sont classées ensemble selon leur part des votes de leur séance/);
    expect(said[1]).toMatch(/^Une séance n’a pas voté\s: ses pistes ont une part nulle et viennent en dernier\.$/);
    const table = pistes.blocks.find((b) => b.type === 'table')!;
    expect(table.type === 'table' && table.rows).toEqual([
      // Its séance and whether the group validated it under its title: four columns read on a portrait tablet.
      ['1', 'Ouvrir le samedi matin\nSéance de Lyon · Usagers\nValidée avec le groupe', '75\u00a0%\n3 points sur 4 posés dans sa séance', 'Fiche action n°\u00a01 — Ouvrir le samedi matin\u202f: En cours depuis le 10 décembre 2026'],
      ['2', 'Afficher le temps d’attente\nSéance de Lyon · Usagers', '25\u00a0%\n1 point sur 4 posés dans sa séance', ''],
      ['3', 'Ouvrir jusqu’à 19 h\nSéance de Villeurbanne · Usagers', 'Pas de vote dans sa séance', ''],
    ]);
  });

  it('lists the séances in annex: date in French, place, public, participants', () => {
    const annex = fr().sections[5]!.blocks[0]!;
    expect(annex.type === 'table' && annex.rows).toEqual([
      ['1er décembre 2026', 'Lyon', 'Usagers', '2'],
      ['8 décembre 2026', 'Villeurbanne', 'Usagers', '2'],
      ['15 décembre 2026', 'Lyon', 'Agents', '1'],
    ]);
  });

  it('names nobody anywhere in the document: participants, roles, the pilote, not even a P-number', () => {
    for (const text of texts(fr())) for (const name of CONSOLIDATED_NAMES) expect(named(text, name), `${name} in « ${text} »`).toBe(false);
  });

  it('names nobody in the HTML, Markdown and Word files either', async () => {
    const doc = fr();
    const html = renderHtml(doc);
    const md = renderMarkdown(doc);
    const files = await openDocx(await renderDocx(doc, { page: 'Page', of: 'sur', author: 'Cercle' }));
    const word = paragraphText(files['word/document.xml']!);
    expect(xmlProblem(files['word/document.xml']!)).toBeNull();
    for (const [what, text] of [['html', html], ['md', md], ['docx', word]] as const) {
      expect(text, what).toContain('Usager, séance de Lyon');
      expect(text, what).toContain('Ouvrir le samedi matin');
      for (const name of CONSOLIDATED_NAMES) expect(named(text, name), `${name} in ${what}`).toBe(false);
    }
    expect(html).toContain('<h2 id="section-6">Annexe — les séances de la démarche</h2>');
    expect(md).toContain('| 1er décembre 2026 | Lyon | Usagers | 2 |');
  });

  it('renders a démarche with no séance, and with one séance and no theme', () => {
    const { demarche } = consolidatedDemarche();
    const none = consolidatedReport({ demarche: { ...demarche, periodStart: '', periodEnd: '' }, themes: [], links: [], seances: [] }, { t: translator('fr'), intl: 'fr-FR', now: NOW });
    expect(none.subtitle).toBe('Démarche période non fixée — aucune séance');
    expect(texts(none)).toContain('Aucune séance n’est rattachée à cette démarche.');
    expect(texts(none)).toContain('Aucune piste d’amélioration dans les séances.');
    expect(renderMarkdown(none)).toContain('Aucun regroupement de post-its dans les séances pour l’instant.');

    const one = consolidatedDemarche();
    const doc = consolidatedReport({ ...one, themes: [], links: [], seances: [one.seances[0]!] }, { t: translator('fr'), intl: 'fr-FR', now: NOW });
    expect(doc.sections.map((s) => s.heading)).toEqual(['En bref', 'Thèmes consolidés', 'Regroupements hors thème', 'Pistes de toutes les séances', 'Annexe — les séances de la démarche']);
    // Without themes, the strongest points are the largest regroupements.
    expect(doc.sections[0]!.blocks).toContainEqual({ type: 'list', items: ['Attente au guichet (séance de Lyon)\u202f: 2 post-its', 'Divers selon un participant (séance de Lyon)\u202f: 1 post-it'] });
  });

  it('words a role an anonymised file left in a text as French does, in every text of the report', () => {
    // A site's anonymised export already turned the secrétaire's name into « Secrétaire »: the report still reads « le secrétaire ».
    const d = consolidatedDemarche();
    d.seances[0]!.syntheses = d.seances[0]!.syntheses.map((x) => ({ ...x, text: '- Secrétaire note que l’accueil de Animateur rassure, dit Secrétaire.' }));
    const doc = consolidatedReport(d, { t: translator('fr'), intl: 'fr-FR', now: NOW });
    const lists = doc.sections[0]!.blocks.filter((b) => b.type === 'list').map((b) => (b.type === 'list' ? b.items : []));
    expect(lists[1]![0]).toBe('Le secrétaire note que l’accueil de l’animateur rassure, dit le secrétaire. — Synthèse du secrétaire, séance de Lyon, usagers');
    expect(texts(doc).join('\n')).not.toMatch(/(?<![.!?]\s|^)Secrétaire/m);
  });

  it('speaks English with the English texts', async () => {
    await loadLocale('en');
    const doc = consolidatedReport(consolidatedDemarche(), { t: translator('en'), intl: 'en-GB', now: NOW });
    expect(doc.lang).toBe('en');
    expect(doc.sections[0]!.heading).toBe('At a glance');
    expect(doc.subtitle).toBe('Démarche from 1 December 2026 to 15 January 2027 — 3 sessions');
    expect(quotes(doc)[0]!.by).toBe('User, session at Lyon');
  });
});

describe('demarcheReportFileName', () => {
  it('names the démarche’s report and analysis file after it, always anonymous', () => {
    expect(demarcheReportFileName({ title: 'Accueil des usagers 2027', what: 'rapport-consolide', extension: 'docx' })).toBe('cercle-demarche-accueil-des-usagers-2027-rapport-consolide-anonyme.docx');
    expect(demarcheReportFileName({ title: 'Écoute à Orléans !', what: 'analyse', extension: 'qdpx' })).toBe('cercle-demarche-ecoute-a-orleans-analyse-anonyme.qdpx');
    expect(demarcheReportFileName({ title: '', what: 'rapport-consolide', extension: 'md' })).toBe('cercle-demarche-rapport-consolide-anonyme.md');
  });
});

describe('namelessDemarche, asked again', () => {
  it('rewrites a démarche once for the report, its print title and its exports; a new read or another language makes it again', async () => {
    await loadLocale('en');
    const input = consolidatedDemarche();
    const fr = translator('fr');
    const first = namelessDemarche(input, fr);
    expect(namelessDemarche(input, fr)).toBe(first);
    // What a live read gives after a write is a new object: the names are looked for in it afresh.
    const changed = { ...input, demarche: { ...input.demarche, pilote: 'Marc Lenoir' } };
    expect(namelessDemarche(changed, fr)).not.toBe(first);
    expect(namelessDemarche(changed, fr).scrub('Voir avec Marc Lenoir')).not.toContain('Marc Lenoir');
    const en = namelessDemarche(input, translator('en'));
    expect(en).not.toBe(first);
    expect(en.scrub('Claire Martin a animé')).not.toBe(first.scrub('Claire Martin a animé'));
  });
});

describe('distinctLabels', () => {
  const t = translator('fr');
  type S = { place: string; pub: string; day: string };
  const apart = (list: S[]) => distinctLabels(list, (s) => `séance de ${s.place}`, [(s) => s.pub, (s) => s.day], t);
  it.each<[string, S[], string[]]>([
    ['alone at its place: bare', [{ place: 'Lyon', pub: 'usagers', day: '1er déc.' }, { place: 'Tours', pub: 'usagers', day: '1er déc.' }], ['séance de Lyon', 'séance de Tours']],
    ['a mirror: by public', [{ place: 'Lyon', pub: 'usagers', day: '1er déc.' }, { place: 'Lyon', pub: 'agents', day: '1er déc.' }], ['séance de Lyon, usagers', 'séance de Lyon, agents']],
    ['one public twice: by day', [{ place: 'Lyon', pub: 'usagers', day: '1er déc.' }, { place: 'Lyon', pub: 'usagers', day: '8 déc.' }], ['séance de Lyon, 1er déc.', 'séance de Lyon, 8 déc.']],
    [
      'a mirror and a second usagers séance: public, then day where the public is shared',
      [{ place: 'Lyon', pub: 'usagers', day: '1er déc.' }, { place: 'Lyon', pub: 'agents', day: '1er déc.' }, { place: 'Lyon', pub: 'usagers', day: '8 déc.' }],
      ['séance de Lyon, usagers, 1er déc.', 'séance de Lyon, agents', 'séance de Lyon, usagers, 8 déc.'],
    ],
    ['nothing tells them apart: left as they are', [{ place: 'Lyon', pub: 'usagers', day: '' }, { place: 'Lyon', pub: 'usagers', day: '' }], ['séance de Lyon', 'séance de Lyon']],
  ])('%s', (_name, list, expected) => {
    expect(apart(list)).toEqual(expected);
  });
});
