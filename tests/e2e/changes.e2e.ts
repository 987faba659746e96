// « Ce qui a changé » in a real browser: reminded on Accueil, opened, named nobody, printed on ONE A4 page, exported; and the report's En bref page 1.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../src/domain/session';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { followedSeance } from '../reportFixture';
import { goHome, openHome, sessionCard, visible } from './app';
import { RESULTS_DIR, baseURL, checkA11y, launch, newProfile, shoot } from './browser';
import { chooseFile, exportTo, storedLive } from './transfer';

const TITLE = 'Accueil de la mairie';
const NAMES = ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Claire Martin', 'Hugo Petit', 'Nadia Roux'];
const files = mkdtempSync(join(tmpdir(), 'cercle-changes-'));
let sessionId = '';
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** The séance with its plan followed (status steps, jalons, indicators measured), its return in three days: the browser's clock is the real one. */
function seanceFile(): string {
  const { session, names, ...records } = followedSeance();
  sessionId = session.id;
  const soon = new Date();
  soon.setDate(soon.getDate() + 3);
  const path = join(files, 'cercle-2026-11-23-accueil-de-la-mairie-animateur.json');
  const seance = { ...session, returnDate: isoDay(soon) };
  writeFileSync(path, serialise(buildEnvelope({ sessions: [seance], ...records }, { appVersion: '0.1.0', exportedAt: session.closedAt!, deviceId: 'tablette-animateur' })));
  return path;
}

/** Print the page on A4 with the browser's own engine; returns the number of pages and the first page's text. */
async function printed(page: Page, name: string): Promise<{ pages: number; first: string }> {
  const pdf = join(RESULTS_DIR, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(RESULTS_DIR, `${name}-page`)]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
  return { pages, first };
}

