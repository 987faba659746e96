// The plan d'actions in a real browser: two séances' fiches imported, Accueil's late count, filters, CSV and .ods read back cell by cell, the A4 landscape print; axe and screenshots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../src/domain/session';
import { buildEnvelope, emptyRecordSet, serialise } from '../../src/format/envelope';
import { makeActionSheet, makeIndicator, makeMeasure, makeMilestone, makeSession, makeStatusChange } from '../factories';
import { goHome, openHome, until, visible } from './app';
import { PORTRAIT, RESULTS_DIR, TABLET, checkA11y, launch, newProfile, shoot } from './browser';
import { chooseFile, exportTo } from './transfer';

const files = mkdtempSync(join(tmpdir(), 'cercle-plan-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** A day `n` days from today (the browser's today: the app flags lateness against the real date). */
const day = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));
const csvDay = (d: string) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Two séances, four fiches: late by its end, late by a jalon, terminée after its end, en cours on time. */
function planFile(): string {
  const mairie = makeSession({ title: 'Accueil de la mairie', date: day(-60), status: 'terminee' });
  const caf = makeSession({ title: 'Accueil CAF', date: day(-40), status: 'terminee' });
  const samedi = makeActionSheet(mairie.id, { number: '1', title: 'Ouvrir le samedi matin', owner: 'Nadia', start: day(-50), plannedEnd: day(-10), engagements: ['accueil', 'joignabilite'] });
  const horaires = makeActionSheet(mairie.id, { number: '2', title: 'Afficher les horaires', owner: 'Hugo', start: day(-50), plannedEnd: day(60), engagements: ['joignabilite'] });
  const rappel = makeActionSheet(caf.id, { number: '1', title: 'Rappeler sous 48 h', owner: 'Nadia', start: day(-38), plannedEnd: day(-30), engagements: ['reponse'] });
  const courriels = makeActionSheet(caf.id, { number: '2', title: 'Répondre aux courriels', owner: 'Élise', start: day(-30), plannedEnd: day(90), engagements: ['reponse', 'avis'] });
  const attente = makeIndicator(mairie.id, horaires.id, { name: 'Attente au guichet', unit: 'min', baselineValue: 25, targetValue: 10 });
  const data = {
    ...emptyRecordSet(),
    sessions: [mairie, caf],
    actions: [samedi, horaires, rappel, courriels],
    statusChanges: [makeStatusChange(caf.id, rappel.id, { status: 'terminee', on: day(-35) }), makeStatusChange(caf.id, courriels.id, { status: 'en_cours', on: day(-29) })],
    milestones: [makeMilestone(mairie.id, horaires.id, { title: 'Panneaux commandés', due: day(-3) }), makeMilestone(mairie.id, horaires.id, { title: 'Panneaux posés', due: day(20) })],
    indicators: [attente],
    measures: [makeMeasure(mairie.id, attente, { value: 18, on: day(-5) })],
  };
  const path = join(files, 'cercle-tout-animateur.json');
  writeFileSync(path, serialise(buildEnvelope(data, { appVersion: '0.1.0', exportedAt: Date.now(), deviceId: 'tablette-animateur' })));
  return path;
}

/** The titles of the table's rows, top to bottom. */
const titles = (page: Page) => page.locator('.plan-table tbody .plan-title').allInnerTexts();

/** content.xml's rows: a date cell as its date value, any other as its text. */
function odsRows(bytes: Uint8Array): string[][] {
  // French no-break spaces (before « : », inside « ») read as spaces.
  const xml = strFromU8(unzipSync(bytes)['content.xml']!).replace(/[\u00a0\u202f]/g, ' ');
  return [...xml.matchAll(/<table:table-row>(.*?)<\/table:table-row>/g)].map((row) =>
    [...row[1]!.matchAll(/<table:table-cell([^>]*)>(.*?)<\/table:table-cell>/g)].map(([, attrs, body]) => /office:date-value="([^"]+)"/.exec(attrs!)?.[1] ?? [...body!.matchAll(/<text:p>(.*?)<\/text:p>/g)].map((p) => p[1]).join('\n')),
  );
}

