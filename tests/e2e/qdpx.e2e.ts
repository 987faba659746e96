// The analysis export in a real browser: Fichiers → .qdpx downloaded, unzipped, its project.qde validated by xmllint, the typed words selected.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { addParticipants, createSession, openHome, openTab, until, visible, waitSaved } from './app';
import { baseURL, checkA11y, launch, newProfile, shoot } from './browser';
import { exportTo, storedLive } from './transfer';
import { schemaPath, unzipText, xmllint } from '../qdpxHelpers';

const TITLE = 'Accueil CAF — comité des usagers';
const files = mkdtempSync(join(tmpdir(), 'cercle-qdpx-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** In « Prendre des notes »: who speaks, the tag, the words, Enter. */
async function say(page: Page, who: string, tag: string, text: string): Promise<void> {
  await page.getByRole('radio', { name: who, exact: true }).check();
  await page.getByRole('button', { name: tag, exact: true }).click();
  await page.getByLabel('Verbatim ou note', { exact: true }).click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

describe('export pour logiciel d’analyse (REFI-QDA)', () => {
  it('saves a .qdpx from the séance’s Fichiers: unzipped, project.qde passes xmllint and selects each typed verbatim, speakers as P-numbers only', async () => {
    const { page } = await launch(newProfile());
    await openHome(page);
    await createSession(page, TITLE);
    const id = new URL(page.url()).hash.split('/')[2]!;
    await page.getByLabel('Lieu', { exact: true }).fill('Orléans');
    await waitSaved(page);
    await openTab(page, 'Participants');
    await addParticipants(page, ['Alice', 'Bilal']);

    await page.goto(`${baseURL()}/#/seance/${id}/notes`);
    const said = ['On attend debout 😩 & sans chaise < 1 h ?', 'Comme Alice, je voudrais un ticket 🎫 avec un numéro.'];
    await say(page, 'Alice', 'Irritant', said[0]!);
    await say(page, 'Bilal', 'Idée', said[1]!);
    await until(async () => (await storedLive(page, 'verbatims', id)).length, 2);

    await page.goto(`${baseURL()}/#/seance/${id}/fichiers`);
    await visible(page.getByRole('heading', { level: 2, name: 'Export pour logiciel d’analyse (REFI-QDA, .qdpx)' }));
    const file = await exportTo(page, 'Exporter pour l’analyse (.qdpx)', files);
    expect(file.name).toMatch(/^cercle-\d{4}-\d{2}-\d{2}-accueil-caf-comite-des-usagers-analyse-anonyme\.qdpx$/);
    await checkA11y(page, 'Fichiers de la séance, export .qdpx fait');
    await shoot(page, 'transfer-files-qdpx');

    const zip = unzipText(readFileSync(file.path));
    const qde = zip['project.qde']!;
    // Against the REFI-QDA schema where it is found (tests/fixtures/refi-qda/README.md), well-formed at least.
    xmllint(qde, schemaPath());
    const [source] = Object.keys(zip).filter((f) => f.startsWith('sources/'));
    const text = Array.from(zip[source!]!);
    const selected = [...qde.matchAll(/<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)"/g)].map((m) => text.slice(Number(m[1]), Number(m[2])).join(''));
    expect(selected).toEqual(['On attend debout 😩 & sans chaise < 1 h ?', 'Comme P1, je voudrais un ticket 🎫 avec un numéro.']);
    expect(zip[source!]).toContain('P2\u00a0: Comme P1, je voudrais');
    const all = Object.values(zip).join('\n');
    for (const name of ['Alice', 'Bilal']) expect(all).not.toContain(name);
    expect([...qde.matchAll(/<Case [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['P1, séance d’Orléans', 'P2, séance d’Orléans']);
  }, 120_000);
});
