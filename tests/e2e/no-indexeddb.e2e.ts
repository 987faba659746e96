// Without IndexedDB (private mode, storage disabled), Cercle shows a French full-page message, never a blank screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { visible } from './app';
import { baseURL, launch, newProfile } from './browser';

async function expectFatalPage(page: Page): Promise<void> {
  await page.goto(`${baseURL()}/`);
  const main = page.getByRole('main');
  await visible(main.getByRole('heading', { level: 1, name: 'Cercle ne peut pas enregistrer sur cette tablette' }));
  expect(await main.innerText()).toContain("Le stockage du navigateur (IndexedDB) n'est pas disponible");
  expect(await main.getByRole('button', { name: 'Recharger la page' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Nouvelle séance' }).count()).toBe(0);
}

describe('sans IndexedDB', () => {
  it('says so in French when window.indexedDB is missing', async () => {
    const { context, page } = await launch(newProfile());
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await expectFatalPage(page);
  });

  it('says so in French when touching window.indexedDB throws (storage blocked)', async () => {
    const { context, page } = await launch(newProfile());
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
    });
    await expectFatalPage(page);
  });
});