describe('plan d’actions', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
    await page.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    await chooseFile(page, page.getByRole('button', { name: 'Choisir un fichier' }), planFile());
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Import terminé' }));
    await goHome(page);
  });

  it('Accueil says how many actions are late, on the way to the plan', async () => {
    const button = page.getByRole('link', { name: /^Plan d’actions/ });
    await until(() => button.innerText(), /^Plan d’actions\s+2 en retard$/);
    await shoot(page, 'plan-accueil');
    await button.click();
    await visible(page.getByRole('heading', { level: 1, name: 'Plan d’actions' }));
    expect(new URL(page.url()).hash).toBe('#/plan');
  });

  it('lists the fiches by fin prévue, late ones flagged in words; no sideways scrolling; axe', async () => {
    await until(() => titles(page), ['Rappeler sous 48 h', 'Ouvrir le samedi matin', 'Afficher les horaires', 'Répondre aux courriels']);
    const late = page.locator('.plan-row.is-late .plan-title');
    expect(await late.allInnerTexts()).toEqual(['Ouvrir le samedi matin', 'Afficher les horaires']);
    await visible(page.getByText('jalon « Panneaux commandés » non atteint', { exact: false }));
    await visible(page.getByText('18 min / cible 10 min'));
    await checkA11y(page, 'Plan d’actions');
    await shoot(page, 'plan-ecran');
    for (const size of [TABLET, PORTRAIT]) {
      await page.setViewportSize({ ...size });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    }
    await checkA11y(page, 'Plan d’actions — portrait');
    await page.setViewportSize({ ...TABLET });
    // Each row opens its fiche de suivi.
    const href = await page.getByRole('link', { name: 'Ouvrir le samedi matin' }).getAttribute('href');
    expect(href).toMatch(/^#\/seance\/[^/]+\/action\/[^/]+$/);
  });

  it('filters with the keyboard, combined; the CSV and the .ods hold the rows shown', async () => {
    await page.getByLabel('Statut', { exact: true }).focus();
    await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'En retard' });
    await until(() => titles(page), ['Ouvrir le samedi matin', 'Afficher les horaires']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-filter-owner');
    await page.getByLabel('Responsable', { exact: true }).selectOption('Nadia');
    await until(() => titles(page), ['Ouvrir le samedi matin']);
    await visible(page.getByText('1 action sur 4'));
    await shoot(page, 'plan-filtre');

    const csv = await exportTo(page, 'Tableau CSV (Excel)', files);
    expect(csv.name).toMatch(/^cercle-\d{4}-\d{2}-\d{2}-plan-d-actions\.csv$/);
    const text = readFileSync(csv.path, 'utf8');
    expect(text.startsWith('\uFEFFN°;Action;Engagements;Séance;')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(';').slice(0, 2)).toEqual(['1', 'Ouvrir le samedi matin']);
    expect(lines[1]).toContain(`;Nadia;${csvDay(day(-50))};${csvDay(day(-10))};Prévue;`);
    expect(lines[1]).toContain(';Oui;fin prévue dépassée');

    await page.getByLabel('Responsable', { exact: true }).selectOption({ label: 'Tous' });
    await until(() => titles(page), ['Ouvrir le samedi matin', 'Afficher les horaires']);
    const ods = await exportTo(page, 'Tableur (.ods)', files);
    expect(ods.name).toMatch(/^cercle-\d{4}-\d{2}-\d{2}-plan-d-actions\.ods$/);
    const bytes = new Uint8Array(readFileSync(ods.path));
    expect(Object.keys(unzipSync(bytes))[0]).toBe('mimetype');
    expect(strFromU8(unzipSync(bytes).mimetype!)).toBe('application/vnd.oasis.opendocument.spreadsheet');
    // unzip(1) reads it too: a plain zip, nothing only fflate understands.
    expect(execFileSync('unzip', ['-l', ods.path], { encoding: 'utf8' })).toMatch(/mimetype[\s\S]*content\.xml[\s\S]*META-INF\/manifest\.xml/);
    // The browser's XML parser reads content.xml without an error (LibreOffice refuses a file that is not well-formed).
    const xml = strFromU8(unzipSync(bytes)['content.xml']!);
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length, xml)).toBe(0);
    const rows = odsRows(bytes);
    expect(rows.map((r) => r[1])).toEqual(['Action', 'Ouvrir le samedi matin', 'Afficher les horaires']);
    expect(rows[2]).toEqual([
      '2',
      'Afficher les horaires',
      'Joignabilité et démarches en ligne',
      'Accueil de la mairie',
      day(-60),
      'Hugo',
      day(-50),
      day(60),
      'Prévue',
      'Panneaux commandés',
      day(-3),
      'Attente au guichet : 18 min / cible 10 min',
      'Oui',
      expect.stringMatching(/^jalon « Panneaux commandés » non atteint \(/) as unknown as string,
    ]);
  });

  it('prints on A4 landscape with the filters said on the page', async () => {
    await page.getByRole('link', { name: 'Imprimer', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Plan d’actions' }));
    await visible(page.getByText('Filtres : Statut : En retard'));
    expect(await page.locator('.plan-table tbody tr').count()).toBe(2);
    await checkA11y(page, 'Plan d’actions — impression');
    await shoot(page, 'plan-impression');
    const pdf = join(RESULTS_DIR, 'plan-impression.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(RESULTS_DIR, 'plan-impression-page')]);
    // A4 landscape: 842 × 595 points.
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
    expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([842, 595]);
    await page.getByRole('link', { name: 'Revenir au plan d’actions' }).click();
    await until(() => titles(page), ['Ouvrir le samedi matin', 'Afficher les horaires']);
  });
});
