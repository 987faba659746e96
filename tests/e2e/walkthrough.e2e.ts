// The product's walkthrough: a whole séance from préparation to the rapport de synthèse, its print view as a PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addParticipants, addTag, createSession, giveConsent, openHome, openTab, seenText, seenTexts, until, visible, waitSaved } from './app';
import { postIt } from './board';
import { RESULTS_DIR, checkA11y, launch, newProfile, shoot, takeLeaks } from './browser';
import { exportTo } from './transfer';

/** Monday 23 November 2026, 14:00 in Paris: the séance starts on time. */
const START = new Date('2026-11-23T14:00:00+01:00');
const MIN = 60_000;
const NAMES = ['Alice', 'Bilal', 'Chloé', 'Dédé', 'Élodie', 'Farid'] as const;
const TITLE = 'Accueil de la mairie annexe';

const heading = (page: Page, name: string) => visible(page.getByRole('heading', { level: 1, name }));
const floor = (page: Page) => page.getByTestId('floor').innerText();
const giveFloor = async (page: Page, name: string) => {
  // The tile (its name ends with the person's time), not the tour de table's big button.
  await page.getByRole('button', { name: new RegExp(`^(Donner|Reprendre) la parole à\\s*${name}\\s+\\d`) }).click();
  await until(() => floor(page), new RegExp(`^La parole est à ${name}`));
};
const nextPhase = async (page: Page, title: string) => {
  await page.getByRole('button', { name: /Phase suivante/ }).click();
  await heading(page, title);
};

/** Type a verbatim in the notes pane with its tags (and star), Enter, and wait until it shows in the timeline. */
async function note(page: Page, text: string, tags: readonly string[], star = false): Promise<void> {
  const field = page.getByLabel('Verbatim ou note', { exact: true });
  for (const tag of tags) await page.getByRole('group', { name: 'Étiquettes' }).getByRole('button', { name: tag, exact: true }).click();
  if (star) await page.getByRole('button', { name: /Citation clé/ }).click();
  await field.click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await visible(page.getByText(text, { exact: true }));
}

/** On the board: write a post-it and choose its kind. */
async function addPostIt(page: Page, text: string, kind: 'Irritant' | 'Attente' | 'Idée' | 'Point positif'): Promise<void> {
  await page.getByLabel('Nouveau post-it', { exact: true }).fill(text);
  await page.getByRole('button', { name: kind, exact: true }).click();
  await visible(postIt(page.getByRole('list', { name: 'Post-its non classés', exact: true }), text));
}

/** Select the post-its and make a named group of them, without dragging. */
async function groupOf(page: Page, title: string, texts: readonly string[]): Promise<void> {
  const unsorted = page.getByRole('list', { name: 'Post-its non classés', exact: true });
  for (const text of texts) await postIt(unsorted, text).getByRole('button', { pressed: false }).first().click();
  await page.getByRole('button', { name: 'Nouveau regroupement avec la sélection' }).click();
  // The new group is the one still called by its default name ("Regroupement 2").
  const names = page.getByRole('textbox', { name: /^Nom du regroupement/ });
  await until(async () => (await names.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).some((v) => /^Regroupement \d+$/.test(v)), true);
  const index = (await names.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).findIndex((v) => /^Regroupement \d+$/.test(v));
  const name = names.nth(index);
  await name.fill(title);
  await name.press('Enter');
  await visible(page.getByRole('list', { name: title, exact: true }));
}

