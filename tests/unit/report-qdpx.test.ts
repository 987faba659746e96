// The analysis export (.qdpx, REFI-QDA): codes, selections that point at the verbatims' exact words, cases, no name, same bytes twice, schema-valid.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportInput } from '../../src/domain/recordSet';
import type { SessionId } from '../../src/domain/types';
import { loadTexts, translator } from '../../src/i18n';
import { renderQdpx, type QdpxRequest, type QdpxTheme } from '../../src/report/qdpx';
import { guid } from '../../src/report/qdpxGuid';
import { makeCard, makeGroup, makeParticipant, makeSession, makeVerbatim, T0 } from '../factories';
import { GUID, hasXmllint, schemaPath, unzipText, xmllint } from '../qdpxHelpers';
import { consolidatedDemarche } from '../consolidatedFixture';
import { reportSeance } from '../reportFixture';
import { xmlProblem } from './docx-helpers';

beforeAll(() => loadTexts('shared'));
const t = translator('fr');

/** The fixture séance, with a post-it taken from Bruno's idea and placed in « Horaires ». */
function seance(): ReportInput & { names: Record<string, string> } {
  const s = reportSeance();
  const idea = s.verbatims.find((v) => v.text.startsWith('Un rendez-vous en ligne'))!;
  const hours = s.groups.find((g) => g.title === 'Horaires')!;
  const fromVerbatim = makeCard(s.session.id, { text: idea.text, kind: 'idee', groupId: hours.id, order: 2, sourceVerbatimId: idea.id });
  return { ...s, cards: [...s.cards, fromVerbatim] };
}

/** A line of the text: who (a P-number, a role, a post-it's kind), a French colon, the words. */
const said = (who: string, words: string) => `${who}\u00a0: ${words}`;

const request = (seances: ReportInput[], themes?: QdpxTheme[]): QdpxRequest => ({ seances, themes, origin: 'Cercle 0.1.0', t });

interface Opened {
  files: Record<string, string>;
  doc: Document;
  /** Source GUID → its text file's text. */
  texts: Map<string, string>;
}

