// Séances that outlive the browser, in real Chromium: the iPad's Home Screen advice, copies dated after an export, nothing in a running séance, installed mode.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession, goHome, goSettings, openHome, sessionCard, until, visible } from './app';
import { baseURL, checkA11y, launch, newProfile, shoot } from './browser';
import { exportTo } from './transfer';

const IPAD = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const START = new Date('2026-12-01T14:05:00+01:00');
const DAY = 24 * 60 * 60 * 1000;
const BANNER = 'Gardez vos séances sur cette tablette';
const ADVICE = /^Ajoutez Cercle à l'écran d'accueil \(Partager → Sur l'écran d'accueil\)\s:\ssinon Safari peut effacer vos séances après sept jours sans visite\.$/;

/** An iPad in a Safari tab, as far as the page can tell: its user agent (iPadOS says Macintosh) and five touch points. */
async function asIpad(context: BrowserContext): Promise<void> {
  await context.addInitScript((ua: string) => {
    Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => ua });
    Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => 5 });
  }, IPAD);
}

/**
 * Installed: Chromium's app window (`--app=<url>`), whose display mode is standalone. Neither Playwright's
 * emulateMedia nor CDP's Emulation.setEmulatedMedia covers display-mode on this Chromium (checked: still "browser").
 */
const installedArgs = () => [`--app=${baseURL()}/`];

const copyLine = (page: Page, title: string) => sessionCard(page, title).getByText(/^(Copie enregistrée|Aucune copie)/);

