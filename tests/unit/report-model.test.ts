// The report model on a whole séance: counts, the positive/negative split, pistes by votes then validation, times, quotes.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build';
import type { Quote, SpeakerRef } from '../../src/report/model';
import { REPORT_AT, reportSeance } from '../reportFixture';

const MIN = 60_000;
const full = () => buildReport(reportSeance(), { anonymised: false, now: REPORT_AT });
const anon = () => buildReport(reportSeance(), { anonymised: true, now: REPORT_AT, roleLabels: { animateur: 'l’animateur', secretaire: 'le secrétaire', superviseur: 'le superviseur' } });

const who = (s: SpeakerRef): string => (s.kind === 'participant' ? (s.removed ? `${s.label} (parti)` : s.label) : s.kind);
const said = (qs: readonly Quote[]) => qs.map((q) => `${who(q.speaker)}: ${q.text}`);

describe('buildReport — the séance', () => {
  it('counts the people still in the circle, their consents and their profile mix, most frequent first', () => {
    const { header } = full();
    expect(header).toMatchObject({ title: 'Accueil de la mairie', date: '2026-11-23', place: 'Salle du conseil', participantCount: 4, consentCount: 4, animateur: 'Claire Martin', status: 'terminee' });
    expect(header.profileMix).toEqual([
      { tag: 'usager', count: 3 },
      { tag: 'actif', count: 2 },
      { tag: 'agent', count: 1 },
      { tag: 'retraité', count: 1 },
    ]);
  });

  it('lists the guide’s questions phase by phase, marking the ones asked', () => {
    const { questions } = full().expectations;
    expect(questions.length).toBeGreaterThan(5);
    expect(questions.every((q) => q.text.trim() !== '')).toBe(true);
    expect(questions.map((q) => q.phase)).toEqual([...questions.map((q) => q.phase)].sort());
    // The fixture marks the first prompt of each phase asked.
    for (const phase of [1, 2, 3, 4, 5]) expect(questions.find((q) => q.phase === phase)?.asked, `phase ${phase}`).toBe(true);
    expect(questions.some((q) => !q.asked)).toBe(true);
  });
});

describe('buildReport — how it went', () => {
  it('gives planned and actual minutes per phase and in total', () => {
    const { conduct } = full();
    expect(conduct.phases.map((p) => [p.index, p.plannedMinutes, p.actualMs / MIN])).toEqual([
      [1, 10, 10],
      [2, 15, 20],
      [3, 45, 40],
      [4, 35, 30],
      [5, 15, 15],
    ]);
    expect(conduct.plannedMinutes).toBe(120);
    expect(conduct.actualMs).toBe(115 * MIN);
  });

  it('gives each person’s speaking time and turns: seat order, a removed speaker kept, a silent removed one left out, the animateur last', () => {
    const { conduct } = full();
    expect(conduct.speakers.map((s) => [who(s.speaker), s.ms / MIN, s.turns])).toEqual([
      ['Alice', 6, 2],
      ['Bruno', 3, 1],
      ['Chloé', 1, 1],
      ['Driss', 0, 0],
      ['Emma (parti)', 2, 1],
      ['animateur', 4, 1],
    ]);
    expect(conduct.speakers[0]!.share).toBeCloseTo(6 / 16);
    expect(conduct.turnCount).toBe(6);
    expect(conduct.animateurShare).toBeCloseTo(0.25);
    // Alice 6, Bruno 3, Chloé 1, Driss 0: Gini 0.5, corrected for four people → 1/3.
    expect(conduct.balance).toBeCloseTo(1 / 3);
  });
});

describe('buildReport — what was said', () => {
  it('counts verbatims, the secrétaire’s observations and post-its, leaving out deleted ones (not those of a deleted group)', () => {
    expect(full().learnings).toMatchObject({ verbatimCount: 13, noteCount: 1, cardCount: 8 });
  });

  it('quotes the starred verbatims in capture order, with their speaker', () => {
    expect(said(full().learnings.keyQuotes)).toEqual([
      'Alice: L’agent m’a très bien reçue, avec le sourire.',
      'Alice: On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.',
      'Bruno: Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?',
      'Chloé: J’aimerais savoir combien de temps je vais attendre.',
    ]);
  });

  it('splits positive from negative views: tags positif | negatif and irritant, post-its by polarity', () => {
    const { positive, negative } = full().views;
    expect(said(positive.quotes)).toEqual(['Alice: L’agent m’a très bien reçue, avec le sourire.', 'Emma (parti): Le papier d’accueil est clair.', 'Alice: Merci de nous avoir écoutés.']);
    expect(positive.cards.map((c) => c.text)).toEqual(['Accueil souriant']);
    expect(said(negative.quotes)).toEqual([
      'Alice: On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.',
      'Bruno: Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?',
      'Chloé: Bruno a raison sur les horaires.',
      'Driss: Alice dit vrai : les chaises manquent depuis des mois.',
      'Driss: Côté agents, on manque de place au guichet.',
    ]);
    // The post-it of a deleted group is unsorted, as on the board: it is not lost with its group.
    expect(negative.cards.map((c) => [c.text, c.group])).toEqual([
      ['Pas de chaises', 'Attente'],
      ['Fermé trop tôt', 'Horaires'],
      ['Dans un groupe supprimé', null],
    ]);
  });

  it('shows ideas and expectations by group, then the unsorted ones, then what was said about them', () => {
    const { ideas } = full();
    expect(ideas.groups.map((g) => [g.title, g.cards.map((c) => c.text)])).toEqual([
      ['Attente', ['Pas de chaises', 'Écran avec le temps d’attente', 'Savoir combien de temps on attend']],
      ['Horaires', ['Fermé trop tôt', 'Ouvrir le samedi matin']],
    ]);
    expect(ideas.ungrouped.map((c) => c.text)).toEqual(['Prendre rendez-vous en ligne']);
    expect(said(ideas.quotes)).toEqual([
      'inconnu: Il faudrait un accueil le samedi.',
      'Bruno: Un rendez-vous en ligne, ce serait bien.',
      'Chloé: J’aimerais savoir combien de temps je vais attendre.',
      'groupe: Tout le monde approuve l’idée d’un écran d’attente.',
    ]);
  });
});

