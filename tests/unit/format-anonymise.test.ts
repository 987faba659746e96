// Anonymised export: whole-word, case- and accent-insensitive pseudonym replacement; P1…Pn by seat; consent and roles dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DemarcheId, GroupId, ParticipantId, SessionId } from '../../src/domain/types';
import { anonymise, anonymiseRecords, pseudonymLabels } from '../../src/format/anonymise';
import { buildEnvelope, toRecordSet } from '../../src/format/envelope';
import type { RecordSet } from '../../src/domain/recordSet';
import { makeReplacer } from '../../src/format/wordReplace';
import { makeCard, makeDemarche, makeParticipant, makeSession, makeTheme, makeThemeLink, makeVerbatim } from '../factories';

const replace = (names: Record<string, string>, text: string) => makeReplacer(new Map(Object.entries(names)))(text);

describe('makeReplacer', () => {
  it.each<[string, Record<string, string>, string, string]>([
    ['a pseudonym inside a sentence', { Élise: 'P1' }, 'Comme Élise le disait.', 'Comme P1 le disait.'],
    ['any case, any accents', { Élise: 'P1' }, 'elise, ÉLISE, Elise, élise', 'P1, P1, P1, P1'],
    ['accents in the text but not the name', { Helene: 'P1' }, 'Hélène et HÉLÈNE', 'P1 et P1'],
    ['not inside another word', { Élise: 'P1' }, 'Elisabeth et Élisette', 'Elisabeth et Élisette'],
    ['not as a suffix either', { Jo: 'P1' }, 'Bonjo et jour', 'Bonjo et jour'],
    ['a pseudonym that starts another one', { Jo: 'P1', Joël: 'P2' }, 'Jo et Joël, joel puis JO.', 'P1 et P2, P2 puis P1.'],
    ['several participants', { Karim: 'P2', Élise: 'P1', 'Marie-Hélène': 'P3' }, 'Karim répond à marie-helene et à Élise', 'P2 répond à P3 et à P1'],
    ['a hyphenated name before its own part', { 'Marie-Hélène': 'P1', Hélène: 'P2' }, 'Marie-Hélène, Hélène', 'P1, P2'],
    ['after an apostrophe', { Élise: 'P1' }, "l'avis d'Élise et d’Élise", "l'avis d'P1 et d’P1"],
    ['regex characters: A.B', { 'A.B': 'P1' }, 'A.B a dit, AxB non', 'P1 a dit, AxB non'],
    ['regex characters: (x)', { '(x)': 'P1' }, 'dit (x), pas (y) ni x', 'dit P1, pas (y) ni x'],
    ['regex characters: $^*+?|[]{}\\', { 'a$^*+?|[]{}\\': 'P1' }, 'avant a$^*+?|[]{}\\ après', 'avant P1 après'],
    ['a two-word pseudonym with any spacing', { 'Jean Pierre': 'P1' }, 'jean  pierre et Jean\nPierre', 'P1 et P1'],
    ['text written decomposed (NFD)', { Élise: 'P1' }, 'E\u0301lise arrive', 'P1 arrive'],
    ['emoji and punctuation around', { Élise: 'P1' }, '👋Élise! (Élise)', '👋P1! (P1)'],
    ['digits glue to a word', { Jo: 'P1' }, 'Jo2 et 2Jo', 'Jo2 et 2Jo'],
    ['a label is never rewritten again', { P2: 'P1', Jo: 'P2' }, 'Jo', 'P2'],
    ['nobody to replace', {}, 'Élise', 'Élise'],
    ['an empty pseudonym is ignored', { '': 'P1', ' ': 'P2' }, 'rien à changer', 'rien à changer'],
    ['a blank pseudonym never matches between punctuation', { '': 'P1', ' ': 'P2' }, 'a , b ; (c) !', 'a , b ; (c) !'],
    ['a pseudonym typed with spaces around it', { ' Élise ': 'P1' }, 'Élise arrive', 'P1 arrive'],
    ['a pseudonym typed with two spaces inside', { 'Jean  Pierre': 'P1' }, 'Jean Pierre vient', 'P1 vient'],
    ['capital ASCII letters beside accented ones', { Zoé: 'P1' }, 'ZOÉ et Zoé', 'P1 et P1'],
    ['two names folding alike: the first one given wins', { Élise: 'P1', elise: 'P2' }, 'Elise', 'P1'],
    ['the longer name first, whatever the order given', { Jo: 'P1', 'Jo Ann': 'P2' }, 'Jo Ann et Jo', 'P2 et P1'],
  ])('%s', (_name, names, text, expected) => {
    expect(replace(names, text)).toBe(expected);
  });
});

