// The modal dialogs in real Chromium (jsdom has no showModal): focus in and back to the opener, the page behind inert, Tab kept inside, Escape and a tap outside cancel.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, goHome, openHome, sessionCard, visible, waitSaved } from './app';
import { postIt, sessionIdOf } from './board';
import { launch, newProfile } from './browser';

/** Where focus is, said as a person would find it: inside an open modal dialog or not, and the control's name. */
const focus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { inDialog: !!el?.closest('dialog[open]'), name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', tag: el?.tagName.toLowerCase() ?? '' };
  });

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Tab (or Shift+Tab) many times: focus must never leave the dialog, not even for the browser's own toolbar. */
async function tabAround(page: Page, key: 'Tab' | 'Shift+Tab', times = 8): Promise<string[]> {
  const outside: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    const where = await focus(page);
    if (!where.inDialog) outside.push(`${key} #${i + 1}: ${where.tag} ${where.name}`);
  }
  return outside;
}

/** The page behind cannot take focus, and a tap on one of its buttons lands on the dialog's dimmed backdrop. */
async function behindIsInert(page: Page, behind: Locator): Promise<{ focusable: boolean; tappable: boolean }> {
  const box = (await behind.boundingBox())!;
  return behind.evaluate(
    (el, at) => {
      (el as HTMLElement).focus();
      const hit = document.elementFromPoint(at.x, at.y);
      return { focusable: document.activeElement === el, tappable: hit === el || el.contains(hit) };
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

describe('dialogues modaux', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await launch(newProfile('file')));
    await openHome(page);
  });

  it('« Supprimer » on Accueil: focus on Annuler, page inert, Tab kept inside, Escape and a tap outside cancel, focus back on the button', async () => {
    const title = 'Comité de la médiathèque';
    await createSession(page, title);
    await goHome(page);
    const opener = sessionCard(page, title).getByRole('button', { name: `Supprimer « ${title} »` });
    const dialog = page.getByRole('alertdialog', { name: `Supprimer la séance « ${title} » ?` });

    await opener.focus();
    await page.keyboard.press('Enter');
    await visible(dialog);
    expect(await isFocused(dialog.getByRole('button', { name: 'Annuler' }))).toBe(true);
    expect(await behindIsInert(page, page.getByRole('button', { name: 'Nouvelle séance' }))).toEqual({ focusable: false, tappable: false });
    expect(await focus(page)).toMatchObject({ inDialog: true, name: 'Annuler' });
    expect(await tabAround(page, 'Tab')).toEqual([]);
    expect(await tabAround(page, 'Shift+Tab')).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);
    expect(await sessionCard(page, title).isVisible()).toBe(true);

    await opener.click();
    await visible(dialog);
    // The dimmed page around the box: the header's corner.
    await page.mouse.click(5, 5);
    await dialog.waitFor({ state: 'detached' });
    expect(await sessionCard(page, title).isVisible()).toBe(true);
    expect(page.url()).toMatch(/#\/?$/);
  });

  it('« Déplacer vers… » on the board: focus on the checked choice, board inert, Tab kept inside, Escape closes, focus back on the button', async () => {
    await openHome(page);
    await createSession(page, 'Comité du centre social');
    await page.evaluate((id) => (location.hash = `#/seance/${encodeURIComponent(id)}/tableau`), sessionIdOf(page));
    await visible(page.getByRole('heading', { level: 1, name: 'Tableau de post-its' }));
    await page.getByLabel('Nouveau post-it', { exact: true }).fill('Un guichet unique pour tout');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    await postIt(page, 'Un guichet unique pour tout').getByRole('button', { pressed: false }).first().click();
    const opener = page.getByRole('button', { name: 'Déplacer vers…' });
    const dialog = page.getByRole('dialog', { name: 'Déplacer le post-it vers…' });

    await opener.click();
    await visible(dialog);
    expect(await isFocused(dialog.getByRole('radio', { name: 'Nouveau regroupement' }))).toBe(true);
    expect(await behindIsInert(page, page.getByRole('link', { name: /^Pistes/ }))).toEqual({ focusable: false, tappable: false });
    expect(await tabAround(page, 'Tab')).toEqual([]);
    expect(await tabAround(page, 'Shift+Tab')).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);
    await visible(postIt(page.getByRole('list', { name: 'Post-its non classés', exact: true }), 'Un guichet unique pour tout'));
  });
});