describe('buildReport — what will be done', () => {
  it('orders pistes by votes, then validated before not; ties share a rank; deleted pistes and dots do not count', () => {
    expect(full().tracks.map((t) => [t.title, t.votes, t.rank, t.tied, t.validated, t.groups, t.cardCount, t.actionNumbers])).toEqual([
      ['Élargir les horaires', 4, 1, false, true, ['Horaires'], 2, ['2']],
      ['Installer des chaises et un écran d’attente', 2, 2, true, true, ['Attente'], 3, ['10']],
      ['Rendez-vous en ligne', 2, 2, true, false, [], 0, []],
    ]);
  });

  it('lists the fiches action by number ("2" before "10"), unnumbered last, with the piste each serves', () => {
    expect(full().actions.map((a) => [a.number, a.title, a.track])).toEqual([
      ['2', 'Ouvrir le samedi de 9 h à 12 h', 'Élargir les horaires'],
      ['10', 'Dix chaises et un écran', 'Installer des chaises et un écran d’attente'],
      ['', 'Action sans numéro', null],
    ]);
  });

  it('carries the secrétaire’s texts by section, empty where none (or deleted)', () => {
    const { syntheses } = full();
    expect(syntheses.learnings).toBe('Alice et Bruno ont surtout parlé de l’attente et des horaires.');
    expect(syntheses.nextSteps).toMatch(/7 décembre/);
    expect(syntheses.context).toBe('');
    expect(syntheses.restitution).toBe('');
  });
});

describe('buildReport — anonymised', () => {
  it('quotes with P-numbers by seat, removed participants after the circle', () => {
    const model = anon();
    expect(model.anonymised).toBe(true);
    expect(model.conduct.speakers.map((s) => who(s.speaker))).toEqual(['P1', 'P2', 'P3', 'P4', 'P5 (parti)', 'animateur']);
    expect(said(model.learnings.keyQuotes)[0]).toBe('P1: L’agent m’a très bien reçue, avec le sourire.');
  });

  it('replaces names inside texts and drops role names: no pseudonym or role name anywhere in the model', () => {
    const model = anon();
    const text = JSON.stringify(model);
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Claire Martin', 'Hugo Petit', 'Nadia Roux']) expect(text).not.toContain(name);
    expect(model.syntheses.learnings).toBe('P1 et P2 ont surtout parlé de l’attente et des horaires.');
    expect(model.header).toMatchObject({ animateur: '', secretaire: '', superviseur: '' });
    expect(model.actions[0]!.owner).toBe('l’animateur');
  });

  it('keeps the substance: same counts, same pistes, same figures', () => {
    const a = anon();
    const f = full();
    expect(a.learnings).toMatchObject({ verbatimCount: f.learnings.verbatimCount, noteCount: f.learnings.noteCount, cardCount: f.learnings.cardCount });
    expect(a.tracks.map((t) => [t.title, t.votes])).toEqual(f.tracks.map((t) => [t.title, t.votes]));
    expect(a.conduct.actualMs).toBe(f.conduct.actualMs);
  });
});

describe('buildReport — a séance not run yet', () => {
  it('gives zeros and empty lists rather than failing', () => {
    const { session, names: _names, ...rest } = reportSeance();
    const empty = Object.fromEntries(Object.keys(rest).map((k) => [k, []])) as unknown as Omit<ReturnType<typeof reportSeance>, 'session' | 'names'>;
    const model = buildReport({ ...empty, session: { ...session, status: 'preparation', startedAt: null, closedAt: null } }, { anonymised: false, now: REPORT_AT });
    expect(model.header.participantCount).toBe(0);
    expect(model.conduct).toMatchObject({ phases: [], plannedMinutes: 0, actualMs: 0, turnCount: 0, balance: null });
    expect(model.conduct.speakers.map((s) => [who(s.speaker), s.ms])).toEqual([['animateur', 0]]);
    expect(model.tracks).toEqual([]);
    expect(model.learnings.keyQuotes).toEqual([]);
  });
});
