// Durable storage: the app asks for it at the first write, and Paramètres says the browser granted it.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession, goSettings, openHome, until, visible } from './app';
import { baseURL, launch, newProfile } from './browser';

/**
 * Headless chromium answers persist() with false; grant 'durableStorage' through CDP (TOOLCHAIN pitfall 6).
 * The grant lasts as long as the CDP session: detaching it resets the permission, so it is returned, not detached.
 */
async function grantDurableStorage(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  const browserContextId = (targetInfo as { browserContextId?: string }).browserContextId;
  if (!browserContextId) throw new Error('Target.getTargetInfo gave no browserContextId');
  await cdp.send('Browser.grantPermissions', { permissions: ['durableStorage'], origin: baseURL(), browserContextId });
  return cdp;
}

describe('stockage persistant', () => {
  it('asks for persistent storage at the first write and says so in Paramètres', async () => {
    const { context, page } = await launch(newProfile());
    // Count the app's calls to persisted()/persist(): it must not ask at boot, only when it first writes.
    await context.addInitScript(() => {
      const calls = { persisted: 0, persist: 0 };
      (window as unknown as { storageCalls: typeof calls }).storageCalls = calls;
      const proto = StorageManager.prototype;
      const persisted = proto.persisted;
      const persist = proto.persist;
      proto.persisted = function () {
        calls.persisted += 1;
        return persisted.call(this);
      };
      proto.persist = function () {
        calls.persist += 1;
        return persist.call(this);
      };
    });
    const storageCalls = () => page.evaluate(() => (window as unknown as { storageCalls: { persisted: number; persist: number } }).storageCalls);
    await openHome(page);
    expect(await storageCalls()).toEqual({ persisted: 0, persist: 0 });
    const cdp = await grantDurableStorage(page);

    await createSession(page, 'Séance pour le stockage');
    // The grant already makes persisted() true, so the app has nothing more to ask: it checks, then stops.
    await until(async () => (await storageCalls()).persisted > 0, true);
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);

    await goSettings(page);
    const persistence = page.getByTestId('storage-persistence');
    await visible(persistence);
    expect(await persistence.innerText()).toBe('Stockage persistant : le navigateur ne supprimera pas les données de Cercle.');
    // e.g. "52,3 ko utilisés sur 10 Go disponibles"
    expect(await page.getByTestId('storage-usage').innerText()).toMatch(/^\d[\d\s]*(,\d+)?\s(o|ko|Mo|Go) utilisés sur \d[\d\s]*(,\d+)?\s(o|ko|Mo|Go) disponibles$/);
    await cdp.detach();
  });
});