describe('séances qui survivent au navigateur', () => {
  it('iPad, onglet Safari : la bannière, le rappel au démarrage, la date de copie, rien pendant la séance, l’offre après la clôture', async () => {
    const { context, page } = await launch(newProfile());
    await asIpad(context);
    await page.clock.install({ time: START });
    const dir = newProfile();
    await openHome(page);

    const banner = page.getByRole('region', { name: BANNER });
    await visible(banner);
    expect(await banner.getByText(/^Ajoutez Cercle/).innerText()).toMatch(ADVICE);
    expect(await banner.getByRole('list', { name: "Ajouter Cercle à l'écran d'accueil, en trois gestes" }).getByRole('listitem').count()).toBe(3);
    await visible(page.getByRole('heading', { name: 'Vos séances ont disparu\u00a0?' }));
    await checkA11y(page, 'Accueil iPad, bannière');
    await shoot(page, 'durabilite-ipad-accueil');

    await createSession(page, 'Comité des usagers');
    expect(await page.getByTestId('start-reminder').innerText()).toMatch(ADVICE);
    await shoot(page, 'durabilite-ipad-demarrer');
    await page.getByRole('link', { name: 'Exporter ou importer' }).click();
    await exportTo(page, 'Exporter la séance', dir);
    await goHome(page);
    await createSession(page, 'Séance miroir agents');
    await goHome(page);
    await until(() => copyLine(page, 'Comité des usagers').innerText(), /^Copie enregistrée le 1er décembre à 14\sh\s0\d$/);
    await until(() => copyLine(page, 'Séance miroir agents').innerText(), 'Aucune copie hors de la tablette');

    // Three days later, the séance never copied offers « Enregistrer une copie »; the one copied and untouched does not.
    await page.clock.setSystemTime(START.getTime() + 3 * DAY + 60_000);
    await page.reload();
    const mirror = sessionCard(page, 'Séance miroir agents');
    await visible(mirror.getByRole('button', { name: 'Enregistrer une copie de «\u00a0Séance miroir agents\u00a0»' }));
    expect(await sessionCard(page, 'Comité des usagers').getByRole('button', { name: /Enregistrer une copie/ }).count()).toBe(0);
    await checkA11y(page, 'Accueil, cartes et copies');
    await shoot(page, 'durabilite-cartes');

    // A running séance: no banner, no reminder on any card.
    await sessionCard(page, 'Séance miroir agents').getByRole('link', { name: 'Préparer' }).click();
    await page.getByRole('button', { name: 'Démarrer la séance' }).click();
    await visible(page.getByRole('heading', { name: /Présentation des objectifs/ }).first());
    await goHome(page);
    await until(() => copyLine(page, 'Séance miroir agents').innerText(), 'Aucune copie hors de la tablette');
    expect(await page.getByRole('region', { name: BANNER }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Enregistrer une copie/ }).count()).toBe(0);
    await shoot(page, 'durabilite-seance-en-cours');

    // « Clôturer »: the room offers the copy, then says when it was saved.
    await sessionCard(page, 'Séance miroir agents').getByRole('link', { name: 'Reprendre la séance' }).click();
    await page.getByRole('button', { name: /Aller à la phase 5/ }).click();
    await page.getByRole('button', { name: 'Clôturer la séance' }).click();
    await page.getByRole('alertdialog', { name: 'Clôturer la séance\u00a0?' }).getByRole('button', { name: 'Clôturer', exact: true }).click();
    const offer = page.getByTestId('close-copy');
    await visible(offer.getByText('Aucune copie hors de la tablette'));
    await checkA11y(page, 'salle clôturée, copie');
    await shoot(page, 'durabilite-cloture');
    await exportTo(page, 'Enregistrer une copie', dir);
    await until(() => offer.getByText(/^Copie enregistrée/).innerText(), /^Copie enregistrée le 4 décembre à 14\sh\s0\d$/);
    expect(await offer.getByText(/^Enregistrez une copie hors de la tablette/).count()).toBe(0);

    await goSettings(page);
    await until(() => page.getByTestId('storage-installed').innerText(), 'Cercle est ouvert dans un onglet du navigateur, sans être installé.');
    expect(await page.getByTestId('storage-advice').innerText()).toMatch(/^Ajoutez Cercle à l'écran d'accueil/);
    const copies = page.getByRole('list', { name: 'Dernière copie de chaque séance' });
    const items = await copies.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Comité des usagers\n+Copie enregistrée le 1er décembre à 14\sh\s0\d$/);
    expect(items[1]).toMatch(/^Séance miroir agents\n+Copie enregistrée le 4 décembre à 14\sh\s0\d$/);
    await checkA11y(page, 'Paramètres iPad');
    await shoot(page, 'durabilite-ipad-parametres');
  });

  it('installé (display-mode standalone) : ni bannière ni rappel, Paramètres le dit', async () => {
    const { context, page } = await launch(newProfile(), { args: installedArgs() });
    await asIpad(context);
    await openHome(page);
    expect(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
    await createSession(page, 'Séance installée');
    expect(await page.getByTestId('start-reminder').count()).toBe(0);
    await goHome(page);
    await visible(copyLine(page, 'Séance installée'));
    expect(await page.getByRole('region', { name: BANNER }).count()).toBe(0);
    await goSettings(page);
    await until(() => page.getByTestId('storage-installed').innerText(), 'Cercle est installé sur cet appareil.');
    await shoot(page, 'durabilite-installe-parametres');
  });

  it('Chrome, onglet : « Installer Cercle » ouvre l’invite du navigateur quand il en donne une', async () => {
    const { context, page } = await launch(newProfile());
    // Chromium may fire its own prompt at any moment: only the test's own event reaches the app, so the click is ours to see.
    await context.addInitScript(() => {
      window.addEventListener('beforeinstallprompt', (e) => {
        if (!(e as Event & { byTest?: boolean }).byTest) e.stopImmediatePropagation();
      });
    });
    await openHome(page);
    expect(await page.getByRole('region', { name: BANNER }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Installez Cercle sur cet appareil' }).count()).toBe(0);
    await page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        byTest: true,
        prompt: () => {
          (window as unknown as { prompted: boolean }).prompted = true;
          return Promise.resolve();
        },
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(event);
    });
    const banner = page.getByRole('region', { name: 'Installez Cercle sur cet appareil' });
    await visible(banner);
    await checkA11y(page, 'Accueil Chrome, installer');
    await shoot(page, 'durabilite-chrome-installer');
    await banner.getByRole('button', { name: 'Installer Cercle' }).click();
    await until(() => page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted ?? false), true);
    await until(() => banner.count(), 0);
    await goSettings(page);
    expect(await page.getByTestId('storage-advice').innerText()).toMatch(/^Le navigateur (garde|pourrait effacer) les données de Cercle/);
  });
});
