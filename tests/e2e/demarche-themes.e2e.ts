// A démarche's consolidated themes and search in Chromium: two séances imported, one theme built by a finger's drag, one by keyboard only, a search for « délai » typed without its accent; axe and screenshots.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionId } from '../../src/domain/types';
import { buildEnvelope, emptyRecordSet, serialise } from '../../src/format/envelope';
import { makeCard, makeDemarche, makeGroup, makeSession, makeVerbatim } from '../factories';
import { goHome, openHome, until, visible } from './app';
import { touchDrag } from './board';
import { PORTRAIT, TABLET, checkA11y, launch, newProfile, shoot } from './browser';
import { chooseFile, storedLive } from './transfer';

const files = mkdtempSync(join(tmpdir(), 'cercle-demarche-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

const demarche = makeDemarche({ title: 'Accueil 2027' });

/** One file holding the démarche and its two séances (Lyon usagers, Orléans agents), with regroupements and verbatims. */
function demarcheFile(): string {
  const lyon = makeSession({ id: 'seance-lyon' as SessionId, sessionId: 'seance-lyon' as SessionId, title: 'Usagers de Lyon', date: '2027-03-02', place: 'Lyon', audience: ['usagers'], demarcheId: demarche.id });
  const orleans = makeSession({ id: 'seance-orleans' as SessionId, sessionId: 'seance-orleans' as SessionId, title: 'Agents d’Orléans', date: '2027-02-01', place: 'Orléans', audience: ['agents'], demarcheId: demarche.id });
  const guichet = makeGroup(lyon.id, { title: 'Attente au guichet', order: 0 });
  const horaires = makeGroup(lyon.id, { title: 'Horaires d’ouverture', order: 1 });
  const accueil = makeGroup(orleans.id, { title: 'Attente à l’accueil', order: 0 });
  const ouverture = makeGroup(orleans.id, { title: 'Ouverture le samedi', order: 1 });
  const data = {
    ...emptyRecordSet(),
    demarches: [demarche],
    sessions: [lyon, orleans],
    groups: [guichet, horaires, accueil, ouverture],
    cards: [
      makeCard(lyon.id, { groupId: guichet.id, text: 'Trop long', order: 0 }),
      makeCard(lyon.id, { groupId: horaires.id, text: 'Fermé le midi', order: 0 }),
      makeCard(orleans.id, { groupId: accueil.id, text: 'File d’attente', order: 0 }),
      makeCard(orleans.id, { groupId: ouverture.id, text: 'Ouvrir le samedi matin', order: 0 }),
    ],
    verbatims: [
      makeVerbatim(lyon.id, { text: 'Le délai de rappel est beaucoup trop long.', key: true }),
      makeVerbatim(orleans.id, { text: 'Nous n’avons pas le temps d’expliquer les délais.', speaker: 'animateur' }),
      makeVerbatim(orleans.id, { text: 'Le samedi, personne ne vient.' }),
    ],
  };
  const path = join(files, 'cercle-demarche.json');
  writeFileSync(path, serialise(buildEnvelope(data, { appVersion: '0.1.0', exportedAt: Date.now(), deviceId: 'tablette-pilote' })));
  return path;
}

const themeArea = (page: Page, name: string) => page.locator('li.theme-area').filter({ has: page.getByRole('textbox', { name: `Nom du thème «\u00a0${name}\u00a0»` }) });
const links = async (page: Page) => (await storedLive(page, 'themeLinks', demarche.id)).map((l) => [l.groupId, l.themeId]);

describe('consolidated themes and search', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
    await page.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    await chooseFile(page, page.getByRole('button', { name: 'Choisir un fichier' }), demarcheFile());
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Import terminé' }));
    await goHome(page);
    await page.evaluate((id) => (window.location.hash = `#/demarche/${id}/themes`), demarche.id);
    await visible(page.getByRole('heading', { level: 1, name: 'Thèmes consolidés' }));
  });

  it('a theme built by a finger: created, then a regroupement dragged into it by its grip', async () => {
    await page.getByLabel('Nom du nouveau thème').fill('Horaires');
    await page.getByRole('button', { name: 'Créer le thème' }).click();
    const horaires = themeArea(page, 'Horaires');
    await visible(horaires);
    await touchDrag(page, page.getByRole('button', { name: 'Faire glisser «\u00a0Horaires d’ouverture\u00a0»' }), horaires);
    await visible(horaires.getByText('Horaires d’ouverture'));
    await until(async () => (await links(page)).length, 1);
  });

  it('a theme built by keyboard only: « Déplacer vers… » → « Nouveau thème… », then a second regroupement into it', async () => {
    await page.getByRole('button', { name: 'Déplacer «\u00a0Attente au guichet\u00a0» vers…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    // The first theme is offered first; the arrows go down to « Nouveau thème… ».
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.getByRole('radio', { name: 'Nouveau thème…' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Le temps d’attente');
    await page.keyboard.press('Enter');
    const attente = themeArea(page, 'Le temps d’attente');
    await visible(attente.getByText('Attente au guichet'));

    // The suggestion is offered beside the regroupement of the other séance, and never applied alone.
    const accueil = page.locator('li.regroupement').filter({ hasText: 'Attente à l’accueil' });
    await visible(accueil.getByText('Proche de «\u00a0Le temps d’attente\u00a0»'));
    expect((await links(page)).length).toBe(2);
    await accueil.getByRole('button', { name: 'Déplacer «\u00a0Attente à l’accueil\u00a0» vers…' }).focus();
    await page.keyboard.press('Enter');
    await visible(dialog);
    await dialog.getByRole('radio', { name: /Le temps d’attente/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await visible(attente.getByText('Attente à l’accueil'));
    await until(async () => (await links(page)).length, 3);
    await checkA11y(page, 'Thèmes consolidés');
    for (const size of [TABLET, PORTRAIT]) {
      await page.setViewportSize({ ...size });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    }
    await checkA11y(page, 'Thèmes consolidés — portrait');
    await page.setViewportSize({ ...TABLET });
    await shoot(page, 'demarche-themes');
  });

  it('search: « delai » finds « délai » and « délais », marked, by séance, opening the séance’s notes', async () => {
    await page.getByRole('link', { name: 'Recherche', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rechercher dans les verbatims' }));
    await page.getByLabel('Rechercher dans tous les verbatims').fill('delai');
    await until(() => page.locator('.search-status').innerText(), '2 verbatims trouvés');
    expect(await page.locator('.search-hit mark').allInnerTexts()).toEqual(['délai', 'délai']);
    await visible(page.locator('.search-hit').getByText('séance d’Orléans, 1er février 2027'));
    await checkA11y(page, 'Recherche');
    await page.setViewportSize({ ...PORTRAIT });
    await checkA11y(page, 'Recherche — portrait');
    await page.setViewportSize({ ...TABLET });
    await shoot(page, 'demarche-recherche');
    const open = page.locator('.search-hit').filter({ hasText: 'rappel' }).getByRole('link', { name: 'Ouvrir les notes de la séance' });
    expect(await open.getAttribute('href')).toBe('#/seance/seance-lyon/notes');
  });
});