export async function runWholeSeance(page: Page): Promise<void> {
  await page.clock.install({ time: START });
  await openHome(page);
  await createSession(page, TITLE);
  await page.getByLabel('Lieu', { exact: true }).fill('Salle du conseil, mairie annexe');
  await page.getByLabel('Objectif', { exact: true }).fill('Comprendre ce qui gêne les usagers à l’accueil et décider avec eux des trois premières améliorations.');
  await page.getByLabel('Thématique', { exact: true }).fill('Accueil physique');
  await page.getByLabel('Animateur', { exact: true }).fill('Claire Martin');
  await page.getByLabel('Secrétaire', { exact: true }).fill('Hugo Petit');
  await waitSaved(page);
  await openTab(page, 'Participants');
  await addParticipants(page, NAMES);
  for (const [i, name] of NAMES.entries()) await giveConsent(page, i + 1, name);
  await addTag(page, 1, 'Alice', 'retraitée');
  await addTag(page, 2, 'Bilal', 'actif');

  // Phase 1 and the tour de table.
  await page.getByRole('button', { name: 'Démarrer la séance' }).click();
  await heading(page, 'Présentation des objectifs');
  await page.clock.fastForward(9 * MIN);
  await nextPhase(page, 'Tour de table');
  for (const name of NAMES) {
    await giveFloor(page, name);
    await page.clock.fastForward(2 * MIN);
  }

  // Phase 3: the secrétaire's pane beside the room, verbatims following the floor.
  await nextPhase(page, 'Partage d’expériences');
  await page.getByRole('button', { name: 'Afficher la prise de notes' }).click();
  await giveFloor(page, 'Alice');
  await page.clock.fastForward(3 * MIN);
  await note(page, 'On attend debout, il n’y a pas une chaise ; à mon âge c’est dur.', ['Irritant'], true);
  await giveFloor(page, 'Bilal');
  await page.clock.fastForward(4 * MIN);
  await note(page, 'Fermé à 17 h : « quand on travaille, on ne peut pas venir ».', ['Négatif'], true);
  await giveFloor(page, 'Chloé');
  await page.clock.fastForward(2 * MIN);
  await note(page, 'L’agent m’a très bien reçue, avec le sourire.', ['Positif'], true);
  await note(page, 'Un écran avec le temps d’attente, ce serait rassurant.', ['Idée']);
  await giveFloor(page, 'Dédé');
  await page.clock.fastForward(MIN);
  await giveFloor(page, 'Alice');
  await page.clock.fastForward(20 * MIN);

  // Phase 4: post-its, two groups, three pistes.
  await page.getByRole('button', { name: 'Masquer la prise de notes' }).click();
  await page.getByRole('button', { name: /^Aller à la phase 4/ }).click();
  await heading(page, 'Attentes et axes de progrès');
  await page.getByRole('link', { name: 'Ouvrir le tableau de post-its' }).click();
  await heading(page, 'Tableau de post-its');
  await addPostIt(page, 'Pas de chaises', 'Irritant');
  await addPostIt(page, 'Un écran du temps d’attente', 'Idée');
  await addPostIt(page, 'Fermé trop tôt', 'Irritant');
  await addPostIt(page, 'Ouvrir le samedi matin', 'Idée');
  await addPostIt(page, 'Accueil souriant', 'Point positif');
  await groupOf(page, 'Attente', ['Pas de chaises', 'Un écran du temps d’attente']);
  await groupOf(page, 'Horaires', ['Fermé trop tôt', 'Ouvrir le samedi matin']);
  await waitSaved(page);

  await page.getByRole('link', { name: /^Pistes/ }).click();
  await heading(page, "Pistes d'amélioration");
  await page.getByRole('checkbox', { name: /^Horaires/ }).check();
  await page.getByLabel('Titre de la nouvelle piste', { exact: true }).fill('Ouvrir le samedi matin');
  await page.getByRole('button', { name: 'Créer la piste' }).click();
  await page.getByRole('checkbox', { name: /^Attente/ }).check();
  await page.getByLabel('Titre de la nouvelle piste', { exact: true }).fill('Des chaises et un écran d’attente');
  await page.getByRole('button', { name: 'Créer la piste' }).click();
  await page.getByLabel('Titre de la nouvelle piste', { exact: true }).fill('Prendre rendez-vous en ligne');
  await page.getByRole('button', { name: 'Créer la piste' }).click();
  await until(() => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).count(), 3);
  await waitSaved(page);

  // Phase 5: raised hands, priorities validated with the group, close.
  await page.getByRole('link', { name: /^Vote/ }).click();
  await heading(page, 'Vote et priorités');
  await page.getByRole('radio', { name: /^À main levée/ }).check();
  const hands = (track: string) => page.getByRole('spinbutton', { name: new RegExp(`^Mains levées pour « ${track}`) });
  for (const [track, n] of [['Ouvrir le samedi', '5'], ['Des chaises', '4'], ['Prendre rendez-vous', '2']] as const) {
    await hands(track).fill(n);
    await hands(track).press('Tab');
    // The count is kept once "one hand less" becomes possible: what was typed is stored.
    await until(() => page.getByRole('button', { name: new RegExp(`^Une main de moins pour « ${track}`) }).isEnabled(), true);
  }
  await page.getByRole('button', { name: 'Classer selon le vote' }).click();
  await page.getByRole('checkbox', { name: /^Validée : Ouvrir le samedi/ }).check();
  await page.getByRole('checkbox', { name: /^Validée : Des chaises/ }).check();
  await waitSaved(page);
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await visible(page.getByRole('button', { name: /Aller à la phase 5/ }));
  await page.getByRole('button', { name: /Aller à la phase 5/ }).click();
  await heading(page, 'Bilan et synthèse');
  await page.clock.fastForward(10 * MIN);
  await page.getByRole('button', { name: 'Clôturer la séance' }).click();
  await page.getByRole('alertdialog', { name: 'Clôturer la séance\u00a0?' }).getByRole('button', { name: 'Clôturer', exact: true }).click();
  await visible(page.getByText('Séance clôturée'));
  await waitSaved(page);
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const sectionText = async (page: Page, name: string) => plain(await seenText(section(page, name).locator('.report-generated')));

