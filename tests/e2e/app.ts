// What a facilitator does in Cercle, written once for the e2e scenarios (French UI strings from src/i18n/fr.ts).
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseURL } from './browser';

/** Poll until `read()` gives `expected` (or matches it), with the last value in the failure message. */
export async function until<T>(read: () => Promise<T>, expected: T | RegExp, timeout = 10_000): Promise<void> {
  if (expected instanceof RegExp) await expect.poll(read, { timeout }).toMatch(expected);
  else await expect.poll(read, { timeout }).toEqual(expected);
}

export const visible = (locator: Locator, timeout?: number) => locator.waitFor({ state: 'visible', ...(timeout ? { timeout } : {}) });

/**
 * The text a reader sees once scrolled to it: the report's sections out of view are not rendered until then
 * (content-visibility), and innerText reads only what is rendered.
 */
export async function seenText(locator: Locator): Promise<string> {
  // Sections above the target are laid out at their real height as they come into view, which can push the
  // target back out of view before it renders (a slow machine lost this race in CI): scroll again until it shows.
  for (let attempt = 0; ; attempt++) {
    await locator.scrollIntoViewIfNeeded();
    // The browser renders what scrolled into view at its next frame.
    await locator.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const text = await locator.innerText();
    if (text.trim() !== '' || attempt >= 20) return text;
    await locator.page().waitForTimeout(100);
  }
}

/** `seenText` of every element `locator` matches, in order. */
export async function seenTexts(locator: Locator): Promise<string[]> {
  const texts: string[] = [];
  for (const one of await locator.all()) texts.push(await seenText(one));
  return texts;
}

/** Open the app's home page and wait for Accueil to render. */
export async function openHome(page: Page): Promise<void> {
  await page.goto(`${baseURL()}/`);
  await visible(page.getByRole('heading', { level: 1, name: 'Vos séances' }));
}

/** The header's save indicator says "Enregistré": every tracked write has landed in IndexedDB. */
export async function waitSaved(page: Page): Promise<void> {
  await until(() => page.getByTestId('save-indicator').innerText(), 'Enregistré');
}

/** "Nouvelle séance", then give it `title`; ends on Préparation, tab "La séance". Returns the séance's hash route. */
export async function createSession(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'Nouvelle séance' }).click();
  await visible(page.getByRole('tab', { name: 'La séance', selected: true }));
  const field = page.getByLabel('Titre de la séance', { exact: true });
  await field.fill(title);
  await until(() => page.getByRole('heading', { level: 1 }).innerText(), title);
  await waitSaved(page);
  return new URL(page.url()).hash;
}

export async function goHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Séances' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Vos séances' }));
}

export async function goSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Paramètres' }));
}

/** The séance's card on Accueil. */
export const sessionCard = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

/** From Accueil: "Préparer" on the séance's card. */
export async function openSession(page: Page, title: string): Promise<void> {
  await sessionCard(page, title).getByRole('link', { name: 'Préparer' }).click();
  await until(() => page.getByRole('heading', { level: 1 }).innerText(), title);
}

export async function openTab(page: Page, name: 'La séance' | 'Participants' | "Guide d'animation"): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await visible(page.getByRole('tab', { name: new RegExp(`^${name}`), selected: true }));
  await visible(page.getByRole('tabpanel'));
}

/** The participant rows, in seat order ("Place 1 : Alice", …). */
export const participantRows = (page: Page) => page.getByRole('listitem', { name: /^Place \d+ : / });

export const participantRow = (page: Page, seat: number, pseudonym: string) =>
  page.getByRole('listitem', { name: `Place ${seat} : ${pseudonym}`, exact: true });

/** On the Participants tab: type each pseudonym and "Ajouter le participant", waiting for its row. */
export async function addParticipants(page: Page, names: readonly string[]): Promise<void> {
  const input = page.getByLabel('Nouveau participant : pseudonyme ou prénom', { exact: true });
  for (const name of names) {
    const before = await participantRows(page).count();
    await input.fill(name);
    await page.getByRole('button', { name: 'Ajouter le participant' }).click();
    await visible(participantRow(page, before + 1, name));
    await until(() => input.inputValue(), '');
  }
  await waitSaved(page);
}

/** Tick "Consentement recueilli" in the participant's row. */
export async function giveConsent(page: Page, seat: number, pseudonym: string): Promise<void> {
  const row = participantRow(page, seat, pseudonym);
  await row.getByRole('checkbox', { name: 'Consentement recueilli' }).check();
  await visible(row.getByText(/^Consentement donné le /));
}

/** Add a profile tag to a participant through its own small form. */
export async function addTag(page: Page, seat: number, pseudonym: string, tag: string): Promise<void> {
  const row = participantRow(page, seat, pseudonym);
  await row.getByLabel(`Ajouter une étiquette — ${pseudonym}`, { exact: true }).fill(tag);
  await row.getByRole('button', { name: `Ajouter l’étiquette à ${pseudonym}`, exact: true }).click();
  await visible(row.getByRole('button', { name: `Retirer l'étiquette « ${tag} »` }));
}

/** "23 novembre 2026": today's date as the app writes it for a consent given now (Europe/Paris). */
/** Today as the app writes it, « 1er » on the first of the month (written independently of src/i18n/format). */
export function todayInFrench(): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date()).replace(/^1 /, '1er ');
}

export const PSEUDONYMS = ['Alice', 'Bilal', 'Chloé', 'Dédé', 'Élodie', 'Farid', 'Gaëlle', 'Hugo'] as const;
