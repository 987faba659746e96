// The Markdown report: GitHub-flavoured structure, and writers' text never read as markup.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { buildReport } from '../../src/report/build';
import { renderMarkdown } from '../../src/report/markdown';
import { reportOutline } from '../../src/report/outline';
import { REPORT_AT, reportSeance } from '../reportFixture';
import { handDoc } from './report-handDoc';

// The report's texts load with its screens in the app (loadTexts); these tests load them once.
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const t = translator('fr');

describe('renderMarkdown on a hand-built document', () => {
  const md = renderMarkdown(handDoc());
  const lines = md.split('\n');

  it('writes the title, the sections and the headings at their levels, and only those as headings', () => {
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Rapport de synthèse — Accueil & « horaires »',
      '## La séance',
      '## Principaux enseignements',
      '### Verbatims marqués',
      '## Déroulement',
      '## Avis positifs et négatifs',
      '### Points positifs',
      '#### Sous-titre positif',
      '### Points négatifs',
      '## Plan d’actions',
      '### Fiche 1 — Ouvrir le samedi',
    ]);
  });

  it('prints the synthesis first, its line breaks kept as hard breaks, then the blocks', () => {
    expect(md).toContain('## Principaux enseignements\n\nSynthèse écrite par la secrétaire.\\\nDeuxième ligne.\n\nSecond paragraphe.\n\n_13 verbatims, 1 note_');
  });

  it('writes facts as a list with the French colon, multi-line values kept in the item', () => {
    expect(md).toContain('- **Lieu**\u00a0: Salle du conseil\n- **Public**\u00a0: Première ligne\\\n  seconde ligne');
    expect(renderMarkdown(handDoc({ lang: 'en' }))).toContain('- **Lieu**: Salle du conseil');
  });

  it('writes a quote as "> text" then "> — who", and a quote without anyone as the text alone', () => {
    expect(md).toContain('> L’agent m’a très bien reçue.\n>\n> — Alice');
    expect(md).toContain('> "\\>\\<img src=x onerror=alert(1)\\>\n\n');
  });

  it.each([
    ['# pas un titre', '> \\# pas un titre'],
    ['- pas une liste', '> \\- pas une liste'],
    ['a * b _c_ `d`', '> a \\* b \\_c\\_ \\`d\\`'],
    ['1. pas une liste', '> 1\\. pas une liste'],
    ['a | b', '> a \\| b'],
    ['[lien](javascript:x)', '> \\[lien\\](javascript:x)'],
    ['&eacute; ~~barré~~', '> \\&eacute; \\~\\~barré\\~\\~'],
    ['<script>alert(1)</script>', '> \\<script\\>alert(1)\\</script\\>'],
  ])('escapes the verbatim %j so it stays text', (_raw, expected) => {
    expect(lines).toContain(expected);
  });

  it('never lets a line of user text start a list, a heading or raw HTML', () => {
    const listLines = lines.filter((l) => /^- /.test(l));
    expect(listLines).toEqual(['- **Lieu**\u00a0: Salle du conseil', '- **Public**\u00a0: Première ligne\\', '- Irritant : Pas de chaises', '- \\# pas un titre', '- Première ligne\\', '- Accueil souriant']);
    expect(md).not.toMatch(/(^|[^\\])<(?!br>)/m);
  });

  it('writes a pipe table: caption, header, alignment, escaped | and line breaks inside cells, totals in bold', () => {
    expect(md).toContain(
      [
        '**Temps par phase**',
        '',
        '| Phase | Prévu | Réel |',
        '| --- | ---: | ---: |',
        '| 1. Présentation | 10 min | 12 min |',
        '| Cellule a \\| b | Première ligne<br>seconde ligne | \\<script\\>alert(1)\\</script\\> |',
        '| **Total** | **2 h** | **1 h 55 min** |',
      ].join('\n'),
    );
  });

  it('writes bars as a table of names and printed values', () => {
    expect(md).toContain(['| Temps de parole |   |', '| --- | --- |', '| Alice | 6 min · 30 % |', '| Bruno \\<b\\> | 3 min · 15 % |', '| l’animateur | 0 min · 0 % |'].join('\n'));
  });

  it('writes columns one after the other, each under its own heading', () => {
    expect(md).toContain('### Points positifs\n\n#### Sous-titre positif\n\n- Accueil souriant\n\n### Points négatifs\n\n> Fermé trop tôt\n>\n> — Chloé');
  });

  it('ends with the footer after a rule', () => {
    expect(md.endsWith('---\n\n_Rapport généré par Cercle le 23 novembre 2026 à 16:00._\n')).toBe(true);
  });
});

describe('renderMarkdown on the real rapport of the fixture séance', () => {
  it('holds the sections, the starred verbatims with who said them, and the pistes table', () => {
    const md = renderMarkdown(reportOutline(buildReport(reportSeance(), { anonymised: false, now: REPORT_AT }), t, 'fr-FR'));
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## En bref',
      '## La séance',
      '## Contexte et objectif',
      '## Principaux enseignements',
      '## Avis positifs et négatifs',
      '## Idées et attentes',
      '## Pistes d’amélioration',
      '## Plan d’actions',
      '## Prochaines étapes',
      '## Annexe 1 — Questions du guide d’animation',
      '## Annexe 2 — Déroulement et temps de parole',
    ]);
    expect(md).toContain('> L’agent m’a très bien reçue, avec le sourire.\n>\n> — Alice');
    expect(md).toContain('> Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?');
    expect(md).toMatch(/^\| 1 \| Élargir les horaires<br>Ouvrir le samedi matin\. \| 4 \|/m);
  });
});