describe('une séance entière, de la préparation au rapport', () => {
  it('prepare, run the five phases, close; the report says what happened, is written, printed and exported', async () => {
    const { context, page } = await launch(newProfile());
    await runWholeSeance(page);

    await page.getByRole('status').getByRole('link', { name: 'Rapport de synthèse' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport de synthèse' }));

    // What the room recorded: planned vs actual per phase, everyone's speaking time.
    const conduct = await sectionText(page, 'Annexe 2 — Déroulement et temps de parole');
    expect(conduct).toMatch(/Phase 2 — Tour de table\s+15 min\s+12 min\s+−3 min/);
    expect(conduct).toMatch(/Phase 3 — Partage d’expériences\s+45 min\s+30 min\s+−15 min/);
    expect(conduct).toMatch(/Alice\s+25 min · \d+ % · 3 prises de parole/);
    expect(conduct).toMatch(/Farid\s+2 min · \d+ % · 1 prise de parole/);
    // What the secrétaire starred, with who said it; the views split by tag and post-it kind.
    const learnings = await sectionText(page, 'Principaux enseignements');
    expect(learnings).toContain('Matière recueillie : 4 verbatims, aucune observation du secrétaire, 5 post-its.');
    expect(learnings).toMatch(/On attend debout, il n’y a pas une chaise ; à mon âge c’est dur\.[\s\S]*— Alice/);
    expect(learnings).toMatch(/Fermé à 17 h[\s\S]*— Bilal/);
    const views = await sectionText(page, 'Avis positifs et négatifs');
    expect(views).toMatch(/Avis positifs[\s\S]*L’agent m’a très bien reçue[\s\S]*Accueil souriant[\s\S]*Avis négatifs[\s\S]*Pas de chaises/);
    const ideas = await sectionText(page, 'Idées et attentes');
    expect(ideas).toMatch(/Regroupement « Attente » \(2 post-its\)[\s\S]*Idée : Un écran du temps d’attente/);
    // The pistes by votes, the validated ones said so.
    const rows = page.getByRole('table', { name: /^Pistes d’amélioration/ }).getByRole('row');
    await until(async () => plain(await seenText(rows.nth(1))).replace(/\s+/g, ' ').trim(), /^1 Ouvrir le samedi matin 5 Oui Horaires/);
    expect(plain(await seenText(rows.nth(3))).replace(/\s+/g, ' ')).toMatch(/^3 Prendre rendez-vous en ligne 2 Non/);

    // The secrétaire writes; the plan d'actions is drafted from the validated pistes.
    const learned = page.getByRole('textbox', { name: 'Synthèse du secrétaire — Principaux enseignements' });
    await learned.fill('Les usagers saluent l’accueil humain ; l’attente debout et les horaires sont les deux griefs.');
    await page.getByRole('button', { name: 'Créer les fiches des pistes validées' }).click();
    const sheets = page.getByRole('list', { name: 'Fiches action' }).getByRole('listitem');
    await until(() => sheets.count(), 2);
    await sheets.first().getByLabel('Responsable de l’action', { exact: true }).fill('Responsable de l’accueil');
    // The action serves a Services Publics + engagement: its wording shows under the boxes.
    await sheets.first().getByRole('checkbox', { name: 'Joignabilité et démarches en ligne' }).check();
    await visible(sheets.first().getByRole('list', { name: 'Intitulé de l’engagement' }).getByText(/Nous sommes joignables par téléphone ou sur place/));
    await waitSaved(page);
    await sheets.first().screenshot({ path: join(RESULTS_DIR, 'parcours-fiche-engagements-1024x768.png'), animations: 'disabled', caret: 'hide' });
    expect(await sheets.first().getByLabel('Libellé de la fiche action', { exact: true }).inputValue()).toBe('Ouvrir le samedi matin');
    expect(await sheets.first().getByLabel('Problématique identifiée', { exact: true }).inputValue()).toContain('Fermé trop tôt');
    await checkA11y(page, 'rapport après la séance');
    await shoot(page, 'parcours-rapport');

    // Reloaded, everything written is still there.
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport de synthèse' }));
    await until(() => learned.inputValue(), /^Les usagers saluent/);
    await until(() => sheets.first().getByLabel('Responsable de l’action', { exact: true }).inputValue(), 'Responsable de l’accueil');
    expect(await sheets.first().getByRole('checkbox', { name: 'Joignabilité et démarches en ligne' }).isChecked()).toBe(true);

    // The restitution names nobody, not even a P-number.
    await page.getByRole('link', { name: 'Restitution aux participants' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Restitution aux participants' }));
    const restitution = (await seenTexts(page.locator('.report-generated'))).join('\n');
    for (const name of [...NAMES, 'Claire Martin', 'Hugo Petit', 'P1']) expect(restitution, name).not.toContain(name);
    expect(restitution).toContain('Ouvrir le samedi matin');
    expect(restitution).not.toContain('Prendre rendez-vous en ligne');
    expect(restitution).not.toContain('Ouvrir le samedi matin — Ouvrir le samedi matin');
    await shoot(page, 'parcours-restitution');

    // Word: the headings and a starred verbatim are in the document's body.
    await page.getByRole('link', { name: 'Rapport complet' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rapport de synthèse' }));
    const downloads = mkdtempSync(join(tmpdir(), 'cercle-walkthrough-'));
    const docx = await exportTo(page, 'Word (.docx)', downloads);
    expect(docx.name).toBe('cercle-2026-11-23-accueil-de-la-mairie-annexe-rapport.docx');
    const body = strFromU8(unzipSync(readFileSync(docx.path))['word/document.xml']!);
    for (const text of ['Principaux enseignements', 'Plan d’actions', 'On attend debout, il n’y a pas une chaise', 'Responsable de l’accueil', 'Les usagers saluent']) expect(body, text).toContain(text);

    // The print view, to PDF: A4 pages, looked at as images.
    await page.getByRole('link', { name: 'Imprimer ou PDF' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Rapport de synthèse — ${TITLE}` }));
    const pdf = join(RESULTS_DIR, 'parcours-rapport.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(RESULTS_DIR, 'parcours-rapport-page')]);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
    expect(info).toMatch(/Page size:.*\(A4\)/);

    // The restitution holds on one page, to hand out or pin up.
    await page.goto(page.url().replace('/rapport/imprimer', '/restitution/imprimer'));
    await visible(page.getByRole('heading', { level: 1, name: 'Restitution aux participants' }));
    const onePage = join(RESULTS_DIR, 'parcours-restitution.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: onePage, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '60', onePage, join(RESULTS_DIR, 'parcours-restitution-page')]);
    expect(execFileSync('pdfinfo', [onePage], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);

    // The whole séance, its reports and exports, service worker included: nothing the page's policy refused,
    // no request beyond the app's own origin.
    expect(takeLeaks(context)).toEqual([]);
    // And the watch itself works: an image from elsewhere is refused by the policy and reported.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: 'https://example.invalid/pixel.png', alt: '' })));
    await until(async () => takeLeaks(context).join('\n'), /^CSP violation on .*: img-src blocked https:\/\/example\.invalid\/pixel\.png/);
  });
});
