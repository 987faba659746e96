// Nothing typed is lost: the browser is killed 300 ms after the last keystroke, and the text is back after relaunch.
import { describe, expect, it } from 'vitest';
import { createSession, openHome, openSession } from './app';
import { crash, launch, newProfile } from './browser';

const TITLE = 'Séance interrompue';
const OBJECTIVE = 'Savoir ce qui bloque au guichet unique. Revoir la signalétique avant juin.';

describe('plantage', () => {
  it('keeps the objective typed 300 ms before the browser was killed', async () => {
    const profile = newProfile();
    {
      const { page } = await launch(profile);
      await openHome(page);
      await createSession(page, TITLE);
      await page.getByLabel('Objectif', { exact: true }).click();
      await page.keyboard.type(OBJECTIVE);
      // Every keystroke is on screen (a late echo of an earlier write once ate characters while typing).
      expect(await page.getByLabel('Objectif', { exact: true }).inputValue()).toBe(OBJECTIVE);
      await page.waitForTimeout(300);
      await crash(profile);
    }

    const { page } = await launch(profile);
    await openHome(page);
    await openSession(page, TITLE);
    expect(await page.getByLabel('Objectif', { exact: true }).inputValue()).toBe(OBJECTIVE);
  });
});