describe('Ce qui a changé', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
    await page.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    await chooseFile(page, page.getByRole('button', { name: 'Choisir un fichier' }), seanceFile());
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Import terminé' }));
    await goHome(page);
  });

  it('Accueil reminds the return three days ahead and leads to « Ce qui a changé »', async () => {
    const card = sessionCard(page, TITLE);
    await visible(card.getByText(/^Retour aux participants le .+\s:\spréparez\s«\s+Ce qui a changé\s+»$/));
    await checkA11y(page, 'Accueil, rappel du retour aux participants');
    await shoot(page, 'ce-qui-a-change-accueil');
    await card.getByRole('link', { name: /^Préparer «\s+Ce qui a changé\s+» pour Accueil de la mairie$/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ce qui a changé' }));
    expect(page.url()).toContain(`#/seance/${encodeURIComponent(sessionId)}/ce-qui-a-change`);
  });

  it('the screen says what was said, done and left, names nobody, and passes axe', async () => {
    const main = page.getByRole('main');
    const text = await main.innerText();
    for (const name of NAMES) expect(text, name).not.toContain(name);
    expect(text).not.toMatch(/\bP\d\b/);
    expect(text).toContain('Terminée le 10 janvier 2027');
    expect(text).toMatch(/Attente debout\s: de 25\smin le 23 novembre 2026 à 8\smin le 1er février 2027 \(objectif\s: 10\smin\) — objectif atteint/);
    const field = page.getByLabel('Date de retour aux participants');
    const day = await field.inputValue();
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A day half erased in Chromium's date field reads as nothing (badInput): said at the field, the stored date kept.
    await field.focus();
    await page.keyboard.press('Backspace');
    await visible(page.getByRole('alert').getByText('Date incomplète\u00a0: la date enregistrée est gardée. Choisissez un jour du calendrier.'));
    await shoot(page, 'ce-qui-a-change-date-invalide');
    expect(await storedLive(page, 'sessions', sessionId).then((rows) => rows[0]!.returnDate)).toBe(day);
    await field.fill(day);
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await checkA11y(page, 'Ce qui a changé');
    await shoot(page, 'ce-qui-a-change');
  });

  it('the print view fits ONE A4 page', async () => {
    await page.getByRole('link', { name: 'Imprimer ou PDF' }).click();
    await visible(page.getByRole('article').getByRole('heading', { level: 1, name: 'Ce qui a changé' }));
    expect(await page.getByRole('banner').count()).toBe(0);
    await checkA11y(page, 'Ce qui a changé, aperçu avant impression');
    await shoot(page, 'ce-qui-a-change-impression');
    const { pages, first } = await printed(page, 'ce-qui-a-change');
    expect(pages).toBe(1);
    for (const heading of ['Vous nous aviez dit…', 'Ce que nous avons fait', 'Ce qui reste à faire']) expect(first).toContain(heading);
    for (const name of NAMES) expect(first, name).not.toContain(name);
  });

  it('exported as a web page, named nobody; Accueil no longer reminds it', async () => {
    await page.getByRole('link', { name: 'Retour au document' }).or(page.getByRole('link', { name: 'Retour au rapport' })).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ce qui a changé' }));
    const html = await exportTo(page, 'Page web (.html)', files);
    expect(html.name).toBe('cercle-2026-11-23-accueil-de-la-mairie-ce-qui-a-change.html');
    const body = readFileSync(html.path, 'utf8');
    for (const name of NAMES) expect(body, name).not.toContain(name);
    const docx = await exportTo(page, 'Word (.docx)', files);
    expect(docx.name).toBe('cercle-2026-11-23-accueil-de-la-mairie-ce-qui-a-change.docx');
    await goHome(page);
    await visible(sessionCard(page, TITLE));
    expect(await sessionCard(page, TITLE).getByText(/^Retour aux participants le/).count()).toBe(0);
  });

  it('the rapport de synthèse opens on its En bref page, alone on printed page 1', async () => {
    await page.goto(`${baseURL()}/#/seance/${encodeURIComponent(sessionId)}/rapport/imprimer`);
    await visible(page.getByRole('heading', { level: 1, name: `Rapport de synthèse — ${TITLE}` }));
    const headings = await page.getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings[0]).toBe('En bref');
    expect(headings.slice(-2)).toEqual(['Annexe 1 — Questions du guide d’animation', 'Annexe 2 — Déroulement et temps de parole']);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(RESULTS_DIR, 'rapport-en-bref-impression-1024x768.png') });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: join(RESULTS_DIR, 'rapport-en-bref-impression-768x1024.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    const { pages, first } = await printed(page, 'rapport-en-bref');
    expect(pages).toBeGreaterThan(2);
    expect(first).toContain('En bref');
    expect(first).toContain('Ce qu’il faut retenir');
    expect(first).toMatch(/Ouvrir le samedi/);
    expect(first).toContain('Terminée le 10 janvier 2027');
    // The séance's facts start page 2.
    expect(first).not.toContain('La séance');
  });

  it('on the report screen: En bref on top, the return date in Prochaines étapes', async () => {
    await page.goto(`${baseURL()}/#/seance/${encodeURIComponent(sessionId)}/rapport`);
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport de synthèse' }));
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings[0]).toBe('En bref');
    for (const size of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
      await page.setViewportSize(size);
      await page.getByRole('region', { name: 'En bref' }).screenshot({ path: join(RESULTS_DIR, `rapport-en-bref-${size.width}x${size.height}.png`) });
      await page.getByRole('region', { name: 'Prochaines étapes' }).screenshot({ path: join(RESULTS_DIR, `rapport-retour-${size.width}x${size.height}.png`) });
    }
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.getByRole('region', { name: 'Prochaines étapes' }).getByLabel('Date de retour aux participants').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('Ce qui a changé, as full as a plan gets', () => {
  it('the exported web page of four validated pistes, five actions with their indicators and long quotes still prints on one A4 page', async () => {
    const { loadTexts, translator } = await import('../../src/i18n');
    const { documentFor, modelFor } = await import('../../src/report/audience');
    const { renderHtml } = await import('../../src/report/html');
    const { makeActionSheet, makeIndicator, makeMeasure, makeStatusChange, makeTrack } = await import('../factories');
    await loadTexts('shared');
    await loadTexts('report');
    const t = translator('fr');
    const s = followedSeance();
    const sid = s.session.id;
    const long = ' Et ce n’est pas la première fois, on nous l’a déjà dit plusieurs fois sans que rien ne change.';
    s.verbatims = s.verbatims.map((v) => ({ ...v, text: v.text + long }));
    for (let i = 1; i <= 2; i += 1) {
      const track = makeTrack(sid, { title: `Piste retenue numéro ${i} pour mieux accueillir le public`, validated: true, order: 10 + i });
      const action = makeActionSheet(sid, { trackId: track.id, number: String(20 + i), title: `Action ${i} : former les agents d’accueil à l’orientation`, plannedEnd: '2027-06-30' });
      const indicator = makeIndicator(sid, action.id, { name: `Part des usagers bien orientés (${i})`, unit: '%', baselineValue: 60, targetValue: 85 });
      s.tracks.push(track);
      s.actions.push(action);
      s.indicators.push(indicator);
      s.measures.push(makeMeasure(sid, indicator, { value: 70 + i, on: '2027-02-01' }));
      s.statusChanges.push(makeStatusChange(sid, action.id, { status: 'en_cours', on: '2027-01-04' }));
    }
    const view = { audience: 'changes', anonymised: true } as const;
    const { page } = await launch(newProfile('file'));
    await page.setContent(renderHtml(documentFor(modelFor(s, view, Date.now(), t), view, t, 'fr-FR')));
    const { pages } = await printed(page, 'ce-qui-a-change-plein');
    expect(pages).toBe(1);
  });
});