function open(req: QdpxRequest): Opened {
  const files = unzipText(renderQdpx(req).bytes);
  const doc = new (new JSDOM('').window.DOMParser)().parseFromString(files['project.qde']!, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const texts = new Map<string, string>();
  for (const source of all(doc, 'TextSource')) {
    const path = source.getAttribute('plainTextPath')!;
    expect(path).toMatch(/^internal:\/\/[0-9a-f-]{36}\.txt$/);
    texts.set(source.getAttribute('guid')!, files[`sources/${path.slice('internal://'.length)}`]!);
  }
  return { files, doc, texts };
}

const all = (root: Document | Element, tag: string) => [...root.getElementsByTagName(tag)];
const kids = (el: Element, tag: string) => [...el.children].filter((c) => c.tagName === tag);
const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';

/** Code name → its GUID, and the tree as « parent > child » names. */
function codebook(doc: Document) {
  const byGuid = new Map(all(doc, 'Code').map((c) => [attr(c, 'guid'), attr(c, 'name')]));
  const tree = (el: Element): unknown => ({ name: attr(el, 'name'), codable: attr(el, 'isCodable'), ...(kids(el, 'Code').length ? { children: kids(el, 'Code').map(tree) } : {}) });
  const codes = doc.getElementsByTagName('Codes')[0]!;
  return { byGuid, tree: kids(codes, 'Code').map(tree) };
}

/** Each selection: the words it selects (counted in code points, as the standard does) and its codes' names. */
function selections(o: Opened) {
  const { byGuid } = codebook(o.doc);
  return all(o.doc, 'TextSource').flatMap((source) => {
    const text = Array.from(o.texts.get(attr(source, 'guid'))!);
    return kids(source, 'PlainTextSelection').map((sel) => ({
      guid: attr(sel, 'guid'),
      words: text.slice(Number(attr(sel, 'startPosition')), Number(attr(sel, 'endPosition'))).join(''),
      codes: all(sel, 'CodeRef').map((r) => byGuid.get(attr(r, 'targetGUID'))),
    }));
  });
}

describe('the codes', () => {
  it('are the tags in a folder, then the séance’s regroupements named with their séance; a deleted regroupement is not there', () => {
    const { tree } = codebook(open(request([seance()])).doc);
    expect(tree).toEqual([
      {
        name: 'Étiquettes',
        codable: 'false',
        children: ['Irritant', 'Attente', 'Idée', 'Positif', 'Négatif', 'Citation clé'].map((name) => ({ name, codable: 'true' })),
      },
      {
        name: 'Regroupements',
        codable: 'false',
        children: [
          { name: 'Attente (séance de Salle du conseil)', codable: 'true' },
          { name: 'Horaires (séance de Salle du conseil)', codable: 'true' },
        ],
      },
    ]);
  });

  it('puts consolidated themes above the regroupements of several séances, each regroupement once', () => {
    const lyon = seance();
    const orleans = reportSeance();
    orleans.session = { ...orleans.session, place: 'Orléans', audience: ['agents'] };
    const [lyonWaiting, lyonHours] = lyon.groups;
    const [orleansWaiting] = orleans.groups;
    lyon.session = { ...lyon.session, place: 'Lyon' };
    const themes = [
      { id: 'theme-attente', title: 'L’attente', groupIds: [lyonWaiting!.id, orleansWaiting!.id] },
      // A regroupement in two themes (two tablets disagreed) sits under the first only.
      { id: 'theme-vide', title: 'Autre', groupIds: [lyonWaiting!.id, 'group-of-no-seance-here'] },
    ];
    const { tree } = codebook(open(request([lyon, orleans], themes)).doc);
    expect(tree.slice(1)).toEqual([
      {
        name: 'Thèmes consolidés',
        codable: 'false',
        children: [
          {
            name: 'L’attente',
            codable: 'true',
            children: [
              { name: `${lyonWaiting!.title} (séance de Lyon)`, codable: 'true' },
              { name: `${orleansWaiting!.title} (séance d’Orléans)`, codable: 'true' },
            ],
          },
          { name: 'Autre', codable: 'true' },
        ],
      },
      {
        name: 'Regroupements',
        codable: 'false',
        children: [
          { name: `${lyonHours!.title} (séance de Lyon)`, codable: 'true' },
          { name: 'Horaires (séance d’Orléans)', codable: 'true' },
        ],
      },
    ]);
  });
});

describe('the text and its selections', () => {
  it('writes a line per phase and one verbatim per line, P-numbers for the speakers, the post-its no verbatim carries at the end', () => {
    const o = open(request([seance()]));
    const [text] = [...o.texts.values()];
    expect(text!.split('\n')).toEqual([
      'Accueil de la mairie — séance de Salle du conseil',
      '',
      'Phase 2 — Tour de table',
      said('Participant non identifié', 'Il faudrait un accueil le samedi.'),
      '',
      'Phase 3 — Partage d’expériences',
      said('P1', 'L’agent m’a très bien reçue, avec le sourire.'),
      said('P1', 'On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.'),
      said('P2', 'Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?'),
      said('P2', 'Un rendez-vous en ligne, ce serait bien.'),
      said('Note de la secrétaire', 'Le groupe s’anime sur les horaires.'),
      said('P3', 'P2 a raison sur les horaires.'),
      said('P3', 'J’aimerais savoir combien de temps je vais attendre.'),
      said('P5', 'Le papier d’accueil est clair.'),
      said('Groupe', 'Tout le monde approuve l’idée d’un écran d’attente.'),
      said('P4', 'P1 dit vrai : les chaises manquent depuis des mois.'),
      '',
      'Phase 4 — Attentes et axes de progrès',
      said('Animateur', 'Regroupons ce qui touche aux horaires.'),
      said('P4', 'Côté agents, on manque de place au guichet.'),
      '',
      'Phase 5 — Bilan et synthèse',
      said('P1', 'Merci de nous avoir écoutés.'),
      '',
      'Post-it du tableau',
      said('Irritant', 'Pas de chaises'),
      said('Idée', 'Écran avec le temps d’attente'),
      said('Attente', 'Savoir combien de temps on attend'),
      said('Irritant', 'Fermé trop tôt'),
      said('Idée', 'Ouvrir le samedi matin'),
      said('Point positif', 'Accueil souriant'),
      said('Idée', 'Prendre rendez-vous en ligne'),
      said('Irritant', 'Dans un groupe supprimé'),
    ]);
  });

  it('selects exactly each verbatim’s words, coded with its tags, « Citation clé » and the regroupement of the post-it made from it', () => {
    const found = selections(open(request([seance()])));
    const by = (words: string) => found.find((s) => s.words === words)?.codes;
    expect(found).toHaveLength(14 + 8);
    expect(by('L’agent m’a très bien reçue, avec le sourire.')).toEqual(['Positif', 'Citation clé']);
    expect(by('Un rendez-vous en ligne, ce serait bien.')).toEqual(['Idée', 'Horaires (séance de Salle du conseil)']);
    expect(by('Regroupons ce qui touche aux horaires.')).toEqual([]);
    expect(by('Pas de chaises')).toEqual(['Irritant', 'Attente (séance de Salle du conseil)']);
    // Its regroupement was deleted: the post-it is unsorted, as on the board.
    expect(by('Dans un groupe supprimé')).toEqual(['Irritant']);
    expect(by('Accueil souriant')).toEqual(['Positif']);
    expect(found.map((s) => s.words)).not.toContain('Texte effacé.');
  });
});

describe('the cases', () => {
  it('are the participants as P-numbers of their séance, with the séance’s public, each holding the selections of their words', () => {
    const o = open(request([seance()]));
    const words = new Map(selections(o).map((s) => [s.guid, s.words]));
    const cases = all(o.doc, 'Case').map((c) => ({
      name: attr(c, 'name'),
      values: all(c, 'TextValue').map((v) => v.textContent),
      said: all(c, 'SelectionRef').map((r) => words.get(attr(r, 'targetGUID'))),
    }));
    // Emma left during the séance but is quoted: P5. Fanny left without a word: no case.
    expect(cases.map((c) => c.name)).toEqual(['P1, séance de Salle du conseil', 'P2, séance de Salle du conseil', 'P3, séance de Salle du conseil', 'P4, séance de Salle du conseil', 'P5, séance de Salle du conseil']);
    expect(cases[0]!.values).toEqual(['Usagers', 'séance de Salle du conseil']);
    expect(cases[0]!.said).toEqual(['L’agent m’a très bien reçue, avec le sourire.', 'On attend debout, il n’y a pas de chaises ; c’est dur à mon âge.', 'Merci de nous avoir écoutés.']);
    expect(cases[4]!.said).toEqual(['Le papier d’accueil est clair.']);
    expect(all(o.doc, 'Variable').map((v) => [attr(v, 'name'), attr(v, 'typeOfVariable')])).toEqual([
      ['Public', 'Text'],
      ['Séance', 'Text'],
    ]);
    expect(all(o.doc, 'User').map((u) => attr(u, 'name'))).toEqual(['Tablette 1']);
  });
  it('tells apart two séances of one place (a mirror keeps its source’s): by their public, then by their day', () => {
    const { seances } = consolidatedDemarche();
    const [lyon, villeurbanne, agents] = seances as [ReportInput, ReportInput, ReportInput];
    // A second séance of usagers at Villeurbanne, a month later (records of its own).
    const again = consolidatedDemarche().seances[1]!;
    again.session = { ...again.session, date: '2027-01-12' };
    const o = open(request([lyon, villeurbanne, agents, again]));
    const cases = all(o.doc, 'Case').map((c) => [attr(c, 'name'), all(c, 'TextValue').map((v) => v.textContent).join(' / ')]);
    expect(cases).toEqual([
      ['P1, séance de Lyon, usagers', 'Usagers / séance de Lyon, usagers'],
      ['P2, séance de Lyon, usagers', 'Usagers / séance de Lyon, usagers'],
      ['P1, séance de Villeurbanne, 2026-12-08', 'Usagers / séance de Villeurbanne, 2026-12-08'],
      ['P2, séance de Villeurbanne, 2026-12-08', 'Usagers / séance de Villeurbanne, 2026-12-08'],
      ['P1, séance de Lyon, agents', 'Agents / séance de Lyon, agents'],
      ['P1, séance de Villeurbanne, 2027-01-12', 'Usagers / séance de Villeurbanne, 2027-01-12'],
      ['P2, séance de Villeurbanne, 2027-01-12', 'Usagers / séance de Villeurbanne, 2027-01-12'],
    ]);
    expect(codebook(o.doc).tree.at(-1)).toMatchObject({ name: 'Regroupements', children: [{ name: 'Attente au guichet (séance de Lyon, usagers)' }, { name: 'Divers selon P2 (séance de Lyon, usagers)' }, { name: 'Horaires du soir (séance de Villeurbanne, 2026-12-08)' }, { name: 'Guichet saturé (séance de Lyon, agents)' }, { name: 'Horaires du soir (séance de Villeurbanne, 2027-01-12)' }] });
    // A séance alone at its place keeps its plain name.
    expect(all(open(request([lyon, villeurbanne])).doc, 'Case').map((c) => attr(c, 'name'))).toEqual(['P1, séance de Lyon', 'P2, séance de Lyon', 'P1, séance de Villeurbanne', 'P2, séance de Villeurbanne']);
  });
});

describe('anonymised, always', () => {
  it('keeps no participant’s or role’s name, nor the consent wording, anywhere in the zip', () => {
    const s = seance();
    const zip = Object.values(open(request([s])).files).join('\n');
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Fanny', 'Claire Martin', 'Hugo Petit', 'Nadia Roux', 'J’accepte']) expect(zip, name).not.toContain(name);
    expect(zip).toContain('P1 dit vrai');
  });

  it('never writes the name stored with a verbatim, even for a speaker whose participant record is missing', () => {
    const session = makeSession({ place: 'Nantes' });
    const ghost = makeVerbatim(session.id, { speaker: 'participant-gone' as never, speakerName: 'Gaspard Lenoir', text: 'Je reviendrai.' });
    const input = { ...reportSeance(), session, participants: [], verbatims: [ghost], cards: [], groups: [], phases: [] };
    const zip = Object.values(open(request([input])).files).join('\n');
    expect(zip).not.toContain('Gaspard');
    expect(zip).toContain(said('Participant non identifié', 'Je reviendrai.'));
  });
});

describe('the same data, the same file', () => {
  it('gives identical bytes twice, and whatever the order the records come in', () => {
    const s = seance();
    const first = renderQdpx(request([s])).bytes;
    const shuffled = { ...s, verbatims: [...s.verbatims].reverse(), cards: [...s.cards].reverse(), groups: [...s.groups].reverse(), participants: [...s.participants].reverse() };
    expect(Buffer.from(renderQdpx(request([seance()].map(() => s))).bytes).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(renderQdpx(request([shuffled])).bytes).equals(Buffer.from(first))).toBe(true);
  });

  it('gives every element a GUID of the schema’s pattern, none twice', () => {
    const o = open(request([seance()]));
    const guids = all(o.doc, '*').flatMap((el) => (el.hasAttribute('guid') ? [attr(el, 'guid')] : []));
    expect(guids.length).toBeGreaterThan(50);
    for (const g of guids) expect(g).toMatch(GUID);
    expect(new Set(guids).size).toBe(guids.length);
    // Every reference points at something in the project.
    const refs = all(o.doc, '*').flatMap((el) => (el.hasAttribute('targetGUID') ? [attr(el, 'targetGUID')] : []));
    for (const r of refs) expect(guids).toContain(r);
  });
});

/** A séance typed by someone trying to break the file: XML's special characters, emoji, a 10,000-character verbatim. */
function hostile(): ReportInput {
  const session = makeSession({ title: 'Séance <script>alert("x")</script> & « co »', place: 'Évry ]]> & <Courcouronnes>', audience: ['usagers', 'elus'] });
  const sid = session.id as SessionId;
  const p = makeParticipant(sid, { pseudonym: 'Zoé <b>', seat: 0 });
  const group = makeGroup(sid, { title: 'Accès & <délais> ]]>' });
  const long = `${'Très long verbatim 🙂 '.repeat(476)}fin`.slice(0, 10_000);
  const texts = ['a < b && c > d', 'fin de CDATA ]]> ici', 'émoji 👩‍👩‍👧 et 🎉 partout', 'ligne 1\r\nligne 2\nligne 3', 'contrôle \u0001\u0008 puis \ud800 seul', long, '"guillemets" & \'apostrophes\''];
  const verbatims = texts.map((text, i) => makeVerbatim(sid, { speaker: p.id, speakerName: p.pseudonym, text, tags: ['irritant', 'idee'], key: i === 0, capturedAt: T0 + i }));
  const cards = [makeCard(sid, { text: 'Post-it <i>&amp;</i> 🧾', groupId: group.id }), makeCard(sid, { text: verbatims[1]!.text, sourceVerbatimId: verbatims[1]!.id, groupId: group.id })];
  return { ...reportSeance(), session, participants: [p], verbatims, cards, groups: [group], phases: [] };
}

describe('a hostile séance', () => {
  it('stays well-formed XML, and each selection still holds its verbatim’s words, emoji counted as the standard counts them', () => {
    const input = hostile();
    const o = open(request([input]));
    expect(xmlProblem(o.files['project.qde']!)).toBeNull();
    const found = selections(o).map((s) => s.words);
    expect(found).toContain('a < b && c > d');
    expect(found).toContain('fin de CDATA ]]> ici');
    expect(found).toContain('émoji 👩‍👩‍👧 et 🎉 partout');
    expect(found).toContain('ligne 1 ligne 2 ligne 3');
    expect(found).toContain('contrôle  puis \ufffd seul');
    expect(found).toContain(input.verbatims[5]!.text);
    expect(found).toContain('Post-it <i>&amp;</i> 🧾');
    expect([...codebook(o.doc).byGuid.values()]).toContain('Accès & <délais> ]]> (séance d’Évry ]]> & <Courcouronnes>)');
    expect(attr(o.doc.documentElement, 'name')).toBe('Séance <script>alert("x")</script> & « co »');
  });

  const xsd = schemaPath();
  it.skipIf(!hasXmllint())(`is accepted by xmllint${xsd ? ' against the REFI-QDA schema' : ' as well-formed XML (schema not found: see tests/fixtures/refi-qda/README.md)'}`, () => {
    if (!xsd) console.warn('REFI-QDA Project.xsd not found (REFI_QDA_XSD or ../shared/refi-qda/Project.xsd): project.qde checked for well-formedness only.');
    xmllint(open(request([hostile()])).files['project.qde']!, xsd);
  });
});

describe('against the standard’s schema', () => {
  const xsd = schemaPath();
  it.skipIf(!hasXmllint())(`one séance, and two séances with themes, pass xmllint${xsd ? ' --schema Project.xsd' : ' (well-formed only: schema not found)'}`, () => {
    const lyon = seance();
    const orleans = reportSeance();
    xmllint(open(request([lyon])).files['project.qde']!, xsd);
    xmllint(open(request([lyon, orleans], [{ id: 'th', title: 'Attente', groupIds: [lyon.groups[0]!.id, orleans.groups[0]!.id] }])).files['project.qde']!, xsd);
    // An empty séance is still a project the tools open.
    const empty = { ...reportSeance(), verbatims: [], cards: [], groups: [], participants: [] };
    xmllint(open(request([empty])).files['project.qde']!, xsd);
  });
});

describe('guid', () => {
  it('is the same for the same parts, of the schema’s pattern, and parts never run into each other', () => {
    expect(guid('selection', 'v-1')).toBe(guid('selection', 'v-1'));
    expect(guid('selection', 'v-1')).toMatch(GUID);
    expect(guid('a:b')).not.toBe(guid('a', 'b'));
    expect(guid('ab', 'c')).not.toBe(guid('a', 'bc'));
  });

  it('differs for different parts (10,000 record ids, uuids and short test ids alike)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.uuid(), fc.string({ maxLength: 12 })), { minLength: 1000, maxLength: 10_000 }), (ids) => {
        expect(new Set(ids.map((id) => guid('selection', id))).size).toBe(ids.length);
      }),
      { numRuns: 5 },
    );
  });
});
