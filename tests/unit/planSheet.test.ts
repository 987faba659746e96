// The plan's exports: the CSV for French Excel and the .ods spreadsheet, read back cell by cell.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, translator } from '../../src/i18n';
import { renderOds } from '../../src/report/ods';
import { planCsv, planSheet, PLAN_COLUMN_WIDTHS } from '../../src/report/planSheet';
import { planRows, type PlanInput } from '../../src/report/planTable';
import { makeActionSheet, makeIndicator, makeMeasure, makeSession, makeStatusChange, T0 } from '../factories';

const t = translator('fr');
/** French no-break spaces (before « ; » and « : », inside « ») read as spaces here. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('plan'), loadTexts('report')]));

function sheet() {
  const s = makeSession({ title: 'Accueil de la mairie', date: '2026-11-23' });
  const a = makeActionSheet(s.id, { number: '1', title: '=HYPERLINK("x") & <b>"gras"</b>', owner: 'Nadia', start: '2026-12-01', plannedEnd: '2027-03-01', engagements: ['accueil', 'avis'] });
  const b = makeActionSheet(s.id, { number: '2', title: 'Afficher les horaires\nsur la porte', owner: 'Hugo', start: 'janvier', plannedEnd: '' });
  const ind = makeIndicator(s.id, a.id, { name: 'Attente', unit: 'min', targetValue: 10 });
  const input: PlanInput = {
    sessions: [s],
    actions: [a, b],
    statusChanges: [makeStatusChange(s.id, a.id, { status: 'en_cours', on: '2026-12-01' })],
    milestones: [],
    indicators: [ind],
    measures: [makeMeasure(s.id, ind, { value: 18, on: '2027-02-01' })],
  };
  return planSheet(planRows(input, '2027-03-15'), t, 'fr-FR');
}

/** The cells of content.xml, row by row, as a spreadsheet reads them: the date value of a date, the text of the rest. */
function odsCells(bytes: Uint8Array): string[][] {
  const xml = plain(strFromU8(unzipSync(bytes)['content.xml']!));
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<table:table-row>(.*?)<\/table:table-row>/g)].map((row) =>
    [...row[1]!.matchAll(/<table:table-cell([^>]*)>(.*?)<\/table:table-cell>/g)].map(([, attrs, body]) => {
      const date = /office:date-value="([^"]+)"/.exec(attrs!)?.[1];
      return date ?? [...body!.matchAll(/<text:p>(.*?)<\/text:p>/g)].map((p) => decode(p[1]!)).join('\n');
    }),
  );
}

describe('plan CSV', () => {
  it('is French Excel’s: BOM, semicolons, French dates, typed text never a formula', () => {
    const csv = plain(planCsv(sheet()));
    expect(csv.startsWith('\uFEFFN°;Action;Engagements;Séance;Date de la séance;Responsable;Démarrage;Fin prévue;Statut;Prochain jalon;Échéance du jalon;Indicateurs;En retard;Pourquoi\r\n')).toBe(true);
    const [, first, second] = csv.slice(1).split('\r\n');
    expect(first).toBe(
      `1;"'=HYPERLINK(""x"") & <b>""gras""</b>";"Courtoisie, bienveillance et droit à l’erreur ; Avis des usagers pris en compte";Accueil de la mairie;23/11/2026;Nadia;01/12/2026;01/03/2027;En cours;;;Attente : 18 min / cible 10 min;Oui;fin prévue dépassée (1er mars 2027)`,
    );
    // Free text where a day is expected stays as typed; a line break keeps the field quoted.
    expect(second).toBe('2;"Afficher les horaires\nsur la porte";;Accueil de la mairie;23/11/2026;Hugo;janvier;;Prévue;;;;Non;');
  });
});

describe('plan .ods', () => {
  it('is an OpenDocument spreadsheet: mimetype first and stored, then content and manifest', () => {
    const bytes = renderOds(sheet(), 'Plan d’actions', PLAN_COLUMN_WIDTHS, T0);
    // The local header of the first entry: its name, method 0 (stored), the media type readable at byte 38.
    expect(strFromU8(bytes.slice(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0);
    expect(strFromU8(bytes.slice(38, 84))).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['mimetype', 'content.xml', 'META-INF/manifest.xml']);
    expect(strFromU8(files['META-INF/manifest.xml']!)).toContain('manifest:full-path="content.xml"');
    expect(strFromU8(files['content.xml']!)).toContain('table:name="Plan d’actions"');
  });

  it('holds every cell: days as dates, text as text (escaped, never a formula), line breaks as paragraphs', () => {
    const cells = odsCells(renderOds(sheet(), 'Plan d’actions', PLAN_COLUMN_WIDTHS, T0));
    expect(cells[0]).toEqual(['N°', 'Action', 'Engagements', 'Séance', 'Date de la séance', 'Responsable', 'Démarrage', 'Fin prévue', 'Statut', 'Prochain jalon', 'Échéance du jalon', 'Indicateurs', 'En retard', 'Pourquoi']);
    expect(cells[1]).toEqual([
      '1',
      '=HYPERLINK("x") & <b>"gras"</b>',
      'Courtoisie, bienveillance et droit à l’erreur ; Avis des usagers pris en compte',
      'Accueil de la mairie',
      '2026-11-23',
      'Nadia',
      '2026-12-01',
      '2027-03-01',
      'En cours',
      '',
      '',
      'Attente : 18 min / cible 10 min',
      'Oui',
      'fin prévue dépassée (1er mars 2027)',
    ]);
    expect(cells[2]!.slice(0, 8)).toEqual(['2', 'Afficher les horaires\nsur la porte', '', 'Accueil de la mairie', '2026-11-23', 'Hugo', 'janvier', '']);
    const xml = strFromU8(unzipSync(renderOds(sheet(), 'x', [], T0))['content.xml']!);
    expect(xml).not.toContain('table:formula');
    // Well-formed: every « < » opens an OpenDocument element, every « & » an entity (a typed <b> or & stays text).
    expect(xml.match(/<(?!\/?(?:office|style|text|table|number):|\?xml )/g)).toBeNull();
    expect(xml.match(/&(?!(?:amp|lt|gt|quot);)/g)).toBeNull();
  });

  it('drops characters XML cannot hold, so one pasted control character does not spoil the file', () => {
    const bytes = renderOds({ head: ['A'], rows: [[{ text: 'bip\u0007 fin' }]] }, 'x', [], T0);
    expect(odsCells(bytes)[1]).toEqual(['bip fin']);
  });
});