describe('makeReplacer, its quick look first', () => {
  // Names and texts from letters that fold in every way French and its neighbours write them: accents, ligatures,
  // decomposed marks, capital and final sigma, dotted İ, ß; the quick look must never miss what the exact fold finds.
  const letters = fc.constantFrom(...'aeEéÉèeʼ\u0301\u0308iİıoœŒßσςΣΑάjJkKlL- \'’.'.split(''), 'ﬁ', 'ǅ', '👋');
  const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
  it.each<[string, Record<string, string>, string, string]>([
    ['a capital sigma ending a word', { ΝΊΚΟΣ: 'P1' }, 'ΝΊΚΟΣ est là', 'P1 est là'],
    ['a final sigma typed as such', { νίκος: 'P1' }, 'Νίκος est là', 'P1 est là'],
    ['an accented text naming nobody', { Élise: 'P1' }, 'Le délai était décourageant à Orléans.', 'Le délai était décourageant à Orléans.'],
  ])('%s', (_name, names, text, expected) => {
    expect(replace(names, text)).toBe(expected);
  });
  it('replaces exactly what the exact fold alone replaces', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(word, letters), { maxLength: 12 }), (names, parts) => {
        const labels = new Map(names.map((n, i) => [n, `P${i + 1}`]));
        const text = parts.map((p, i) => (i % 3 === 1 ? names[i % names.length]! : p)).join('');
        expect(makeReplacer(labels)(text)).toBe(makeReplacer(labels, { quick: false })(text));
      }),
      { numRuns: 3000 },
    );
  });
});

const S1 = 'seance-1' as SessionId;
const S2 = 'seance-2' as SessionId;

function seance() {
  const session = makeSession({ id: S1, animateur: 'Claire Morel', secretaire: 'Hugo', superviseur: 'Nadia', consentWording: 'J’accepte…' });
  const p = (id: string, pseudonym: string, seat: number, deleted = false) =>
    makeParticipant(S1, { id: id as ParticipantId, pseudonym, seat, deleted, consent: true, consentWording: 'J’accepte…', tags: [`voisine de ${pseudonym}`] });
  const participants = [p('p-c', 'Joël', 2), p('p-a', 'Élise', 0), p('p-b', 'Jo', 1), p('p-z', 'Thierry', 1, true), p('p-d', 'Karim', 2)];
  const verbatims = [
    makeVerbatim(S1, { id: 'v1' as never, speaker: 'p-a' as ParticipantId, speakerName: 'Élise', text: 'Je suis d’accord avec Joël et JO, pas avec Joëlle.' }),
    // Captured before a rename: the name at capture time is an old pseudonym, the speaker id says who.
    makeVerbatim(S1, { id: 'v2' as never, speaker: 'p-d' as ParticipantId, speakerName: 'Kader', text: 'Thierry n’est pas venu.' }),
    makeVerbatim(S1, { id: 'v3' as never, speaker: 'groupe', speakerName: '', text: 'Claire Morel relance le groupe.' }),
  ];
  const cards = [makeCard(S1, { id: 'c1' as never, text: 'Idée de karim : un ticket' })];
  const other = makeSession({ id: S2 });
  const otherPeople = [makeParticipant(S2, { id: 'q-1' as ParticipantId, pseudonym: 'Karim', seat: 0 }), makeParticipant(S2, { id: 'q-2' as ParticipantId, pseudonym: 'Élise', seat: 1 })];
  const otherVerbatims = [makeVerbatim(S2, { id: 'w1' as never, text: 'Élise puis Karim' })];
  return toRecordSet({ sessions: [session, other], participants: [...participants, ...otherPeople], verbatims: [...verbatims, ...otherVerbatims], cards });
}

