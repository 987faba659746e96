// « Ce qui a changé »: what the participants said, what was done (status, day, indicator), what is left; no name and no P-number anywhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { documentFor, modelFor, type ReportView } from '../../src/report/audience';
import { buildReport } from '../../src/report/build';
import { changesOutline } from '../../src/report/changes';
import type { Block, ReportDocument } from '../../src/report/document';
import { renderHtml } from '../../src/report/html';
import { renderMarkdown } from '../../src/report/markdown';
import { REPORT_AT, followedSeance, reportSeance } from '../reportFixture';

beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const t = translator('fr');
const VIEW: ReportView = { audience: 'changes', anonymised: true };
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const changes = (seance = followedSeance()): ReportDocument => documentFor(modelFor(seance, VIEW, REPORT_AT, t), VIEW, t, 'fr-FR');
const section = (doc: ReportDocument, heading: string) => doc.sections.find((s) => s.heading === heading)!;
const ofType = <T extends Block['type']>(blocks: readonly Block[], type: T) => blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe('« Ce qui a changé »', () => {
  it('names nobody in the web page or the Markdown: no pseudonym (quotes and reasons name some), no role name, no P-number', () => {
    for (const text of [renderHtml(changes()), renderMarkdown(changes())]) {
      for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Fanny', 'Claire Martin', 'Hugo Petit', 'Nadia Roux']) expect(text).not.toContain(name);
      expect(text).not.toMatch(/\bP\d+\b/);
    }
  });

  it('reads: Vous nous aviez dit… → Ce que nous avons fait → Ce qui reste à faire, on one page', () => {
    const doc = changes();
    expect(doc.title).toBe('Ce qui a changé');
    expect(doc.sections.map((s) => s.heading)).toEqual(['Vous nous aviez dit…', 'Ce que nous avons fait', 'Ce qui reste à faire']);
    expect(doc.onePage).toBe(true);
    const told = section(doc, 'Vous nous aviez dit…').blocks;
    expect(plain((told[0] as { text: string }).text)).toBe('Le lundi 23 novembre 2026, vous avez participé au comité d’écoute « Accueil de la mairie ». Voici ce que nous avons fait de vos propos.');
    // What had to change, starred first, then the other starred voices; three at most, nobody's name under them.
    const quotes = ofType(told, 'quote');
    expect(quotes.map((q) => plain(q.text))).toEqual([
      'On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.',
      'Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?',
      'Un participant a raison sur les horaires.',
    ]);
    expect(quotes.every((q) => q.by === '')).toBe(true);
  });

  it('says each validated piste’s action with its status and day, and each indicator’s movement against its target, in words', () => {
    const done = section(changes(), 'Ce que nous avons fait').blocks;
    expect(ofType(done, 'heading').map((h) => h.text)).toEqual(['Élargir les horaires', 'Installer des chaises et un écran d’attente', 'Autres actions']);
    expect(ofType(done, 'list').map((l) => l.items.map(plain))).toEqual([
      ['Ouvrir le samedi de 9 h à 12 h — En cours depuis le 1er décembre 2026\nUsagers reçus le samedi : de 0 le 23 novembre 2026 à 25 le 6 février 2027 (objectif : 40 d’ici le 31 mars 2027)'],
      ['Dix chaises et un écran — Terminée le 10 janvier 2027\nAttente debout : de 25 min le 23 novembre 2026 à 8 min le 1er février 2027 (objectif : 10 min) — objectif atteint'],
      ['Action sans numéro — Abandonnée le 5 janvier 2027 : Un participant a trouvé mieux : la mairie annexe ouvre déjà le soir.'],
    ]);
    // The piste left aside (not validated) is not announced as done.
    expect(JSON.stringify(done)).not.toContain('Rendez-vous en ligne');
  });

  it('lists what is left: actions prévues or en cours, with their fin prévue and next jalon (a done jalon is not next)', () => {
    const left = ofType(section(changes(), 'Ce qui reste à faire').blocks, 'list')[0]!.items.map(plain);
    expect(left).toEqual(['Ouvrir le samedi de 9 h à 12 h, d’ici le 31 mars 2027 ; prochaine étape : Prévenir un participant et les habitués, le 15 janvier 2027']);
  });

  it('before any follow-up: every action prévue, nothing measured yet, everything left to do', () => {
    const doc = changes(reportSeance());
    const items = ofType(section(doc, 'Ce que nous avons fait').blocks, 'list').flatMap((l) => l.items.map(plain));
    expect(items).toEqual(['Ouvrir le samedi de 9 h à 12 h — Prévue', 'Dix chaises et un écran — Prévue', 'Action sans numéro — Prévue']);
    expect(ofType(section(doc, 'Ce qui reste à faire').blocks, 'list')[0]!.items).toHaveLength(3);
  });

  it('a validated piste with no fiche says its action is still to be defined', () => {
    const input = followedSeance();
    input.actions = input.actions.filter((a) => a.number !== '10');
    const done = section(changes(input), 'Ce que nous avons fait').blocks;
    expect(done.map((b) => (b.type === 'paragraph' ? plain(b.text) : b.type))).toContain('Piste retenue : l’action reste à définir.');
  });

  it('refuses a model that still holds names', () => {
    expect(() => changesOutline(buildReport(followedSeance(), { anonymised: false, now: REPORT_AT }), { t, intl: 'fr-FR' })).toThrow(/anonymised/);
  });
});
