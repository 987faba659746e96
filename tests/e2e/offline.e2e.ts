// Installed on the first visit, Cercle opens and shows its séances with no network at all.
import { describe, expect, it } from 'vitest';
import { createSession, goHome, goSettings, openHome, sessionCard, visible } from './app';
import { baseURL, launch, newProfile, waitForServiceWorker } from './browser';

describe('hors ligne', () => {
  it('works offline after the first visit, and talks to no other origin', async () => {
    const { context, page } = await launch(newProfile());
    const origins = new Set<string>();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
    });

    // First visit: the service worker takes control of this very page, no reload needed.
    await openHome(page);
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    await createSession(page, 'Accueil de la mairie — hors ligne');
    await goHome(page);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker(), 'the page came from the precache').toBe(true);
    await visible(page.getByRole('heading', { level: 1, name: 'Vos séances' }));
    await visible(sessionCard(page, 'Accueil de la mairie — hors ligne'));
    expect(await sessionCard(page, 'Accueil de la mairie — hors ligne').getByText('En préparation').isVisible()).toBe(true);

    await goSettings(page);
    await visible(page.getByTestId('offline-state').getByText('Prêt à fonctionner hors ligne.', { exact: true }));

    expect([...origins]).toEqual([baseURL()]);
  });
});