describe('anonymiseRecords', () => {
  const before = seance();
  const after = anonymiseRecords(before);
  const byId = <T extends { id: string }>(list: T[], id: string) => list.find((r) => r.id === id)!;

  it('numbers participants P1…Pn by seat, ties by id, removed participants last', () => {
    expect(Object.fromEntries(pseudonymLabels(before.participants.filter((p) => p.sessionId === S1)))).toEqual({ 'p-a': 'P1', 'p-b': 'P2', 'p-c': 'P3', 'p-d': 'P4', 'p-z': 'P5' });
    expect(after.participants.filter((p) => p.sessionId === S1).map((p) => [p.id, p.pseudonym])).toEqual([
      ['p-a', 'P1'],
      ['p-b', 'P2'],
      ['p-c', 'P3'],
      ['p-d', 'P4'],
      ['p-z', 'P5'],
    ]);
  });

  it('replaces pseudonyms inside verbatims, post-its and tags, whole words only', () => {
    expect(byId(after.verbatims, 'v1').text).toBe('Je suis d’accord avec P3 et P2, pas avec Joëlle.');
    expect(byId(after.verbatims, 'v2').text).toBe('P5 n’est pas venu.');
    expect(byId(after.cards, 'c1').text).toBe('Idée de P4 : un ticket');
    expect(byId(after.participants, 'p-a').tags).toEqual(['voisine de P1']);
  });

  it('names the speaker of a verbatim by id, even when the name at capture time has changed since', () => {
    expect(byId(after.verbatims, 'v1').speakerName).toBe('P1');
    expect(byId(after.verbatims, 'v2').speakerName).toBe('P4');
    expect(byId(after.verbatims, 'v3').speakerName).toBe('');
  });

  it('drops consent wording and role names', () => {
    expect(after.participants.every((p) => p.consentWording === '')).toBe(true);
    expect(byId(after.sessions, S1)).toMatchObject({ animateur: '', secretaire: '', superviseur: '', consentWording: '' });
  });

  it('replaces role names inside texts only when labels for the roles are given', () => {
    expect(byId(after.verbatims, 'v3').text).toBe('Claire Morel relance le groupe.');
    const withRoles = anonymiseRecords(before, { animateur: 'l’animatrice', secretaire: 'le secrétaire', superviseur: 'la superviseure' });
    expect(byId(withRoles.verbatims, 'v3').text).toBe('l’animatrice relance le groupe.');
  });

  it('numbers each séance on its own', () => {
    expect(after.participants.filter((p) => p.sessionId === S2).map((p) => p.pseudonym)).toEqual(['P1', 'P2']);
    expect(byId(after.verbatims, 'w1').text).toBe('P2 puis P1');
  });

  it('keeps ids, revisions and times, and does not touch its input', () => {
    const strip = (r: { id: string; rev: number; updatedAt: number; seen: object }) => [r.id, r.rev, r.updatedAt, r.seen];
    expect(after.verbatims.map(strip)).toEqual(before.verbatims.map(strip));
    expect(byId(before.verbatims, 'v1').text).toContain('Joël');
  });

  it('marks the envelope anonymised', () => {
    const env = anonymise(buildEnvelope(before, { appVersion: '0.1.0', exportedAt: 0, deviceId: 'd' }));
    expect(env.anonymised).toBe(true);
    expect(env.data).toEqual(after);
  });
});

