// The secrétaire's notes in a real browser: a half sentence survives a crash, 200 fast verbatims stay in order.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addParticipants, createSession, goHome, goSettings, openHome, openTab, until, visible } from './app';
import { baseURL, checkA11y, crash, launch, newProfile, shoot } from './browser';

const NAMES = ['Alice', 'Bilal', 'Chloé', 'Dédé'] as const;
const field = (page: Page) => page.getByLabel('Verbatim ou note', { exact: true });

/** Count the verbatims stored for the séance, straight from IndexedDB. */
const storedTexts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('cercle');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('verbatims').objectStore('verbatims').getAll();
          all.onsuccess = () => {
            const rows = all.result as { text: string; capturedAt: number; deleted: boolean }[];
            resolve(rows.filter((r) => !r.deleted).sort((a, b) => a.capturedAt - b.capturedAt).map((r) => r.text));
            open.result.close();
          };
        };
      }),
  );

async function prepare(page: Page, title: string): Promise<string> {
  await openHome(page);
  await createSession(page, title);
  await openTab(page, 'Participants');
  await addParticipants(page, NAMES);
  const id = new URL(page.url()).hash.split('/')[2]!;
  return id;
}

describe('prise de notes', () => {
  it('split view: 200 verbatims typed fast are all stored, in order, with the speaker who has the floor', async () => {
    const { page } = await launch(newProfile());
    await prepare(page, 'Notes rapides');
    await page.getByRole('button', { name: 'Démarrer la séance' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Présentation des objectifs' }));
    await page.getByRole('button', { name: 'Afficher la prise de notes' }).click();
    await page.getByRole('button', { name: /^Donner la parole à\s*Bilal/ }).click();
    await until(() => page.getByRole('radio', { name: 'Bilal', exact: true }).isChecked(), true);
    await field(page).click();
    const texts = Array.from({ length: 200 }, (_, i) => `Verbatim ${i + 1} : « on ne sait jamais qui appeler »`);
    for (const text of texts) {
      await page.keyboard.insertText(text);
      await page.keyboard.press('Enter');
    }
    await until(async () => (await storedTexts(page)).length, 200, 30_000);
    expect(await storedTexts(page)).toEqual(texts);
    await until(() => field(page).inputValue(), '');
    // The timeline followed the typing: the last verbatim is inside the scrolled box, not below it.
    const last = page.getByText(texts[199]!, { exact: true });
    await visible(last);
    await until(async () => {
      const [box, item] = await Promise.all([page.locator('.timeline-scroll').boundingBox(), last.boundingBox()]);
      return !!box && !!item && item.y >= box.y - 1 && item.y + item.height <= box.y + box.height + 1;
    }, true);
    // Scrolled up to reread: new verbatims no longer pull the timeline down, and a button offers the way back.
    await page.locator('.timeline-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
    await visible(page.getByRole('button', { name: /Aller aux dernières notes/ }));
    const top = await page.locator('.timeline-scroll').evaluate((el) => el.scrollTop);
    await field(page).click();
    await page.keyboard.insertText('Un de plus');
    await page.keyboard.press('Enter');
    await until(async () => (await storedTexts(page)).length, 201);
    expect(await page.locator('.timeline-scroll').evaluate((el) => el.scrollTop)).toBe(top);
    await page.getByRole('button', { name: /Aller aux dernières notes/ }).click();
    await shoot(page, 'notes-split');
    await checkA11y(page, 'notes en vue partagée');
  });

  it('secrétaire tablet: half a sentence typed, the browser killed, the half sentence is back in the field', async () => {
    const profile = newProfile();
    let hash = '';
    {
      const { page } = await launch(profile);
      const id = await prepare(page, 'Notes interrompues');
      await goSettings(page);
      await page.getByRole('radio', { name: 'Secrétaire : prend les notes'.replace(' :', '\u00a0:') }).check();
      await goHome(page);
      await page.getByRole('link', { name: 'Prendre des notes' }).click();
      await visible(field(page));
      hash = `#/seance/${id}/notes`;
      expect(new URL(page.url()).hash).toBe(hash);
      await page.getByRole('radio', { name: /^3\. Partage/ }).check();
      await field(page).click();
      await page.keyboard.type('Elle dit que le guichet ferme à mi');
      await page.waitForTimeout(300);
      await crash(profile);
    }
    const { page } = await launch(profile);
    await page.goto(`${baseURL()}/${hash}`);
    await until(() => field(page).inputValue(), 'Elle dit que le guichet ferme à mi');
    expect(await page.getByRole('radio', { name: /^3\. Partage/ }).isChecked()).toBe(true);
    await page.keyboard.press('End');
    await field(page).press('End');
    await field(page).pressSequentially('di.');
    await field(page).press('Enter');
    await until(async () => (await storedTexts(page)).join('|'), 'Elle dit que le guichet ferme à midi.');
    await visible(page.getByText('Elle dit que le guichet ferme à midi.', { exact: true }));
    await shoot(page, 'notes-secretaire');
    await checkA11y(page, 'notes plein écran');
  });
});
