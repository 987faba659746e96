// The consolidated report of a démarche in a real browser: three anonymised séance files imported at once, the report read, axe, screenshots, printed to PDF, its .qdpx validated.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from '../../src/format/anonymise';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { CONSOLIDATED_NAMES, consolidatedDemarche } from '../consolidatedFixture';
import { openHome, seenTexts, visible } from './app';
import { RESULTS_DIR, baseURL, checkA11y, launch, newProfile, shoot } from './browser';
import { exportTo } from './transfer';

const files = mkdtempSync(join(tmpdir(), 'cercle-demarche-report-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));
const fixture = consolidatedDemarche();
// An anonymised file replaces its own séance's names only: a usager of Lyon named by an agent is out of its reach, and
// once anonymised no tablet knows that name any more. Files sent from the sites are taken as they would be: without it.
for (const v of fixture.seances[2]!.verbatims) v.text = v.text.replace('Alice', 'une usagère');
const named = (text: string, name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(text);

/** One anonymised file per séance, as each site sends it: the démarche with it, its themes with the first. */
function seanceFiles(): string[] {
  return fixture.seances.map((s, i) => {
    const { session, ...records } = s;
    const extra = i === 0 ? { themes: fixture.themes, themeLinks: fixture.links } : {};
    const envelope = buildEnvelope({ demarches: [fixture.demarche], sessions: [session], ...records, ...extra }, { appVersion: '0.1.0', exportedAt: Date.UTC(2026, 11, 16), deviceId: `site-${i}` });
    const path = join(files, `cercle-${session.date}-seance-${i + 1}-anonymise.json`);
    // As the app's « Exporter anonymisé » does: role names typed in a text become the role.
    writeFileSync(path, serialise(anonymise(envelope, { animateur: 'Animateur', secretaire: 'Secrétaire', superviseur: 'Superviseur', pilote: 'Pilote' })));
    return path;
  });
}

describe('rapport consolidé', () => {
  let page: Page;
  const reportUrl = () => `${baseURL()}/#/demarche/${encodeURIComponent(fixture.demarche.id)}/rapport`;

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
    await page.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choisir un fichier' }).click()]);
    await chooser.setFiles(seanceFiles());
    await page.getByRole('button', { name: 'Importer les 3 fichiers' }).click();
    await visible(page.getByRole('heading', { name: 'Import terminé' }));
  });

  it('shows the report of the three séances: themes per public, quotes by public and place, no name; axe and both sizes', async () => {
    await page.goto(reportUrl());
    await visible(page.getByRole('heading', { level: 2, name: 'En bref' }));
    const theme = page.getByRole('region', { name: 'Le temps d’attente' });
    await visible(theme.getByText('— Agent, séance de Lyon'));
    const text = (await seenTexts(page.locator('.report-section'))).join('\n');
    expect(text).toContain('Séances tenues');
    for (const name of CONSOLIDATED_NAMES) expect(named(text, name), name).toBe(false);
    await checkA11y(page, 'Rapport consolidé');
    await shoot(page, 'demarche-rapport');
  });

  it('prints to A4: the document alone, page images to look at', async () => {
    await page.getByRole('link', { name: 'Imprimer ou PDF' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport consolidé — Accueil des usagers 2027' }));
    expect(await page.getByRole('banner').count()).toBe(0);
    await checkA11y(page, 'Rapport consolidé, aperçu avant impression');
    await shoot(page, 'demarche-rapport-impression');
    const pdf = join(RESULTS_DIR, 'demarche-rapport.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    // A former run's extra pages must not be mistaken for this one's.
    for (const f of readdirSync(RESULTS_DIR)) if (f.startsWith('demarche-rapport-page-')) rmSync(join(RESULTS_DIR, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(RESULTS_DIR, 'demarche-rapport-page')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    // En bref alone on the first page, then the themes, the pistes and the séances.
    expect(pages).toBeGreaterThanOrEqual(3);
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(printed).toContain('Usager, séance de Villeurbanne');
    for (const name of CONSOLIDATED_NAMES) expect(named(printed, name), name).toBe(false);
  });

  it('exports the Word report and the .qdpx, whose project.qde is well-formed XML', async () => {
    await page.getByRole('link', { name: 'Retour au rapport' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'En bref' }));
    const docx = await exportTo(page, 'Word (.docx)', files);
    expect(docx.name).toBe('cercle-demarche-accueil-des-usagers-2027-rapport-consolide-anonyme.docx');
    const qdpx = await exportTo(page, 'Exporter pour l’analyse (.qdpx)', files);
    expect(qdpx.name).toBe('cercle-demarche-accueil-des-usagers-2027-analyse-anonyme.qdpx');
    const zip = unzipSync(new Uint8Array(readFileSync(qdpx.path)));
    const qde = join(files, 'project.qde');
    writeFileSync(qde, zip['project.qde']!);
    execFileSync('xmllint', ['--noout', qde]);
    const xml = readFileSync(qde, 'utf8');
    expect(xml).toContain('name="Le temps d’attente"');
    expect(Object.keys(zip).filter((p) => p.startsWith('sources/'))).toHaveLength(3);
  });
});