describe('anonymiseRecords — a démarche and its themes', () => {
  const D = 'demarche-1' as DemarcheId;
  const demarche = makeDemarche({ id: D, title: 'Écoutes de Nadia', thematique: 'Ce que Karim attend', pilote: 'Nadia Roux' });
  const usagers = makeSession({ id: S1, demarcheId: D, animateur: 'Claire Morel' });
  const agents = makeSession({ id: S2, demarcheId: D });
  const alone = makeSession({ id: 'seance-seule' as SessionId });
  const people = [
    makeParticipant(S1, { id: 'p-1' as ParticipantId, pseudonym: 'Élise', seat: 0 }),
    makeParticipant(S2, { id: 'q-1' as ParticipantId, pseudonym: 'Karim', seat: 0 }),
    makeParticipant(S2, { id: 'q-2' as ParticipantId, pseudonym: 'Élise', seat: 1 }),
    // Someone of a séance outside the démarche: their name is not the démarche's business.
    makeParticipant('seance-seule' as SessionId, { id: 'r-1' as ParticipantId, pseudonym: 'Bernard', seat: 0 }),
  ];
  const theme = makeTheme(D, { id: 't-1' as never, title: 'Élise, Karim, Claire Morel et Bernard' });
  const link = makeThemeLink(D, { id: 'g-1' as GroupId, sessionId: S1 }, theme.id);
  const before = toRecordSet({ demarches: [demarche], sessions: [usagers, agents, alone], participants: people, themes: [theme], themeLinks: [link] });

  it('replaces the names of every séance of the démarche in its texts, drops the pilote, leaves the links as they are', () => {
    const after = anonymiseRecords(before);
    // P-numbers mean nothing above one séance; without words for a participant, the editor's mark for a cut.
    expect(after.demarches[0]).toMatchObject({ title: 'Écoutes de Nadia', thematique: 'Ce que […] attend', pilote: '' });
    expect(after.themes[0]!.title).toBe('[…], […], Claire Morel et Bernard');
    expect(after.themeLinks).toEqual([link]);
  });

  it('with labels for the roles, the séances’ role names and the pilote become their roles inside the démarche’s texts', () => {
    const after = anonymiseRecords(before, { animateur: 'l’animatrice', secretaire: 'le secrétaire', superviseur: 'la superviseure', pilote: 'la pilote', participant: 'un participant' });
    expect(after.demarches[0]).toMatchObject({ title: 'Écoutes de Nadia', pilote: '' });
    expect(after.themes[0]!.title).toBe('un participant, un participant, l’animatrice et Bernard');
    const named = anonymiseRecords(toRecordSet({ ...before, demarches: [{ ...demarche, title: 'Écoutes de Nadia Roux' }] }), { animateur: 'a', secretaire: 's', superviseur: 'v', pilote: 'la pilote' });
    expect(named.demarches[0]!.title).toBe('Écoutes de la pilote');
  });
});

