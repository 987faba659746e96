// A démarche from end to end in Chromium: three anonymised séance files chosen at once, two themes built (a finger's drag, the keyboard alone), a search, the consolidated report printed to PDF, its .qdpx validated; axe and screenshots on each screen.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from '../../src/format/anonymise';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { CONSOLIDATED_NAMES, consolidatedDemarche } from '../consolidatedFixture';
import { makeVerbatim } from '../factories';
import { schemaPath, unzipText, xmllint } from '../qdpxHelpers';
import { goHome, openHome, seenTexts, until, visible } from './app';
import { touchDrag } from './board';
import { PORTRAIT, RESULTS_DIR, checkA11y, launch, newProfile, shoot } from './browser';
import { exportTo, storedLive } from './transfer';

const files = mkdtempSync(join(tmpdir(), 'cercle-demarche-flow-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

// Usagers of Lyon and of Villeurbanne, and the agents of Lyon in mirror of the first; no theme yet: they are built here.
const fixture = consolidatedDemarche();
const [lyon, villeurbanne, agents] = fixture.seances as [(typeof fixture.seances)[0], (typeof fixture.seances)[0], (typeof fixture.seances)[0]];
// An anonymised file replaces its own séance's names only: a usager of Lyon named by an agent is out of its reach, and
// once anonymised no tablet knows that name any more. Files sent from the sites are taken as they would be: without it.
for (const v of agents.verbatims) v.text = v.text.replace('Alice', 'une usagère');
// Words with accents for the search, said by two publics in two phases.
const bruno = lyon.participants[1]!;
const emma = agents.participants[0]!;
lyon.verbatims.push(makeVerbatim(lyon.session.id, { speaker: bruno.id, speakerName: bruno.pseudonym, text: 'Le délai pour avoir un rendez-vous est décourageant.', tags: ['irritant'], phase: 2 }));
agents.verbatims.push(makeVerbatim(agents.session.id, { speaker: emma.id, speakerName: emma.pseudonym, text: 'Nous n’avons pas le temps d’expliquer les délais.', tags: ['irritant'], phase: 3 }));

const named = (text: string, name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(text);
/** No person's name in `text`; nor a P-number where nothing tells whose séance it is of (the report: « un participant »). */
const nameless = (text: string, where: string, pNumbers: 'none' | 'allowed') => {
  for (const name of CONSOLIDATED_NAMES) if (pNumbers === 'none' || !/^P\d+$/.test(name)) expect(named(text, name), `${name} on ${where}`).toBe(false);
};

/** One anonymised file per séance, as each site sends it with its démarche. */
function seanceFiles(): string[] {
  return fixture.seances.map((s, i) => {
    const { session, ...records } = s;
    const envelope = buildEnvelope({ demarches: [fixture.demarche], sessions: [session], ...records }, { appVersion: '0.1.0', exportedAt: Date.UTC(2026, 11, 16), deviceId: `site-${i}` });
    const path = join(files, `cercle-${session.date}-seance-${i + 1}-anonymise.json`);
    // As the app's « Exporter anonymisé » does: role names typed in a text become the role.
    writeFileSync(path, serialise(anonymise(envelope, { animateur: 'Animateur', secretaire: 'Secrétaire', superviseur: 'Superviseur', pilote: 'Pilote' })));
    return path;
  });
}

const nbsp = (s: string) => `«\u00a0${s}\u00a0»`;
const themeArea = (page: Page, name: string) => page.locator('li.theme-area').filter({ has: page.getByRole('textbox', { name: `Nom du thème ${nbsp(name)}` }) });
const links = async (page: Page) => (await storedLive(page, 'themeLinks', fixture.demarche.id)).length;
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: /./ }).getByRole('link', { name, exact: true });

/** axe at 1024×768, nothing wider than a portrait tablet, then the screenshots at both sizes. */
async function lookAt(page: Page, label: string, shot: string): Promise<void> {
  await checkA11y(page, label);
  await page.setViewportSize({ ...PORTRAIT });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `sideways scroll on ${label}`).toBe(0);
  await shoot(page, shot);
}

