// The rapport de synthèse in a real browser: a closed séance imported, its report written, printed to PDF and exported; axe and screenshots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { reportSeance } from '../reportFixture';
import { goHome, openHome, seenText, seenTexts, sessionCard, until, visible, waitSaved } from './app';
import { RESULTS_DIR, baseURL, checkA11y, launch, newProfile, shoot } from './browser';
import { chooseFile, exportTo } from './transfer';

const TITLE = 'Accueil de la mairie';
const files = mkdtempSync(join(tmpdir(), 'cercle-report-'));
let sessionId = '';
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** The fixture séance (closed, starred quotes, pistes, fiches) as an export file another tablet made. */
function seanceFile(): string {
  const { session, names, ...records } = reportSeance();
  sessionId = session.id;
  const path = join(files, 'cercle-2026-11-23-accueil-de-la-mairie-secretaire.json');
  writeFileSync(path, serialise(buildEnvelope({ sessions: [session], ...records }, { appVersion: '0.1.0', exportedAt: session.closedAt!, deviceId: 'tablette-secretaire' })));
  return path;
}

describe('rapport de synthèse', () => {
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

  it('the room of a closed séance and its card lead to the report', async () => {
    await shoot(page, 'rapport-accueil');
    await page.goto(`${baseURL()}/#/seance/${encodeURIComponent(sessionId)}/salle`);
    await visible(page.getByRole('status').getByRole('link', { name: 'Rapport de synthèse' }));
    await shoot(page, 'rapport-salle');
    await goHome(page);
  });

  it('from the closed séance’s card: texts typed beside what the séance produced', async () => {
    await sessionCard(page, TITLE).getByRole('link', { name: /^Rapport de synthèse/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport de synthèse' }));
    const context = page.getByRole('textbox', { name: 'Synthèse du secrétaire — Contexte et objectif' });
    await context.fill('Comité réuni à la demande du maire après les enquêtes de satisfaction de l’été : l’accueil physique recule.');
    await page.getByRole('textbox', { name: 'Synthèse du secrétaire — Avis positifs et négatifs' }).fill('L’accueil humain est salué ; l’attente debout et les horaires sont les deux griefs.');
    await waitSaved(page);
    // Landscape: the text sits beside the generated content.
    const field = await context.boundingBox();
    const generated = await page.locator('.report-section.is-split .report-generated').first().boundingBox();
    expect(field!.x + field!.width).toBeLessThan(generated!.x);
    await checkA11y(page, 'Rapport de synthèse');
    await shoot(page, 'rapport');
    // Portrait: above it.
    await page.setViewportSize({ width: 768, height: 1024 });
    const [f, g] = [await context.boundingBox(), await page.locator('.report-section.is-split .report-generated').first().boundingBox()];
    expect(f!.y + f!.height).toBeLessThan(g!.y);
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('the anonymised version and the restitution name nobody', async () => {
    await page.getByRole('checkbox', { name: 'Version anonymisée' }).check();
    await until(() => seenText(page.getByRole('region', { name: 'Principaux enseignements' }).locator('figcaption').first()), '— P1');
    await checkA11y(page, 'Rapport anonymisé');
    await page.getByRole('link', { name: 'Restitution aux participants' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Restitution aux participants' }));
    const text = (await seenTexts(page.locator('.report-generated'))).join('\n');
    // Not even a P-number: a quote read back to the group must not point at anyone.
    for (const name of ['Alice', 'Bruno', 'Claire Martin', 'P1']) expect(text, name).not.toContain(name);
    expect(text).toContain('Élargir les horaires');
    await checkA11y(page, 'Restitution aux participants');
    await shoot(page, 'rapport-restitution');
  });

  it('the restitution without next steps asks for them where it is exported and printed, and blocks neither', async () => {
    const nextSteps = 'Synthèse du secrétaire — Prochaines étapes';
    const written = await page.getByRole('textbox', { name: nextSteps }).inputValue();
    await page.getByRole('textbox', { name: nextSteps }).fill('');
    await waitSaved(page);
    const asked = page.getByRole('group', { name: /^Prochaines étapes\s: rien n’est écrit\.$/ });
    await asked.scrollIntoViewIfNeeded();
    await visible(asked);
    expect(await page.getByRole('button', { name: 'Word (.docx)' }).isEnabled()).toBe(true);
    await checkA11y(page, 'Restitution sans prochaines étapes');
    await shoot(page, 'rapport-restitution-sans-etapes');

    await page.getByRole('link', { name: 'Imprimer ou PDF' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Restitution aux participants' }));
    await visible(asked);
    await checkA11y(page, 'Restitution à imprimer sans prochaines étapes');
    await shoot(page, 'restitution-impression-sans-etapes');
    // Typed where it is asked for, the text goes to the page at once.
    await page.getByRole('textbox', { name: nextSteps }).fill(written);
    await visible(page.getByRole('article').getByRole('heading', { name: 'Prochaines étapes' }));
    await page.getByRole('link', { name: 'Retour au rapport' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Restitution aux participants' }));
  });

  it('print view: the document alone, A4 pages, the plan d’actions following on without a forced page', async () => {
    await page.getByRole('link', { name: 'Rapport complet' }).click();
    await page.getByRole('link', { name: 'Imprimer ou PDF' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Rapport de synthèse — ${TITLE}` }));
    expect(await page.getByRole('banner').count()).toBe(0);
    await checkA11y(page, 'Rapport, aperçu avant impression');
    await shoot(page, 'rapport-impression');
    const pdf = join(RESULTS_DIR, 'rapport.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    // One PNG per page to look at (pdftoppm is Debian's poppler-utils).
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(RESULTS_DIR, 'rapport-page')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(2);
  });

  it('exports a Word file named after the séance', async () => {
    await page.getByRole('link', { name: 'Retour au rapport' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport de synthèse' }));
    const docx = await exportTo(page, 'Word (.docx)', files);
    expect(docx.name).toBe('cercle-2026-11-23-accueil-de-la-mairie-rapport.docx');
    await page.getByRole('checkbox', { name: 'Version anonymisée' }).check();
    const csv = await exportTo(page, 'Verbatims pour Excel (.csv)', files);
    expect(csv.name).toBe('cercle-2026-11-23-accueil-de-la-mairie-verbatims-anonyme.csv');
  });
});