describe('anonymiseRecords — names across the séances of a démarche', () => {
  const D = 'demarche-1' as DemarcheId;
  const S3 = 'seance-3' as SessionId;
  const LABELS = { animateur: 'Animateur', secretaire: 'Secrétaire', superviseur: 'Superviseur', pilote: 'Pilote', participant: 'un participant' };
  const demarche = makeDemarche({ id: D, pilote: 'Sophie Lambert' });
  const usagers = makeSession({ id: S1, demarcheId: D, animateur: 'Claire Morel', secretaire: 'Hugo', superviseur: 'Nadia' });
  const agents = makeSession({ id: S2, demarcheId: D, animateur: 'Paul', secretaire: 'Inès', superviseur: 'Nadia' });
  const people = [
    // « Rose » is also a common word, « Marie » the start of « Marie-Claire », « Lefèvre » typed without its accent elsewhere.
    makeParticipant(S1, { id: 'p-1' as ParticipantId, pseudonym: 'Mme Lefèvre', seat: 0 }),
    makeParticipant(S1, { id: 'p-2' as ParticipantId, pseudonym: 'Rose', seat: 1 }),
    makeParticipant(S1, { id: 'p-3' as ParticipantId, pseudonym: 'Marie-Claire', seat: 2 }),
    makeParticipant(S2, { id: 'q-1' as ParticipantId, pseudonym: 'Marie', seat: 0 }),
    makeParticipant(S2, { id: 'q-2' as ParticipantId, pseudonym: 'Karim', seat: 1 }),
  ];
  const said = (sessionId: SessionId, id: string, text: string) => makeVerbatim(sessionId, { id: id as never, speaker: 'groupe', speakerName: '', text });
  const verbatims = [
    said(S2, 'w-1', 'MME LEFEVRE l’a dit aussi à l’accueil, Marie-Claire aussi.'),
    said(S2, 'w-2', 'Le bureau sent la rose ; Marie le confirme, Karim aussi.'),
    said(S2, 'w-3', 'Claire Morel et Hugo ont animé chez les usagers ; Sophie Lambert pilote.'),
    said(S1, 'v-1', 'Rose pense comme Karim, que Paul a reçu.'),
  ];
  const all = toRecordSet({ demarches: [demarche], sessions: [usagers, agents], participants: people, verbatims });
  const text = (set: RecordSet, id: string) => set.verbatims.find((v) => v.id === id)!.text;

  it.each<[string, string, string]>([
    ['a name of the other séance, any case, no accent', 'w-1', 'un participant l’a dit aussi à l’accueil, un participant aussi.'],
    // A name that is also a word goes wherever it stands alone (a name cannot be told from the word); this séance’s own names keep its P-numbers.
    ['a common word that is a name elsewhere; this séance’s own names', 'w-2', 'Le bureau sent la un participant ; P1 le confirme, P2 aussi.'],
    ['the other séance’s role names by their role, the pilote by « Pilote »', 'w-3', 'Animateur et Secrétaire ont animé chez les usagers ; Pilote pilote.'],
    ['the other way round too', 'v-1', 'P2 pense comme un participant, que Animateur a reçu.'],
  ])('in the démarche’s file: %s', (_what, id, expected) => {
    expect(text(anonymiseRecords(all, LABELS), id)).toBe(expected);
  });

  it('a longer name of another séance is replaced whole, never cut by a shorter one of this séance', () => {
    // « Marie » is the agents' P1: « Marie-Claire » (of the usagers) must not become « P1-Claire ».
    expect(text(anonymiseRecords(all, LABELS), 'w-1')).not.toMatch(/P\d-|Claire/);
  });

  it('one séance’s file replaces the names of its sibling séances given as neighbours, and writes none of their records', () => {
    const alone = toRecordSet({ demarches: [demarche], sessions: [agents], participants: people.filter((p) => p.sessionId === S2), verbatims: verbatims.filter((v) => v.sessionId === S2) });
    const neighbours = { sessions: [usagers], participants: people.filter((p) => p.sessionId === S1) };
    const out = anonymiseRecords(alone, LABELS, undefined, neighbours);
    expect(text(out, 'w-1')).toBe('un participant l’a dit aussi à l’accueil, un participant aussi.');
    expect(text(out, 'w-3')).toBe('Animateur et Secrétaire ont animé chez les usagers ; Pilote pilote.');
    expect(out.sessions.map((s) => s.id)).toEqual([S2]);
    expect(out.participants.map((p) => p.pseudonym)).toEqual(['P1', 'P2']);
    // Without the neighbours, the sibling's names stayed: the gap this closes.
    expect(text(anonymiseRecords(alone, LABELS), 'w-1')).toContain('LEFEVRE');
  });

  it('a séance outside the démarche is not its business: its names stay out of the démarche’s séances and theirs out of it', () => {
    const outside = makeSession({ id: S3 });
    const set = toRecordSet({ ...all, sessions: [usagers, agents, outside], participants: [...people, makeParticipant(S3, { id: 'r-1' as ParticipantId, pseudonym: 'Bernard', seat: 0 })], verbatims: [...verbatims, said(S2, 'w-4', 'Bernard'), said(S3, 'x-1', 'Karim et Bernard')] });
    const out = anonymiseRecords(set, LABELS);
    expect(text(out, 'w-4')).toBe('Bernard');
    expect(text(out, 'x-1')).toBe('Karim et P1');
  });

  it('without words for them, another séance’s participants become the mark for a cut, never a name nor a P-number', () => {
    expect(text(anonymiseRecords(all), 'w-1')).toBe('[…] l’a dit aussi à l’accueil, […] aussi.');
  });
});
