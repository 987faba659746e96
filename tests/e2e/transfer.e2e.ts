// Files are the sync, between two real tablets (two Chromium profiles): export, import with preview, conflict kept both ways.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PSEUDONYMS, addParticipants, createSession, goHome, goSettings, openHome, openTab, sessionCard, until, visible, waitSaved } from './app';
import { baseURL, checkA11y, launch, newProfile, shoot } from './browser';
import { chooseFile, exportTo, storedLive } from './transfer';

const TITLE = 'Accueil CAF — comité des usagers';
const V_ANIMATEUR = 'Verbatim 1 : le guichet ferme trop tôt le mardi et le jeudi.';
const V_SECRETAIRE = 'Verbatim 1 : le guichet ferme trop tôt le mardi, dit-elle deux fois.';

/** On the séance's notes screen, "Modifier" a verbatim and save its new text. */
async function editVerbatim(page: Page, sessionId: string, from: string, to: string): Promise<void> {
  await page.goto(`${baseURL()}/#/seance/${sessionId}/notes`);
  const item = page.getByRole('listitem').filter({ has: page.getByText(from, { exact: true }) });
  await item.getByRole('button', { name: /^Modifier/ }).click();
  // In edit mode the words become a field: only one verbatim is edited at a time.
  await page.getByLabel('Texte du verbatim').fill(to);
  await page.getByRole('button', { name: 'Enregistrer la modification' }).click();
  await visible(page.getByText(to, { exact: true }));
}
const OBJECTIVE = 'Comprendre pourquoi les usagers attendent au guichet.';
const BY_ANIMATEUR = 'Comprendre l’attente au guichet et au téléphone.';
const BY_SECRETAIRE = 'Comprendre l’attente au guichet, surtout le lundi matin.';
const files = mkdtempSync(join(tmpdir(), 'cercle-files-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

const filesLink = (page: Page) => page.getByRole('link', { name: 'Exporter ou importer', exact: true });
const importHeading = (page: Page) => visible(page.getByRole('heading', { level: 1, name: 'Importer un fichier' }));
const previewHeading = (page: Page) => visible(page.getByRole('heading', { name: 'Ce que le fichier apporte' }));
const cell = (page: Page, kind: string, column: number) => page.getByRole('row', { name: new RegExp(`^${kind}\\b`) }).getByRole('cell').nth(column).innerText();

/** Accueil → "Importer un fichier" → pick `path` → the preview. */
async function importFromHome(page: Page, path: string): Promise<void> {
  await goHome(page);
  await page.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
  await importHeading(page);
  await chooseFile(page, page.getByRole('button', { name: 'Choisir un fichier' }), path);
  await previewHeading(page);
}

async function apply(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await visible(page.getByRole('heading', { name: 'Import terminé' }));
}

async function setObjective(page: Page, text: string): Promise<void> {
  await goHome(page);
  await sessionCard(page, TITLE).getByRole('link', { name: /^(Préparer|Ouvrir)$/ }).click();
  await openTab(page, 'La séance');
  await page.getByLabel('Objectif', { exact: true }).fill(text);
  await waitSaved(page);
}

async function exportSession(page: Page): Promise<{ path: string; name: string }> {
  await goHome(page);
  await sessionCard(page, TITLE).getByRole('link', { name: /^Fichiers de/ }).click();
  await visible(page.getByRole('heading', { level: 1, name: TITLE }));
  return exportTo(page, 'Exporter la séance', files);
}

describe('deux tablettes, des fichiers', () => {
  it(
    'animateur prépare et exporte ; la secrétaire importe, saisit 30 verbatims dans « Prendre des notes » et exporte ; ' +
      'l’animateur importe et les voit dans ses notes ; tous deux changent l’objectif et le même verbatim : le conflit montre les deux textes et « Garder les deux » les garde',
    async () => {
      const animateur = (await launch(newProfile())).page;
      const secretaire = (await launch(newProfile())).page;

      // Animateur: prepares the séance and exports it.
      await openHome(animateur);
      await createSession(animateur, TITLE);
      await animateur.getByLabel('Objectif', { exact: true }).fill(OBJECTIVE);
      await openTab(animateur, 'Participants');
      await addParticipants(animateur, PSEUDONYMS.slice(0, 6));
      await filesLink(animateur).click();
      await visible(animateur.getByRole('heading', { level: 1, name: TITLE }));
      await checkA11y(animateur, 'Fichiers de la séance');
      await shoot(animateur, 'transfer-files');
      const prepared = await exportTo(animateur, 'Exporter la séance', files);
      // The séance's day is today on the tablet's calendar (Europe/Paris), written YYYY-MM-DD.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
      expect(prepared.name).toMatch(new RegExp(`^cercle-${today}-accueil-caf-comite-des-usagers-animateur-exporte-\\d{4}-\\d{2}-\\d{2}-\\d{2}h\\d{2}-\\d{2}\\.json$`));

      // Secrétaire: this tablet's role, then the import of the animateur's file.
      await openHome(secretaire);
      await goSettings(secretaire);
      await secretaire.getByRole('radio', { name: /^Secrétaire/ }).check();
      await goHome(secretaire);
      await secretaire.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
      await importHeading(secretaire);
      await checkA11y(secretaire, 'Importer un fichier');
      await importFromHome(secretaire, prepared.path);
      await visible(secretaire.getByText(new RegExp(`^Séance\\s«\\s${TITLE}\\s»\\s:\\snouvelle sur cette tablette`)));
      expect(await cell(secretaire, 'Participants', 0)).toBe('6');
      await apply(secretaire);
      await goHome(secretaire);
      await visible(sessionCard(secretaire, TITLE));

      // The secrétaire types 30 verbatims on her own tablet, full screen.
      const sessionId = (JSON.parse(readFileSync(prepared.path, 'utf8')) as { data: { sessions: { id: string }[] } }).data.sessions[0]!.id;
      await sessionCard(secretaire, TITLE).getByRole('link', { name: 'Prendre des notes' }).click();
      const field = secretaire.getByLabel('Verbatim ou note', { exact: true });
      await field.click();
      const said = Array.from({ length: 30 }, (_, i) => `Verbatim ${i + 1} : le guichet ferme trop tôt le mardi.`);
      for (const text of said) {
        await secretaire.keyboard.insertText(text);
        await secretaire.keyboard.press('Enter');
      }
      await until(async () => (await storedLive(secretaire, 'verbatims', sessionId)).length, 30);
      const fromSecretaire = await exportSession(secretaire);
      expect(fromSecretaire.name).toMatch(/-accueil-caf-comite-des-usagers-secretaire-exporte-\d{4}-\d{2}-\d{2}-\d{2}h\d{2}-\d{2}\.json$/);

      // Animateur: imports the secrétaire's file and has the 30 verbatims.
      await importFromHome(animateur, fromSecretaire.path);
      expect(await cell(animateur, 'Verbatims', 0)).toBe('30');
      await apply(animateur);
      await checkA11y(animateur, 'Import terminé');
      await shoot(animateur, 'transfer-done');
      const received = await storedLive(animateur, 'verbatims', sessionId);
      expect(received.map((v) => v.text).sort()).toEqual([...said].sort());
      // …and reads them in the notes of the séance, in the order they were said.
      await animateur.goto(`${baseURL()}/#/seance/${sessionId}/notes`);
      await visible(animateur.getByText(said[29]!, { exact: true }));
      await visible(animateur.getByText(said[0]!, { exact: true }));

      // Both change the objective, and the same verbatim, before the next exchange.
      await setObjective(animateur, BY_ANIMATEUR);
      await setObjective(secretaire, BY_SECRETAIRE);
      await editVerbatim(animateur, sessionId, said[0]!, V_ANIMATEUR);
      await editVerbatim(secretaire, sessionId, said[0]!, V_SECRETAIRE);
      const second = await exportSession(secretaire);
      await importFromHome(animateur, second.path);
      const conflict = animateur.getByRole('listitem', { name: /^Séance — Objectif/ });
      await visible(conflict);
      await visible(conflict.getByText(BY_ANIMATEUR, { exact: true }));
      await visible(conflict.getByText(BY_SECRETAIRE, { exact: true }));
      expect(await conflict.getByRole('radio', { name: 'Garder les deux' }).isChecked()).toBe(true);
      await checkA11y(animateur, 'Aperçu de l’import avec un conflit');
      await shoot(animateur, 'transfer-preview');
      await conflict.getByRole('radio', { name: 'Garder les deux' }).check();
      const verbatimConflict = animateur.getByRole('listitem', { name: /^Verbatim — Texte/ });
      await visible(verbatimConflict.getByText(V_ANIMATEUR, { exact: true }));
      await visible(verbatimConflict.getByText(V_SECRETAIRE, { exact: true }));
      await verbatimConflict.getByRole('radio', { name: 'Garder les deux' }).check();
      await apply(animateur);
      await animateur.getByRole('link', { name: new RegExp(`^Ouvrir\\s«\\s${TITLE}\\s»$`) }).click();
      const kept = await animateur.getByLabel('Objectif', { exact: true }).inputValue();
      expect(kept).toContain(BY_ANIMATEUR);
      expect(kept).toContain(BY_SECRETAIRE);
      expect(kept).toContain('— Autre version —');
      // Both versions of the verbatim are in the animateur's notes.
      await animateur.goto(`${baseURL()}/#/seance/${sessionId}/notes`);
      await visible(animateur.getByText(V_ANIMATEUR, { exact: true }));
      await visible(animateur.getByText(V_SECRETAIRE, { exact: true }));

      // Back to the secrétaire: the animateur's file carries the kept texts; already absorbed, so no conflict there.
      const merged = await exportSession(animateur);
      await importFromHome(secretaire, merged.path);
      expect(await secretaire.getByRole('heading', { name: /^Modifié des deux côtés/ }).count()).toBe(0);
      await apply(secretaire);
      await until(async () => (await storedLive(secretaire, 'sessions', sessionId))[0]?.objective, kept);
    },
    180_000,
  );

  it('a damaged file is refused with a French message naming what is wrong; the tablet does not change', async () => {
    const { page } = await launch(newProfile());
    await openHome(page);
    await createSession(page, TITLE);
    await filesLink(page).click();
    const good = await exportTo(page, 'Exporter la séance', files);
    const text = readFileSync(good.path, 'utf8');
    const raw = JSON.parse(text) as { data: { sessions: { id: string }[]; phases: Record<string, unknown>[] } };
    const sessionId = raw.data.sessions[0]!.id;
    raw.data.phases[2]!.plannedMinutes = 'vingt';
    const damaged = join(files, 'cercle-abime.json');
    writeFileSync(damaged, JSON.stringify(raw));
    const before = await storedLive(page, 'phases', sessionId);

    await chooseFile(page, page.getByRole('button', { name: 'Importer un fichier' }), damaged);
    await importHeading(page);
    const alert = page.getByRole('alert');
    await visible(alert);
    const said = (await alert.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(said).toContain('Ce fichier n’a pas été importé');
    expect(said).toContain('Le fichier est abîmé : dans la liste des phases du guide, l’élément n° 3 a un champ « plannedMinutes » non valide.');
    expect(said).toContain('Rien n’a été importé : cette tablette est exactement comme avant.');
    expect(await storedLive(page, 'phases', sessionId)).toEqual(before);
    await checkA11y(page, 'Import refusé');
    await shoot(page, 'transfer-error');
  });
});
