// The fiche de suivi in a real browser: from a closed séance's pistes to fiches, one followed prévue → en cours → terminée with a jalon and two measures, kept across a reload; axe and screenshots.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from '../../src/format/anonymise';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { makeStatusChange } from '../factories';
import { reportSeance } from '../reportFixture';
import { goHome, openHome, sessionCard, until, visible, waitSaved } from './app';
import { RESULTS_DIR, checkA11y, launch, newProfile, shoot } from './browser';
import { chooseFile, exportTo, storedLive } from './transfer';

const TITLE = 'Accueil de la mairie';
const FICHE = 'Fiche action n°\u00a01 — Élargir les horaires';
const files = mkdtempSync(join(tmpdir(), 'cercle-fiche-'));
let sessionId = '';
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** The closed fixture séance, its pistes validated but no fiche written yet, as another tablet's export file. */
function seanceFile(): string {
  const { session, names, ...records } = reportSeance();
  sessionId = session.id;
  const path = join(files, 'cercle-2026-11-23-accueil-de-la-mairie.json');
  writeFileSync(path, serialise(buildEnvelope({ sessions: [session], ...records, actions: [] }, { appVersion: '0.1.0', exportedAt: session.closedAt!, deviceId: 'tablette-secretaire' })));
  return path;
}

