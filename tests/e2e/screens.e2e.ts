// Every screen, as a facilitator meets it: axe (WCAG 2.1 A/AA) finds nothing, and screenshots at both tablet orientations.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PSEUDONYMS,
  addParticipants,
  createSession,
  giveConsent,
  goHome,
  goSettings,
  openHome,
  openSession,
  openTab,
  sessionCard,
  until,
  visible,
  waitSaved,
} from './app';
import { checkA11y, launch, newProfile, shoot } from './browser';

const FIRST = 'Comité des usagers — accueil de Rennes';
const LONG =
  "Comité d'écoute des usagers du service des cartes grises et des permis de conduire de la préfecture d'Ille-et-Vilaine, antenne de Fougères, avec les partenaires associatifs";
const THIRD = "Agents d'accueil";
const CONSENTED = [1, 2, 4, 5, 8] as const;

describe('chaque écran', () => {
  let page: Page;

  // One browser for the whole file: the screens follow each other like a facilitator's morning.
  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
  });

  it('Accueil, sans séance', async () => {
    await visible(page.getByRole('heading', { level: 2, name: 'Aucune séance pour le moment' }));
    expect(await page.getByRole('button', { name: 'Nouvelle séance' }).isVisible()).toBe(true);
    await checkA11y(page, 'Accueil vide');
    await shoot(page, 'accueil-vide');
  });

  it('Accueil, avec des séances (dont un titre long)', async () => {
    for (const title of [FIRST, LONG, THIRD]) {
      await createSession(page, title);
      if (title === FIRST) {
        await page.getByLabel('Lieu', { exact: true }).fill('Maison France services, Rennes');
        await page.getByLabel('Date', { exact: true }).fill('2026-12-03');
        await page.getByLabel('Heure de début', { exact: true }).fill('14:00');
        await waitSaved(page);
      }
      await goHome(page);
    }
    await until(() => page.getByRole('list', { name: 'Liste des séances' }).getByRole('article').count(), 3);
    await visible(sessionCard(page, LONG));
    expect(await sessionCard(page, FIRST).getByText('jeudi 3 décembre 2026').isVisible()).toBe(true);
    expect(await sessionCard(page, FIRST).getByText('Maison France services, Rennes').isVisible()).toBe(true);
    await checkA11y(page, 'Accueil avec séances');
    await shoot(page, 'accueil-seances');
  });

  it('Préparation, onglet « La séance »', async () => {
    await openSession(page, FIRST);
    await visible(page.getByRole('tab', { name: 'La séance', selected: true }));
    await page.getByLabel('Objectif', { exact: true }).fill("Comprendre ce qui freine la prise de rendez-vous. Revoir l'accueil téléphonique d'ici l'été.");
    await page.getByRole('radio', { name: "Améliorer la qualité d'un service" }).check();
    await page.getByRole('checkbox', { name: 'Usagers' }).check();
    await page.getByLabel('Animateur', { exact: true }).fill('Nadia');
    await waitSaved(page);
    await checkA11y(page, 'Préparation — La séance');
    await shoot(page, 'preparation-seance');
  });

  it('Préparation, onglet « Participants » (8, consentements manquants)', async () => {
    await openTab(page, 'Participants');
    await addParticipants(page, PSEUDONYMS);
    for (const seat of CONSENTED) await giveConsent(page, seat, PSEUDONYMS[seat - 1]!);
    await waitSaved(page);
    const missing = PSEUDONYMS.filter((_, i) => !(CONSENTED as readonly number[]).includes(i + 1));
    const warning = page.getByTestId('consent-warning');
    await visible(warning);
    expect(await warning.innerText()).toBe(`Consentement non recueilli : ${missing.join(', ')}.`);
    await checkA11y(page, 'Préparation — Participants');
    await shoot(page, 'preparation-participants');
  });

  it("Préparation, onglet « Guide d'animation »", async () => {
    await openTab(page, "Guide d'animation");
    await visible(page.getByLabel('Titre de la phase 1', { exact: true }));
    expect(await page.getByLabel('Titre de la phase 5', { exact: true }).inputValue()).toBe('Bilan et synthèse');
    await checkA11y(page, "Préparation — Guide d'animation");
    await shoot(page, 'preparation-guide');
  });

  it('Accueil, confirmation de « Supprimer »', async () => {
    await goHome(page);
    await sessionCard(page, THIRD).getByRole('button', { name: `Supprimer « ${THIRD} »` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Supprimer la séance « ${THIRD} » ?` });
    await visible(dialog);
    expect(await dialog.getByRole('button', { name: 'Annuler' }).evaluate((b) => b === document.activeElement)).toBe(true);
    await checkA11y(page, 'Dialogue Supprimer');
    await shoot(page, 'accueil-supprimer');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await sessionCard(page, THIRD).isVisible()).toBe(true);
  });

  it('Paramètres', async () => {
    await goSettings(page);
    await visible(page.getByRole('heading', { level: 2, name: 'Stockage' }));
    await visible(page.getByTestId('storage-usage'));
    expect(await page.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    await checkA11y(page, 'Paramètres');
    await shoot(page, 'parametres');
  });

  it('Salle, après « Démarrer la séance »', async () => {
    await goHome(page);
    await openSession(page, FIRST);
    await page.getByRole('button', { name: 'Démarrer la séance' }).click();
    await visible(page.getByText('Phase 1 sur 5', { exact: true }));
    const timer = page.getByLabel(/^Temps écoulé \d+:\d{2}$/);
    await visible(timer);
    const first = await timer.innerText();
    expect(first).toMatch(/^\d+:\d{2}$/);
    await until(async () => (await timer.innerText()) !== first, true, 5_000); // it runs
    await checkA11y(page, 'Salle — phase 1');
    await shoot(page, 'salle-phase-1');
  });
});
