// The rapport de synthèse's En bref page: three learnings (the secrétaire's first lines, else the starred quotes), the actions decided with their status, the next date.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { briefSection } from '../../src/report/brief';
import { buildReport } from '../../src/report/build';
import type { Block } from '../../src/report/document';
import { renderHtml } from '../../src/report/html';
import { renderMarkdown } from '../../src/report/markdown';
import { reportOutline } from '../../src/report/outline';
import { makeSynthesis } from '../factories';
import { REPORT_AT, followedSeance, reportSeance } from '../reportFixture';

beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const t = translator('fr');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const brief = (seance = reportSeance(), anonymised = false) => briefSection(buildReport(seance, { anonymised, now: REPORT_AT }), { t, intl: 'fr-FR' });
const ofType = <T extends Block['type']>(blocks: readonly Block[], type: T) => blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe('En bref', () => {
  it('takes the learnings from the first lines the secrétaire wrote (learnings, then views, ideas), list marks off, three at most', () => {
    const s = reportSeance();
    const sid = s.session.id;
    s.syntheses = [
      makeSynthesis(sid, 'ideas', { text: 'Un écran d’attente fait l’unanimité.' }),
      makeSynthesis(sid, 'learnings', { text: '- L’accueil humain est salué.\n\n- L’attente debout pèse.' }),
      makeSynthesis(sid, 'views', { text: '1. Les horaires excluent les actifs.\nDeuxième ligne des avis.' }),
    ];
    const lists = ofType(brief(s).blocks, 'list');
    expect(lists[0]!.items).toEqual(['L’accueil humain est salué.', 'L’attente debout pèse.', 'Les horaires excluent les actifs.']);
    // Lines, not quotes: no quote block when the secrétaire wrote something.
    expect(ofType(brief(s).blocks, 'quote')).toEqual([]);
  });

  it('with no synthesis written, gives the starred quotes in the order they were said, with who said them (P-numbers when anonymised)', () => {
    const s = reportSeance();
    s.syntheses = [];
    expect(ofType(brief(s).blocks, 'quote').map((q) => [plain(q.text), q.by])).toEqual([
      ['L’agent m’a très bien reçue, avec le sourire.', 'Alice'],
      ['On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.', 'Alice'],
      ['Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?', 'Bruno'],
    ]);
    expect(ofType(brief(s, true).blocks, 'quote').map((q) => q.by)).toEqual(['P1', 'P1', 'P2']);
  });

  it('says so when there is nothing to retain yet', () => {
    const s = reportSeance();
    s.syntheses = [];
    s.verbatims = s.verbatims.map((v) => ({ ...v, key: false }));
    expect(ofType(brief(s).blocks, 'paragraph').map((p) => plain(p.text))).toContain(
      'Rien à retenir pour l’instant : écrivez les principaux enseignements ou marquez d’une étoile les verbatims clés.',
    );
  });

  it('lists the actions decided (validated piste or none) with responsable, fin prévue and where they stand; the date of the return', () => {
    const table = ofType(brief(followedSeance()).blocks, 'table')[0]!;
    expect(table.head).toEqual(['Action', 'Responsable', 'Fin prévue', 'Où elle en est']);
    expect(table.rows.map((r) => r.map(plain))).toEqual([
      ['Fiche action n° 2 — Ouvrir le samedi de 9 h à 12 h', 'Claire Martin', '31 mars 2027', 'En cours depuis le 1er décembre 2026'],
      ['Fiche action n° 10 — Dix chaises et un écran', 'Services techniques', 'à compléter', 'Terminée le 10 janvier 2027'],
      ['Action sans numéro', 'à compléter', 'à compléter', 'Abandonnée le 5 janvier 2027 : Bruno a trouvé mieux : la mairie annexe ouvre déjà le soir.'],
    ]);
    const facts = ofType(brief(followedSeance()).blocks, 'facts')[0]!.rows.map((r) => [r.label, plain(r.value)]);
    expect(facts).toEqual([['Date de retour aux participants', 'vendredi 12 mars 2027']]);
  });

  it('leaves out a fiche whose piste was not validated, and says « non fixée » with no return date', () => {
    const s = reportSeance();
    s.actions = [...s.actions, { ...s.actions[0]!, id: 'action-online' as never, trackId: s.tracks[2]!.id, number: '7', title: 'Prise de rendez-vous en ligne' }];
    const b = brief(s);
    expect(ofType(b.blocks, 'table')[0]!.rows.map((r) => plain(r[0]!))).toEqual(['Fiche action n° 2 — Ouvrir le samedi de 9 h à 12 h', 'Fiche action n° 10 — Dix chaises et un écran', 'Action sans numéro']);
    expect(ofType(b.blocks, 'facts')[0]!.rows[0]!.value).toBe('non fixée');
  });

  it('is the first page of the report in every renderer: first section of the web page and the Markdown', () => {
    const doc = reportOutline(buildReport(followedSeance(), { anonymised: false, now: REPORT_AT }), t, 'fr-FR');
    const html = renderHtml(doc);
    expect([...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)][0]![1]).toBe('En bref');
    expect(html.indexOf('Ce qu’il faut retenir')).toBeLessThan(html.indexOf('La séance'));
    const md = renderMarkdown(doc);
    expect(md.split('\n').find((l) => l.startsWith('## '))).toBe('## En bref');
    expect(plain(md)).toContain('| Fiche action n° 2 — Ouvrir le samedi de 9 h à 12 h | Claire Martin | 31 mars 2027 | En cours depuis le 1er décembre 2026 |');
  });
});
