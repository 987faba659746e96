// The restitution's « Ce que nous avons entendu »: both sides shown, starred first, tagged verbatims or post-its when none is starred.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { buildReport } from '../../src/report/build';
import type { Block } from '../../src/report/document';
import { restitutionOutline } from '../../src/report/outline';
import { heardInRestitution } from '../../src/report/restitutionHeard';
import { REPORT_AT, reportSeance } from '../reportFixture';

type Seance = ReturnType<typeof reportSeance>;
const fr = translator('fr');
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('report')]));

const heardOf = (patch: (s: Seance) => void) => {
  const input = reportSeance();
  patch(input);
  const h = heardInRestitution(buildReport(input, { anonymised: false, now: REPORT_AT }));
  const texts = (side: typeof h.positive) => (side.quotes.length > 0 ? side.quotes.map((q) => q.text) : side.cards.map((c) => `post-it: ${c.text}`));
  return { positive: texts(h.positive), negative: texts(h.negative), others: h.others.map((q) => q.text) };
};
const star = (s: Seance, start: string, key = true) => {
  s.verbatims = s.verbatims.map((v) => (v.text.startsWith(start) ? { ...v, key } : v));
};
const unstarAll = (s: Seance) => {
  s.verbatims = s.verbatims.map((v) => ({ ...v, key: false }));
};
const dropTagged = (s: Seance, tags: string[]) => {
  s.verbatims = s.verbatims.filter((v) => !v.tags.some((t) => tags.includes(t)));
};

describe('heardInRestitution — the rule', () => {
  it.each<[string, (s: Seance) => void, { positive: string[]; negative: string[]; others: string[] }]>([
    [
      'as captured: starred quotes lead each side, tagged ones fill it to three, a starred expectation follows',
      () => undefined,
      {
        positive: ['L’agent m’a très bien reçue, avec le sourire.', 'Le papier d’accueil est clair.', 'Merci de nous avoir écoutés.'],
        negative: ['On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.', 'Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?', 'Bruno a raison sur les horaires.'],
        others: ['J’aimerais savoir combien de temps je vais attendre.'],
      },
    ],
    [
      'nobody starred anything: both sides still heard, in the order they were said',
      unstarAll,
      {
        positive: ['L’agent m’a très bien reçue, avec le sourire.', 'Le papier d’accueil est clair.', 'Merci de nous avoir écoutés.'],
        negative: ['On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.', 'Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?', 'Bruno a raison sur les horaires.'],
        others: [],
      },
    ],
    [
      'a quote starred late comes before unstarred earlier ones',
      (s) => {
        unstarAll(s);
        star(s, 'Alice dit vrai');
      },
      {
        positive: ['L’agent m’a très bien reçue, avec le sourire.', 'Le papier d’accueil est clair.', 'Merci de nous avoir écoutés.'],
        negative: ['Alice dit vrai : les chaises manquent depuis des mois.', 'On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.', 'Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?'],
        others: [],
      },
    ],
    [
      'only positive quotes starred: the negative side is still there, from its tagged verbatims',
      (s) => {
        unstarAll(s);
        star(s, 'Le papier');
      },
      {
        positive: ['Le papier d’accueil est clair.', 'L’agent m’a très bien reçue, avec le sourire.', 'Merci de nous avoir écoutés.'],
        negative: ['On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.', 'Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?', 'Bruno a raison sur les horaires.'],
        others: [],
      },
    ],
    [
      'no negative verbatim at all: the irritant post-its speak for that side',
      (s) => dropTagged(s, ['negatif', 'irritant']),
      {
        positive: ['L’agent m’a très bien reçue, avec le sourire.', 'Le papier d’accueil est clair.', 'Merci de nous avoir écoutés.'],
        negative: ['post-it: Pas de chaises', 'post-it: Fermé trop tôt', 'post-it: Dans un groupe supprimé'],
        others: ['J’aimerais savoir combien de temps je vais attendre.'],
      },
    ],
    [
      'a verbatim tagged on both sides is said once, on the positive side',
      (s) => {
        s.verbatims = s.verbatims.filter((v) => !v.tags.includes('positif'));
        s.verbatims = s.verbatims.map((v) => (v.text.startsWith('On attend') ? { ...v, tags: ['positif', 'irritant'] } : v));
      },
      {
        positive: ['On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.'],
        negative: ['Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?', 'Bruno a raison sur les horaires.', 'Alice dit vrai : les chaises manquent depuis des mois.'],
        others: ['J’aimerais savoir combien de temps je vais attendre.'],
      },
    ],
  ])('%s', (_, patch, expected) => {
    expect(heardOf(patch)).toEqual(expected);
  });
});

describe('restitutionOutline — what was heard on paper', () => {
  const heardSection = (patch: (s: Seance) => void) => {
    const input = reportSeance();
    patch(input);
    return restitutionOutline(buildReport(input, { anonymised: true, now: REPORT_AT }), fr, 'fr-FR').sections.find((s) => s.key === 'learnings')!;
  };

  it('shows both sides as two columns, capitalised quotes without a speaker, then the other starred voices', () => {
    const section = heardSection((s) => {
      s.verbatims = s.verbatims.map((v) => (v.text.startsWith('Le papier') ? { ...v, text: 'le papier d’accueil est clair.' } : v));
    });
    const columns = section.blocks[0] as Extract<Block, { type: 'columns' }>;
    expect(columns.columns.map((c) => c.heading)).toEqual(['Ce qui va bien', 'Ce qui doit changer']);
    expect(columns.columns[0]!.blocks[1]).toEqual({ type: 'quote', text: 'Le papier d’accueil est clair.', by: '' });
    expect(section.blocks.slice(1)).toEqual([
      { type: 'heading', text: 'Vous avez aussi dit' },
      { type: 'quote', text: 'J’aimerais savoir combien de temps je vais attendre.', by: '' },
    ]);
  });

  it('a side with nothing heard says so rather than disappearing', () => {
    const section = heardSection((s) => {
      dropTagged(s, ['positif']);
      s.cards = s.cards.filter((c) => c.polarity !== 'positive');
    });
    const columns = section.blocks[0] as Extract<Block, { type: 'columns' }>;
    expect(columns.columns[0]!.blocks).toEqual([{ type: 'paragraph', text: 'Aucun avis positif relevé.', tone: 'muted' }]);
    expect(columns.columns[1]!.blocks.length).toBe(3);
  });
});