/** Today on this machine, as the date fields take it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('fiche de suivi', () => {
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

  it('fiches from the pistes, engagements on one, then « Suivre l’action »', async () => {
    await sessionCard(page, TITLE).getByRole('link', { name: /^Rapport de synthèse/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport de synthèse' }));
    await page.getByRole('button', { name: 'Créer les fiches des pistes validées' }).click();
    const fiche = page.getByRole('listitem', { name: FICHE });
    await visible(fiche);
    await fiche.getByRole('checkbox', { name: 'Courtoisie, bienveillance et droit à l’erreur' }).check();
    await fiche.getByRole('checkbox', { name: 'Délais de réponse et suivi du dossier' }).check();
    await fiche.getByRole('textbox', { name: 'Responsable de l’action' }).fill('Claire Martin');
    await fiche.getByLabel('Démarrage de l’action').fill('2026-11-24');
    await fiche.getByLabel('Fin prévue de l’action').fill('2027-06-30');
    await waitSaved(page);
    await until(async () => (await storedLive(page, 'actions', sessionId)).map((a) => [a.number, a.engagements, a.plannedEnd]).sort(), [
      ['1', ['accueil', 'reponse'], '2027-06-30'],
      ['2', [], ''],
    ]);
    // The fiche in the report, its way to the follow-up beside « Supprimer la fiche ».
    await fiche.screenshot({ path: join(RESULTS_DIR, 'fiche-rapport-suivre-1024x768.png') });
    await fiche.getByRole('link', { name: `Suivre l’action — ${FICHE}` }).click();
    await visible(page.getByRole('heading', { level: 1, name: FICHE }));
    await visible(page.getByText('Courtoisie, bienveillance et droit à l’erreur · Délais de réponse et suivi du dossier'));
    await checkA11y(page, 'Fiche de suivi, prévue');
    await shoot(page, 'fiche-suivi-prevue');
  });

  it('prévue → en cours → terminée with a jalon ticked and two measures, all kept after a reload', async () => {
    const status = page.getByRole('region', { name: 'Statut' });
    await status.getByRole('button', { name: 'Passer à «\u00a0En cours\u00a0»' }).click();
    await visible(status.getByText('En cours', { exact: true }).first());

    const jalons = page.getByRole('region', { name: 'Jalons' });
    await jalons.getByLabel('Intitulé du jalon').fill('Horaires du samedi affichés à l’accueil');
    // After the fin prévue: refused at the field, what was typed kept.
    await jalons.getByLabel('Date prévue du jalon').fill('2027-07-15');
    await jalons.getByRole('button', { name: 'Ajouter le jalon' }).click();
    await visible(jalons.getByText('Le jalon ne peut pas être après la fin prévue de l’action, le 30 juin 2027.'));
    expect(await jalons.getByLabel('Intitulé du jalon').inputValue()).toBe('Horaires du samedi affichés à l’accueil');
    await jalons.getByLabel('Date prévue du jalon').fill('2027-01-15');
    await jalons.getByRole('button', { name: 'Ajouter le jalon' }).click();
    await jalons.getByRole('checkbox', { name: 'Jalon «\u00a0Horaires du samedi affichés à l’accueil\u00a0» fait' }).check();
    await visible(jalons.getByText(/Fait le /));

    const indicators = page.getByRole('region', { name: 'Indicateurs de suivi' });
    await indicators.getByLabel('Nom de l’indicateur').fill('Usagers reçus le samedi');
    await indicators.getByLabel('Unité (min, %, jours…)').fill('usagers');
    await indicators.getByLabel('Valeur de référence', { exact: true }).fill('0');
    await indicators.getByLabel('Date de la valeur de référence').fill('2026-11-23');
    await indicators.getByLabel('Valeur cible').fill('40');
    await indicators.getByLabel('Date visée pour la cible').fill('2027-06-30');
    await indicators.getByRole('button', { name: 'Ajouter l’indicateur' }).click();
    const card = page.getByRole('article', { name: 'Usagers reçus le samedi (usagers)' });
    await visible(card);
    const value = card.getByLabel('Valeur mesurée (usagers)');
    await value.fill('douze');
    await card.getByRole('button', { name: 'Ajouter la mesure' }).click();
    await visible(card.getByText('Saisissez un nombre, par exemple 12,5 ou 1\u00a0200.'));
    expect(await value.inputValue()).toBe('douze');
    await value.fill('12');
    await card.getByLabel('Date de la mesure').fill('2026-11-28');
    await card.getByRole('button', { name: 'Ajouter la mesure' }).click();
    await visible(card.getByRole('cell', { name: '12\u00a0usagers' }));
    await value.fill('27,5');
    await card.getByLabel('Date de la mesure').fill(today());
    await card.getByRole('button', { name: 'Ajouter la mesure' }).click();
    await visible(card.getByRole('cell', { name: '27,5\u00a0usagers' }));

    await page.getByLabel('Ce qui a été fait, décidé ou constaté').fill('Affiches posées, agents du samedi volontaires trouvés.');
    await page.getByRole('button', { name: 'Ajouter le point d’étape' }).click();
    await visible(page.getByRole('region', { name: 'Points d’étape' }).getByRole('listitem'));
    await status.getByRole('button', { name: 'Passer à «\u00a0Terminée\u00a0»' }).click();
    await visible(status.getByText('Terminée', { exact: true }).first());
    await waitSaved(page);
    await checkA11y(page, 'Fiche de suivi, terminée');
    await shoot(page, 'fiche-suivi');

    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: FICHE }));
    await visible(status.locator('.status-pill', { hasText: 'Terminée' }));
    const history = await status.getByRole('listitem').allInnerTexts();
    expect(history.map((h) => h.replace(/^.* — /, ''))).toEqual(['Prévue à la création de la fiche', 'En cours', 'Terminée']);
    expect(await jalons.getByRole('checkbox', { name: 'Jalon «\u00a0Horaires du samedi affichés à l’accueil\u00a0» fait' }).isChecked()).toBe(true);
    expect(await card.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['27,5\u00a0usagers', '12\u00a0usagers']));
    expect(await card.getByRole('img').getAttribute('aria-label')).toMatch(/^Évolution de «\u00a0Usagers reçus le samedi\u00a0»\u00a0: valeur de départ 0\u00a0usagers le 23 novembre 2026, dernière valeur 27,5\u00a0usagers le .+, cible 40\u00a0usagers d’ici le 30 juin 2027\.$/);
    await visible(page.getByText('Affiches posées, agents du samedi volontaires trouvés.'));
    const stored = await storedLive(page, 'statusChanges', sessionId);
    expect(stored.map((c) => c.status).sort()).toEqual(['en_cours', 'terminee']);
    expect((await storedLive(page, 'measures', sessionId)).map((m) => m.value).sort()).toEqual([12, 27.5]);
    expect((await storedLive(page, 'milestones', sessionId)).map((m) => m.doneOn)).toEqual([today()]);
  });

  it('a fiche of an anonymised séance is an archive: read, never changed', async () => {
    // Another tablet, given the anonymised file of the séance with a fiche already en cours.
    const { session, names, ...records } = reportSeance();
    const fiche = records.actions.find((a) => a.number === '2')!;
    const step = makeStatusChange(session.id, fiche.id, { on: '2026-11-24', reason: '' });
    const envelope = anonymise(buildEnvelope({ sessions: [session], ...records, statusChanges: [step] }, { appVersion: '0.1.0', exportedAt: session.closedAt!, deviceId: 'tablette-region' }));
    const path = join(files, 'cercle-2026-11-23-anonyme.json');
    writeFileSync(path, serialise(envelope));
    const other = (await launch(newProfile('file'))).page;
    await openHome(other);
    await other.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    await chooseFile(other, other.getByRole('button', { name: 'Choisir un fichier' }), path);
    await other.getByRole('button', { name: 'Importer', exact: true }).click();
    await visible(other.getByRole('heading', { name: 'Import terminé' }));
    await other.goto(`${new URL(other.url()).origin}/#/seance/${encodeURIComponent(session.id)}/action/${encodeURIComponent(fiche.id)}`);
    await visible(other.getByRole('heading', { level: 1, name: /^Fiche action n°\s2 — / }));
    await visible(other.getByText('Cette séance a été anonymisée\u00a0: son plan d’actions est une archive. Vous pouvez le consulter, plus le modifier.'));
    await visible(other.getByRole('region', { name: 'Statut' }).locator('.status-pill', { hasText: 'En cours' }));
    expect(await other.getByRole('button', { name: /^Passer à|^Revenir à|^Ajouter/ }).count()).toBe(0);
    await checkA11y(other, 'Fiche de suivi, séance anonymisée');
    await shoot(other, 'fiche-suivi-archive');
  });

  it('a second tablet imports the séance’s file and sees the same statuses, history, jalon and measures', async () => {
    await goHome(page);
    await sessionCard(page, TITLE).getByRole('link', { name: new RegExp(`^Fichiers`) }).click();
    const { path } = await exportTo(page, 'Exporter la séance', files);
    const [fiche] = (await storedLive(page, 'actions', sessionId)).filter((a) => a.number === '1');

    const { page: other } = await launch(newProfile('file'));
    await openHome(other);
    await other.getByRole('link', { name: 'Importer un fichier', exact: true }).click();
    await chooseFile(other, other.getByRole('button', { name: 'Choisir un fichier' }), path);
    await other.getByRole('button', { name: 'Importer', exact: true }).click();
    await visible(other.getByRole('heading', { name: 'Import terminé' }));
    await other.goto(other.url().replace(/#.*$/, `#/seance/${sessionId}/action/${String(fiche!.id)}`));
    await visible(other.getByRole('heading', { level: 1, name: FICHE }));
    const status = other.getByRole('region', { name: 'Statut' });
    await visible(status.locator('.status-pill', { hasText: 'Terminée' }));
    const history = await status.getByRole('listitem').allInnerTexts();
    expect(history.map((h) => h.replace(/^.* — /, ''))).toEqual(['Prévue à la création de la fiche', 'En cours', 'Terminée']);
    const jalon = other.getByRole('region', { name: 'Jalons' }).getByRole('checkbox', { name: 'Jalon «\u00a0Horaires du samedi affichés à l’accueil\u00a0» fait' });
    expect(await jalon.isChecked()).toBe(true);
    const card = other.getByRole('article', { name: 'Usagers reçus le samedi (usagers)' });
    expect(await card.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['27,5\u00a0usagers', '12\u00a0usagers']));
  });
});
