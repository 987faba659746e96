// The report as a document: sections in the method's order, French figures, and a restitution without names.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale, loadTexts, translator } from '../../src/i18n';
import { documentFor, modelFor } from '../../src/report/audience';
import { buildReport } from '../../src/report/build';
import type { Block, ReportDocument } from '../../src/report/document';
import { reportOutline, restitutionOutline } from '../../src/report/outline';
import { REPORT_AT, REPORT_HEADINGS, reportSeance } from '../reportFixture';

// The report's texts load with its screens in the app (loadTexts); these tests load them once.
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const fr = translator('fr');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const model = (anonymised = false) => buildReport(reportSeance(), { anonymised, now: REPORT_AT });
const full = (): ReportDocument => reportOutline(model(), fr, 'fr-FR');
const sectionOf = (doc: ReportDocument, heading: string) => doc.sections.find((s) => s.heading === heading)!;
const ofType = <T extends Block['type']>(blocks: readonly Block[], type: T) => blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

/** Every text of a document, flattened, to search for words that must (not) be there. */
function allText(doc: ReportDocument): string {
  return plain(JSON.stringify(doc));
}

describe('reportOutline — the full report', () => {
  it('opens on En bref, then follows the method: the séance, context, learnings, views, ideas, pistes, plan, next steps; the guide’s questions and the speaking times in annexes', () => {
    const doc = full();
    expect(doc.title).toBe('Rapport de synthèse — Accueil de la mairie');
    expect(plain(doc.subtitle)).toBe('Comité d’écoute du lundi 23 novembre 2026 — Salle du conseil');
    expect(doc.sections.map((s) => s.heading)).toEqual(REPORT_HEADINGS);
    expect(doc.sections.map((s) => s.key)).toEqual([null, null, 'context', 'learnings', 'views', 'ideas', 'tracks', 'actions', 'nextSteps', 'expectations', 'conduct']);
    // En bref alone on the first printed page, the annexes from a new one.
    expect(doc.sections.filter((s) => s.pageBreakBefore).map((s) => s.heading)).toEqual(['La séance', 'Annexe 1 — Questions du guide d’animation']);
  });

  it('puts the secrétaire’s text in its section', () => {
    const doc = full();
    expect(sectionOf(doc, 'Principaux enseignements').synthesis).toBe('Alice et Bruno ont surtout parlé de l’attente et des horaires.');
    expect(sectionOf(doc, 'Contexte et objectif').synthesis).toBe('');
  });

  it('states who, when and how many in the header, with plural words right', () => {
    const facts = ofType(sectionOf(full(), 'La séance').blocks, 'facts')[0]!.rows.map((r) => [r.label, plain(r.value)]);
    expect(facts).toContainEqual(['Date', 'lundi 23 novembre 2026 à 14:00']);
    expect(facts).toContainEqual(['Animateur', 'Claire Martin']);
    expect(facts).toContainEqual(['Participants', '4 participants, 4 consentements recueillis']);
    expect(facts).toContainEqual(['Profils', 'usager (3), actif (2), agent (1), retraité (1)']);
  });

  it('compares planned and actual time per phase in French durations, then speaking time per person', () => {
    const blocks = sectionOf(full(), 'Annexe 2 — Déroulement et temps de parole').blocks;
    const table = ofType(blocks, 'table')[0]!;
    expect(table.rows.map((r) => r.slice(1).map(plain))).toEqual([
      ['10 min', '10 min', '='],
      ['15 min', '20 min', '+5 min'],
      ['45 min', '40 min', '−5 min'],
      ['35 min', '30 min', '−5 min'],
      ['15 min', '15 min', '='],
    ]);
    expect(table.foot!.map(plain)).toEqual(['Total des phases', '2 h', '1 h 55 min', '−5 min']);
    // Hours and phases agree here: nothing to explain. The balance says what it measures.
    expect(ofType(blocks, 'paragraph')).toEqual([]);
    expect(ofType(blocks, 'list').flatMap((l) => l.items.map(plain))).toContainEqual(
      expect.stringMatching(/^Équilibre de la parole entre les participants : \d+ % \(100 % si chacun a parlé autant que les autres ; l’animateur n’est pas compté\)$/),
    );
    const bars = ofType(blocks, 'bars')[0]!.bars;
    expect(bars.map((b) => [b.label, plain(b.display), b.muted])).toEqual([
      ['Alice', '6 min · 38 % · 2 prises de parole', false],
      ['Bruno', '3 min · 19 % · 1 prise de parole', false],
      ['Chloé', '1 min · 6 % · 1 prise de parole', false],
      ['Driss', '0 min · 0 % · aucune prise de parole', false],
      ['Emma (parti en cours de séance)', '2 min · 13 % · 1 prise de parole', false],
      ['Animateur', '4 min · 25 % · 1 prise de parole', true],
    ]);
  });

  it('says where the minutes went when the séance ran longer than its phases (a pause between two)', () => {
    const input = reportSeance();
    input.session = { ...input.session, closedAt: input.session.closedAt! + 7 * 60_000 };
    const blocks = sectionOf(reportOutline(buildReport(input, { anonymised: false, now: REPORT_AT }), fr, 'fr-FR'), 'Annexe 2 — Déroulement et temps de parole').blocks;
    expect(ofType(blocks, 'paragraph').map((p) => plain(p.text))).toEqual([
      'Entre les phases (pauses, transitions) : 7 min, en plus du total des phases, compris dans les horaires de la séance.',
    ]);
  });

  it('quotes the starred verbatims with their speaker and counts the material', () => {
    const blocks = sectionOf(full(), 'Principaux enseignements').blocks;
    expect(plain((blocks[0] as { text: string }).text)).toBe('Matière recueillie : 13 verbatims, 1 observation du secrétaire, 8 post-its.');
    expect(ofType(blocks, 'quote').map((q) => q.by)).toEqual(['Alice', 'Alice', 'Bruno', 'Chloé']);
  });

  it('shows positive and negative views side by side', () => {
    const columns = ofType(sectionOf(full(), 'Avis positifs et négatifs').blocks, 'columns')[0]!.columns;
    expect(columns.map((c) => c.heading)).toEqual(['Avis positifs', 'Avis négatifs']);
    expect(ofType(columns[0]!.blocks, 'quote').map((q) => q.by)).toEqual(['Alice', 'Emma (parti en cours de séance)', 'Alice']);
    expect(ofType(columns[1]!.blocks, 'list')[0]!.items.map(plain)).toEqual(['Post-it : Pas de chaises', 'Post-it : Fermé trop tôt', 'Post-it : Dans un groupe supprimé']);
  });

  it('ranks the pistes in a table, ties said as such, with the fiches written for them', () => {
    const table = ofType(sectionOf(full(), 'Pistes d’amélioration').blocks, 'table')[0]!;
    expect(table.rows.map((r) => [r[0], r[1]!.split('\n')[0], r[2], r[3], plain(r[5]!)])).toEqual([
      ['1', 'Élargir les horaires', '4', 'Oui', 'n° 2'],
      ['2\u00a0ex\u00a0æquo', 'Installer des chaises et un écran d’attente', '2', 'Oui', 'n° 10'],
      ['2\u00a0ex\u00a0æquo', 'Rendez-vous en ligne', '2', 'Non', ''],
    ]);
  });

  it('prints each fiche action with every field of the method, gaps marked « à compléter », with no forced page before them', () => {
    const plan = sectionOf(full(), 'Plan d’actions');
    expect(plan.pageBreakBefore).toBeUndefined();
    expect(ofType(plan.blocks, 'heading').map((h) => plain(h.text))).toEqual(['Fiche action n° 2 — Ouvrir le samedi de 9 h à 12 h', 'Fiche action n° 10 — Dix chaises et un écran', 'Action sans numéro']);
    const first = ofType(plan.blocks, 'facts')[0]!.rows;
    expect(first).toHaveLength(12);
    expect(first).toContainEqual({ label: 'Engagements Services Publics +', value: 'à compléter' });
    expect(first).toContainEqual({ label: 'Fin prévue de l’action', value: '31 mars 2027' });
    expect(first).toContainEqual({ label: 'Objectif', value: 'à compléter' });
    expect(first).toContainEqual({ label: 'Piste d’amélioration', value: 'Élargir les horaires' });
  });

  it('quotes the wording of each Services Publics + engagement a fiche serves, one per line', () => {
    const input = reportSeance();
    input.actions = input.actions.map((a) => ({ ...a, engagements: ['joignabilite', 'avis'] }));
    const plan = sectionOf(reportOutline(buildReport(input, { anonymised: false, now: REPORT_AT }), fr, 'fr-FR'), 'Plan d’actions');
    expect(ofType(plan.blocks, 'facts')[0]!.rows).toContainEqual({
      label: 'Engagements Services Publics +',
      value: '«\u00a0Nous sommes joignables par téléphone ou sur place et nous facilitons vos démarches en ligne\u00a0»\n«\u00a0Vos avis sont pris en compte pour améliorer et simplifier nos démarches\u00a0»',
    });
  });

  it('does not mark questions « non posée » when the animateur never ticked any', () => {
    const input = reportSeance();
    input.phases = input.phases.map((p) => ({ ...p, prompts: p.prompts.map((q) => ({ ...q, askedAt: null })) }));
    const doc = reportOutline(buildReport(input, { anonymised: false, now: REPORT_AT }), fr, 'fr-FR');
    expect(allText(sectionOf(doc, 'Annexe 1 — Questions du guide d’animation') as unknown as ReportDocument)).not.toContain('non posée');
    expect(allText(sectionOf(full(), 'Annexe 1 — Questions du guide d’animation') as unknown as ReportDocument)).toContain('non posée');
  });

  it('marks « non posée » only in the phases where the animateur ticked some questions', () => {
    const input = reportSeance();
    input.phases = input.phases.map((p) => ({ ...p, prompts: p.prompts.map((q, i) => ({ ...q, askedAt: p.index === 2 && i === 0 ? REPORT_AT : null })) }));
    const section = sectionOf(reportOutline(buildReport(input, { anonymised: false, now: REPORT_AT }), fr, 'fr-FR'), 'Annexe 1 — Questions du guide d’animation');
    const lists = ofType(section.blocks, 'list').map((l) => l.items.map((item) => plain(item)));
    const phases = input.phases.filter((p) => p.prompts.length > 0);
    const marked = lists.map((items) => items.filter((text) => text.endsWith('(non posée)')).length);
    expect(marked).toEqual(phases.map((p) => (p.index === 2 ? p.prompts.length - 1 : 0)));
    expect(marked.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('says « 1 post-it » and « 1 participant » in the singular, with French spaces before colons', () => {
    const input = reportSeance();
    const [first, ...others] = input.participants;
    input.participants = [first!, ...others.map((p) => ({ ...p, deleted: true }))];
    input.cards = input.cards.filter((c) => c.text !== 'Écran avec le temps d’attente' && c.text !== 'Savoir combien de temps on attend');
    const model = buildReport(input, { anonymised: true, now: REPORT_AT });
    const ideas = reportOutline(model, fr, 'fr-FR').sections.find((s) => s.key === 'ideas')!;
    expect(ofType(ideas.blocks, 'heading')[0]!.text).toBe('Regroupement «\u00a0Attente\u00a0» (1 post-it)');
    expect(ofType(ideas.blocks, 'list')[0]!.items).toEqual(['Irritant\u00a0: Pas de chaises']);
    const thanks = restitutionOutline(model, fr, 'fr-FR').sections[0]!.blocks[0] as { text: string };
    expect(plain(thanks.text)).toBe('Merci au participant du comité d’écoute « Accueil de la mairie » pour son temps et sa franchise.');
  });

  it('reads in English with the English catalogue', async () => {
    await loadLocale('en');
    const doc = reportOutline(model(), translator('en'), 'en-GB');
    expect(doc.sections.map((s) => s.heading).slice(0, 3)).toEqual(['In brief', 'The session', 'Context and objective']);
    expect(doc.lang).toBe('en');
  });
});

describe('restitutionOutline — for the participants', () => {
  let doc: ReportDocument;
  beforeAll(() => {
    doc = restitutionOutline(model(true), fr, 'fr-FR');
  });

  it('names nobody: no pseudonym, no role name, and quotes carry no speaker at all', () => {
    const text = allText(doc);
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Claire Martin', 'Hugo Petit', 'Nadia Roux']) expect(text).not.toContain(name);
    const quotes = doc.sections.flatMap((s) => ofType(s.blocks, 'quote'));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.by === '')).toBe(true);
  });

  it('says what was heard and what will be done: validated pistes only, with their actions and dates', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(['Merci', 'Ce que nous avons entendu', 'Ce que nous allons faire', 'Prochaines étapes']);
    const done = ofType(sectionOf(doc, 'Ce que nous allons faire').blocks, 'list')[0]!.items.map(plain);
    expect(done).toEqual(['Élargir les horaires — Ouvrir le samedi de 9 h à 12 h (d’ici le 31 mars 2027)', 'Installer des chaises et un écran d’attente — Dix chaises et un écran']);
    expect(allText(doc)).not.toContain('Rendez-vous en ligne');
    expect(plain(doc.footer)).toBe('Document établi avec Cercle le 23 novembre 2026. Aucun nom de participant n’y figure.');
  });

  it('as the screen and the exports make it, even the secrétaire’s text says « un participant », never a P-number', () => {
    const made = documentFor(modelFor(reportSeance(), { audience: 'participants', anonymised: true }, REPORT_AT, fr), { audience: 'participants', anonymised: true }, fr, 'fr-FR');
    const text = allText(made);
    expect(text).not.toMatch(/\bP\d\b/);
    expect(made.sections.find((s) => s.key === 'learnings')!.synthesis).toBe('Deux participants ont surtout parlé de l’attente et des horaires.');
    // The team's anonymised report keeps P-numbers: there they tell the analysis apart.
    const team = modelFor(reportSeance(), { audience: 'equipe', anonymised: true }, REPORT_AT, fr);
    expect(team.syntheses.learnings).toBe('P1 et P2 ont surtout parlé de l’attente et des horaires.');
  });

  it('refuses a model that still holds names, so a named restitution cannot be made by mistake', () => {
    expect(() => restitutionOutline(model(false), fr, 'fr-FR')).toThrow(/anonymised/);
  });

  it('says a piste once when its fiche keeps the piste’s title, with the fiche’s date', () => {
    const input = reportSeance();
    input.actions = input.actions.map((a) => (a.number === '2' ? { ...a, title: 'Élargir les horaires' } : a));
    const doc = restitutionOutline(buildReport(input, { anonymised: true, now: REPORT_AT }), fr, 'fr-FR');
    const done = ofType(sectionOf(doc, 'Ce que nous allons faire').blocks, 'list')[0]!.items.map(plain);
    expect(done[0]).toBe('Élargir les horaires (d’ici le 31 mars 2027)');
  });

  it('leaves out a section with nothing to say', () => {
    const input = reportSeance();
    input.syntheses = [];
    const bare = restitutionOutline(buildReport(input, { anonymised: true, now: REPORT_AT }), fr, 'fr-FR');
    expect(bare.sections.map((s) => s.heading)).not.toContain('Prochaines étapes');
  });
});
