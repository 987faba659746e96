// The CSV exports as French Excel reads them: BOM, `;`, CRLF, quoted fields, French dates, names gone when anonymised.
import { describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { buildReport, type ReportInput } from '../../src/report/build';
import { cardsCsv, verbatimsCsv } from '../../src/report/csv';
import { csvDateTime, csvField } from '../../src/report/csvFormat';
import { makeVerbatim } from '../factories';
import { REPORT_AT, reportSeance } from '../reportFixture';

// The report's texts load with its screens in the app (loadTexts); here before the describe blocks build their CSV.
await loadTexts('shared');
await loadTexts('report');

const t = translator('fr');

/** RFC 4180 with `;`: records end at CRLF outside quotes; a bare CR or LF outside quotes is an error. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ';') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

/** The fixture séance plus the verbatims a test needs, captured in phase 3. */
function seanceWith(...texts: string[]): ReportInput {
  const input = reportSeance();
  const alice = input.participants.find((p) => p.pseudonym === 'Alice')!;
  const p3 = input.phases.find((p) => p.index === 3)!.startedAt!;
  const extra = texts.map((text, i) => makeVerbatim(input.session.id, { phase: 3, speaker: alice.id, speakerName: 'Alice', text, tags: ['idee', 'irritant'], capturedAt: p3 + (30 + i) * 60_000 }));
  return { ...input, verbatims: [...input.verbatims, ...extra] };
}

const verbatimRows = (input: ReportInput, anonymised = false) => parseCsv(verbatimsCsv(buildReport(input, { anonymised, now: REPORT_AT }), t, 'fr-FR').slice(1));

describe('csvField', () => {
  it.each([
    ['simple', 'simple'],
    ['', ''],
    ['a;b', '"a;b"'],
    ['il a dit "non"', '"il a dit ""non"""'],
    ['ligne\nautre', '"ligne\nautre"'],
    ['ligne\r\nautre', '"ligne\r\nautre"'],
    ['virgule, ok', 'virgule, ok'],
  ])('%j → %j', (raw, written) => {
    expect(csvField(raw)).toBe(written);
  });
});

describe('csvDateTime', () => {
  it('writes a local time as dd/mm/yyyy hh:mm, the form French Excel reads as a date', () => {
    expect(csvDateTime(new Date(2026, 10, 23, 14, 5).getTime(), 'fr-FR')).toBe('23/11/2026 14:05');
    expect(csvDateTime(new Date(2027, 0, 2, 9, 0).getTime(), 'fr-FR')).toBe('02/01/2027 09:00');
  });
});

describe('verbatimsCsv', () => {
  const text = verbatimsCsv(buildReport(seanceWith(), { anonymised: false, now: REPORT_AT }), t, 'fr-FR');

  it('starts with the UTF-8 BOM, then a header row separated by `;`, every record ending in CRLF', () => {
    expect(text.startsWith('\uFEFFDate et heure;Phase;Qui;Verbatim;Étiquettes;Marqué (étoile);Type\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r|\n/);
  });

  it('has one row per verbatim and observation of the séance, starred or not, deleted ones left out, in capture order', () => {
    const rows = verbatimRows(seanceWith());
    expect(rows).toHaveLength(1 + 14);
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(rows.map((r) => r[3])).not.toContain('Texte effacé.');
    expect(rows[1]).toEqual(['23/11/2026 10:26', expect.stringMatching(/^2 — /), 'participant non identifié', 'Il faudrait un accueil le samedi.', 'Attente', 'Non', 'Verbatim']);
    const starred = rows.find((r) => r[3] === 'L’agent m’a très bien reçue, avec le sourire.')!;
    // Captured 5 minutes into phase 3, which started at 10:45 local time.
    expect(starred).toEqual(['23/11/2026 10:50', expect.stringMatching(/^3 — /), 'Alice', 'L’agent m’a très bien reçue, avec le sourire.', 'Positif', 'Oui', 'Verbatim']);
    expect(rows.find((r) => r[3] === 'Le groupe s’anime sur les horaires.')?.slice(2)).toEqual(['Observation du secrétaire', 'Le groupe s’anime sur les horaires.', '', 'Non', 'Observation']);
    expect(rows.find((r) => r[3] === 'Le papier d’accueil est clair.')?.[2]).toBe('Emma (parti en cours de séance)');
    expect(rows.find((r) => r[3] === 'Regroupons ce qui touche aux horaires.')?.[2]).toBe('l’animateur');
    for (const r of rows.slice(1)) expect(r[0]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    const times = rows.slice(1).map((r) => r[0]!.replace(/^(\d\d)\/(\d\d)\/(\d{4}) /, '$3$2$1 '));
    expect(times).toEqual([...times].sort());
  });

  it('gives the phase by number and title', () => {
    const rows = verbatimRows(seanceWith());
    const model = buildReport(seanceWith(), { anonymised: false, now: REPORT_AT });
    const title3 = model.conduct.phases.find((p) => p.index === 3)!.title;
    expect(rows.find((r) => r[3] === 'Bruno a raison sur les horaires.')?.[1]).toBe(`3 — ${title3}`);
  });

  it('round-trips a verbatim holding `;`, "quotes", a new line and French letters, with its tags in French', () => {
    const tricky = 'Il a dit : "non" ; puis\nil est parti. Ça m’a serré le cœur, « vraiment ».';
    const rows = verbatimRows(seanceWith(tricky, 'Côté « accueil », ça va ; œuvre collective'));
    const row = rows.find((r) => r[3] === tricky);
    expect(row).toEqual([expect.any(String), expect.stringMatching(/^3 — /), 'Alice', tricky, 'Idée, Irritant', 'Non', 'Verbatim']);
    expect(rows.map((r) => r[3])).toContain('Côté « accueil », ça va ; œuvre collective');
    expect(rows.map((r) => r[3])).toContain('Les horaires ne vont pas quand on travaille : « fermé à 17 h », vraiment ?');
  });

  it('keeps a verbatim that looks like a formula as text, so Excel never runs it', () => {
    const rows = verbatimRows(seanceWith('=HYPERLINK("x";"clic")', '-5 minutes d’attente', '+1', '@moi'));
    const said = rows.map((r) => r[3]);
    expect(said).toContain('\'=HYPERLINK("x";"clic")');
    expect(said).toContain('\'-5 minutes d’attente');
    expect(said).toContain("'+1");
    expect(said).toContain("'@moi");
    expect(said.some((s) => /^[=+\-@]/.test(s!))).toBe(false);
  });

  it('anonymised, names nobody of the fixture and says P1…, inside the verbatims too', () => {
    const text = verbatimsCsv(buildReport(reportSeance(), { anonymised: true, now: REPORT_AT }), t, 'fr-FR');
    for (const name of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma']) expect(text).not.toContain(name);
    const rows = parseCsv(text.slice(1));
    expect(rows.map((r) => r[2])).toContain('P1');
    expect(rows.map((r) => r[3])).toContain('P1 dit vrai : les chaises manquent depuis des mois.');
  });
});

describe('cardsCsv', () => {
  const model = buildReport(reportSeance(), { anonymised: false, now: REPORT_AT });
  const text = cardsCsv(model, t, 'fr-FR');
  const rows = parseCsv(text.slice(1));

  it('starts with the BOM and a French header row', () => {
    expect(text.startsWith('\uFEFFPost-it;Type;Regroupement;Pistes d’amélioration\r\n')).toBe(true);
  });

  it('has one row per post-it with its kind, its group and the pistes drawn from the group; deleted ones left out', () => {
    expect(rows.slice(1)).toEqual([
      ['Pas de chaises', 'Irritant', 'Attente', 'Installer des chaises et un écran d’attente'],
      ['Écran avec le temps d’attente', 'Idée', 'Attente', 'Installer des chaises et un écran d’attente'],
      ['Savoir combien de temps on attend', 'Attente', 'Attente', 'Installer des chaises et un écran d’attente'],
      ['Fermé trop tôt', 'Irritant', 'Horaires', 'Élargir les horaires'],
      ['Ouvrir le samedi matin', 'Idée', 'Horaires', 'Élargir les horaires'],
      ['Accueil souriant', 'Point positif', '', ''],
      ['Prendre rendez-vous en ligne', 'Idée', '', ''],
      ['Dans un groupe supprimé', 'Irritant', '', ''],
    ]);
  });

  it('lists every piste drawn from a group, in the report’s order', () => {
    const input = reportSeance();
    const waiting = input.groups.find((g) => g.title === 'Attente')!;
    const tracks = input.tracks.map((tr) => (tr.title === 'Rendez-vous en ligne' ? { ...tr, groupIds: [waiting.id] } : tr));
    const out = parseCsv(cardsCsv(buildReport({ ...input, tracks }, { anonymised: false, now: REPORT_AT }), t, 'fr-FR').slice(1));
    expect(out[1]).toEqual(['Pas de chaises', 'Irritant', 'Attente', 'Installer des chaises et un écran d’attente ; Rendez-vous en ligne']);
  });
});