describe('une démarche de bout en bout', () => {
  let page: Page;
  const WAIT = 'Le temps d’attente';
  const HOURS = 'Les horaires';

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
  });

  it('imports the three anonymised files in one choice: the preview sums each file up, the démarche then shows its three séances', async () => {
    await page.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choisir un fichier' }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(seanceFiles());
    await visible(page.getByRole('heading', { name: 'Ce que les 3 fichiers apportent' }));
    await visible(page.getByText(/^3 fichiers à importer ensemble, en une fois\s*: 3 séances, 50 éléments nouveaux ou modifiés\.$/));
    for (const [i, s] of fixture.seances.entries()) {
      const file = page.getByRole('region', { name: `cercle-${s.session.date}-seance-${i + 1}-anonymise.json` });
      await visible(file.getByText('Fichier anonymisé : les participants y sont nommés P1, P2…'));
      await visible(file.getByText(s.session.title));
    }
    nameless(await page.locator('main').innerText(), 'Import, aperçu', 'allowed');
    await checkA11y(page, 'Import de trois fichiers, aperçu');
    await shoot(page, 'demarche-flow-import');
    await page.getByRole('button', { name: 'Importer les 3 fichiers' }).click();
    await visible(page.getByRole('heading', { name: 'Import terminé' }));

    await goHome(page);
    await page.getByRole('link', { name: 'Démarches', exact: true }).click();
    await page.getByRole('link', { name: fixture.demarche.title }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'La démarche' }));
    const seances = page.getByRole('region', { name: 'Séances de la démarche' });
    await until(() => seances.getByRole('listitem').count(), 3);
    await visible(seances.getByText(`Miroir de ${nbsp('Usagers de Lyon')}`));
    // The pilote's name left with the anonymised file, as the participants' did.
    nameless(await page.locator('main').innerText(), 'La démarche', 'allowed');
    await lookAt(page, 'La démarche, trois séances importées', 'demarche-flow-fiche');
  });

  it('builds a theme by a finger: created, then a regroupement of Villeurbanne dragged into it by its grip', async () => {
    await tab(page, 'Thèmes').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Thèmes consolidés' }));
    await page.getByLabel('Nom du nouveau thème').fill(HOURS);
    await page.getByRole('button', { name: 'Créer le thème' }).click();
    const hours = themeArea(page, HOURS);
    await visible(hours);
    await touchDrag(page, page.getByRole('button', { name: `Faire glisser ${nbsp('Horaires du soir')}` }), hours);
    await visible(hours.getByText('Horaires du soir'));
    await until(() => links(page), 1);
  });

  it('builds a theme by keyboard only: « Déplacer vers… » → « Nouveau thème… », then the agents’ regroupement it suggests', async () => {
    await page.getByRole('button', { name: `Déplacer ${nbsp('Attente au guichet')} vers…` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    // The first theme is offered first; the arrows go down to « Nouveau thème… ».
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.getByRole('radio', { name: 'Nouveau thème…' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(WAIT);
    await page.keyboard.press('Enter');
    const wait = themeArea(page, WAIT);
    await visible(wait.getByText('Attente au guichet'));

    // The agents of Lyon said « Guichet saturé »: offered beside it, never applied alone.
    const desk = page.locator('li.regroupement').filter({ hasText: 'Guichet saturé' });
    await visible(desk.getByText(`Proche de ${nbsp(WAIT)}`));
    expect(await links(page)).toBe(2);
    await desk.getByRole('button', { name: `Déplacer ${nbsp('Guichet saturé')} vers…` }).focus();
    await page.keyboard.press('Enter');
    await visible(dialog);
    await dialog.getByRole('radio', { name: new RegExp(WAIT) }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await visible(wait.getByText('Guichet saturé'));
    await until(() => links(page), 3);
    nameless(await page.locator('main').innerText(), 'Thèmes consolidés', 'allowed');
    await lookAt(page, 'Thèmes consolidés', 'demarche-flow-themes');
  });

  it('searches « delai » without its accent: « délai » and « délais » found with séance and phase, a filter narrows, a result opens its séance', async () => {
    await tab(page, 'Recherche').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rechercher dans les verbatims' }));
    await page.getByLabel('Rechercher dans tous les verbatims').fill('delai');
    await until(() => page.locator('.search-status').innerText(), '2 verbatims trouvés');
    const hits = page.locator('.search-hit');
    expect(await hits.locator('mark').allInnerTexts()).toEqual(['délai', 'délai']);
    // Who said it by public only, the séance by place and day, the phase of the guide.
    const seen = (await hits.allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
    expect(seen).toEqual([
      'Usager : Le délai pour avoir un rendez-vous est décourageant. séance de Lyon, 1er décembre 2026 Phase 2 — Tour de table Ouvrir les notes de la séance',
      'Agent : Nous n’avons pas le temps d’expliquer les délais. séance de Lyon, 15 décembre 2026 Phase 3 — Partage d’expériences Ouvrir les notes de la séance',
    ]);
    nameless(await page.locator('main').innerText(), 'Recherche', 'allowed');
    await lookAt(page, 'Recherche', 'demarche-flow-recherche');

    await page.getByLabel('Public', { exact: true }).selectOption({ label: 'Agents' });
    await until(() => page.locator('.search-status').innerText(), '1 verbatim trouvé');
    expect(await hits.allInnerTexts()).toEqual([expect.stringContaining('Nous n’avons pas le temps d’expliquer les délais.')]);
    await hits.getByRole('link', { name: 'Ouvrir les notes de la séance' }).click();
    // The notes open at that verbatim (its id in the address), marked as the search's result.
    await until(() => page.evaluate(() => window.location.hash), new RegExp(`^#/seance/${agents.session.id}/notes/[^/]+$`));
    await visible(page.getByText('Résultat de la recherche'));
    await visible(page.getByText('Nous n’avons pas le temps d’expliquer les délais.'));
  });

  it('the consolidated report shows the two themes built, each public’s words by public and place, no name; axe and both sizes', async () => {
    await page.goBack();
    await tab(page, 'Rapport consolidé').click();
    await visible(page.getByRole('heading', { level: 2, name: 'En bref' }));
    const wait = page.getByRole('region', { name: WAIT });
    await visible(wait.getByText('Le guichet est saturé le lundi ; une usagère l’a dit aussi.'));
    const quotes = async (theme: string) => (await page.getByRole('region', { name: theme }).locator('figure').allInnerTexts()).map((q) => q.replace(/\s+/g, ' ').trim());
    // Each public's words under the theme, said by a public at a place; a P-number means nothing here: « un participant ».
    expect(await quotes(WAIT)).toEqual([
      '« Un participant attend trois quarts d’heure au guichet, comme un participant. » — Usager, séance de Lyon',
      '« Le samedi matin m’arrangerait. » — Usager, séance de Lyon',
      '« Le guichet est saturé le lundi ; une usagère l’a dit aussi. » — Agent, séance de Lyon',
    ]);
    expect(await quotes(HOURS)).toEqual(['« Je viens le soir après le travail, un participant aussi. » — Usager, séance de Villeurbanne']);
    expect(await page.getByRole('region', { name: WAIT }).getByRole('heading').allInnerTexts()).toEqual(expect.arrayContaining(['Usagers', 'Agents']));
    const text = (await seenTexts(page.locator('.report-section'))).join('\n');
    expect(text).toContain('Séances tenues');
    nameless(text, 'Rapport consolidé', 'none');
    await lookAt(page, 'Rapport consolidé', 'demarche-flow-rapport');
  });

  it('prints the report to A4: the document alone, the themes and quotes in the PDF, page images to look at', async () => {
    await page.getByRole('link', { name: 'Imprimer ou PDF' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Rapport consolidé — ${fixture.demarche.title}` }));
    expect(await page.getByRole('banner').count()).toBe(0);
    await checkA11y(page, 'Rapport consolidé, aperçu avant impression');
    await shoot(page, 'demarche-flow-rapport-impression');
    const pdf = join(RESULTS_DIR, 'demarche-flow-rapport.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    // A former run's extra pages must not be mistaken for this one's.
    for (const f of readdirSync(RESULTS_DIR)) if (f.startsWith('demarche-flow-rapport-page-')) rmSync(join(RESULTS_DIR, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(RESULTS_DIR, 'demarche-flow-rapport-page')]);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*pts \(A4\)/);
    // En bref alone on the first page, then the themes, the pistes and the séances.
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const line of [WAIT, HOURS, 'Usager, séance de Lyon', 'Agent, séance de Lyon', 'Usager, séance de Villeurbanne']) expect(printed).toContain(line);
    nameless(printed, 'PDF', 'none');
  });

  it('exports the Word report, and the .qdpx: schema-valid, the two themes as codes whose selections are the right words', async () => {
    await page.getByRole('link', { name: 'Retour au rapport' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'En bref' }));
    const docx = await exportTo(page, 'Word (.docx)', files);
    expect(docx.name).toBe('cercle-demarche-accueil-des-usagers-2027-rapport-consolide-anonyme.docx');
    const word = unzipText(readFileSync(docx.path))['word/document.xml']!;
    const words = [...word.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    for (const line of [WAIT, HOURS, 'Agent, séance de Lyon', 'Usager, séance de Villeurbanne']) expect(words).toContain(line);
    nameless(words, 'Word', 'none');
    const qdpx = await exportTo(page, 'Exporter pour l’analyse (.qdpx)', files);
    expect(qdpx.name).toBe('cercle-demarche-accueil-des-usagers-2027-analyse-anonyme.qdpx');

    const zip = unzipText(readFileSync(qdpx.path));
    const qde = zip['project.qde']!;
    // Against the REFI-QDA schema where it is found (REFI_QDA_XSD, tests/fixtures/refi-qda/README.md), well-formed at least.
    xmllint(qde, schemaPath());
    const sources = Object.keys(zip).filter((p) => p.startsWith('sources/'));
    expect(sources).toHaveLength(3);
    // Participants are P1…Pn of their séance there, as cases.
    nameless(Object.values(zip).join('\n'), '.qdpx', 'allowed');

    // The words each theme's codes select, read in the source files at the positions the project gives.
    const selected = (theme: string): string[] => {
      const block = new RegExp(`<Code [^>]*name="${theme}" isCodable="true">([\\s\\S]*?)\\n {8}</Code>`).exec(qde)?.[1] ?? '';
      const codes = new Set([...block.matchAll(/guid="([^"]+)"/g)].map((m) => m[1]!));
      const out: string[] = [];
      for (const m of qde.matchAll(/<TextSource [^>]*plainTextPath="internal:\/\/([^"]+)"[^>]*>([\s\S]*?)<\/TextSource>/g)) {
        const text = Array.from(zip[`sources/${m[1]}`]!);
        for (const s of m[2]!.matchAll(/<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)"[^>]*>([\s\S]*?)<\/PlainTextSelection>/g)) {
          const refs = [...s[3]!.matchAll(/<CodeRef targetGUID="([^"]+)"/g)].map((r) => r[1]!);
          if (refs.some((r) => codes.has(r))) out.push(text.slice(Number(s[1]), Number(s[2])).join(''));
        }
      }
      return out.sort();
    };
    const folder = /<Code [^>]*name="Thèmes consolidés" isCodable="false">([\s\S]*?)\n {6}<\/Code>/.exec(qde)?.[1] ?? '';
    expect([...folder.matchAll(/\n {8}<Code [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([HOURS, WAIT]);
    expect(selected(WAIT)).toEqual([
      'Le guichet est saturé le lundi ; une usagère l’a dit aussi.',
      'Le samedi matin m’arrangerait.',
      'P1 attend trois quarts d’heure au guichet, comme P2.',
    ]);
    expect(selected(HOURS)).toEqual(['Je viens le soir après le travail, P2 aussi.']);
    // The usagers of Lyon and their mirror, the agents of Lyon, told apart: two people are never one case.
    expect([...qde.matchAll(/<Case [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'P1, séance de Lyon, usagers',
      'P2, séance de Lyon, usagers',
      'P1, séance de Villeurbanne',
      'P2, séance de Villeurbanne',
      'P1, séance de Lyon, agents',
    ]);
  });
});
