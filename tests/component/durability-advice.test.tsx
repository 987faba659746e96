// Where Cercle runs → what it advises: the install banner and the reminder at « Démarrer la séance », Paramètres › Stockage, the empty Accueil.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '../../src/actions/room';
import { redetect } from '../../src/platform/environment';
import { routeHref } from '../../src/ui/common/routes';
import { card, CHROME, IPAD, nb, plain, runIn, SAVED_AT_T0, TITLE, WEBKITGTK } from './durabilityHelpers';
import { renderApp, seedSession } from './render';
import { captureDownloads } from './transfer-helpers';

describe('install advice', () => {
  it('on an iPad in a Safari tab: a calm banner with the steps on Accueil, « Plus tard » hides it', async () => {
    runIn(IPAD, { touch: 5 });
    renderApp('#/');
    const banner = (await screen.findByRole('heading', { name: 'Gardez vos séances sur cette tablette' })).closest('section') as HTMLElement;
    expect(plain(within(banner).getByText(/^Ajoutez Cercle/).textContent)).toBe(
      "Ajoutez Cercle à l'écran d'accueil (Partager → Sur l'écran d'accueil) : sinon Safari peut effacer vos séances après sept jours sans visite.",
    );
    const steps = within(banner).getByRole('list', { name: "Ajouter Cercle à l'écran d'accueil, en trois gestes" });
    expect(within(steps).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      'Touchez Partager dans Safari',
      "Choisissez « Sur l'écran d'accueil »",
      "Touchez « Ajouter », puis ouvrez Cercle depuis l'écran d'accueil",
    ]);
    fireEvent.click(within(banner).getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByRole('heading', { name: 'Gardez vos séances sur cette tablette' })).toBeNull();
  });

  it('installed on the iPad, or a séance running: no banner', async () => {
    runIn(IPAD, { touch: 5, installed: true });
    const view = renderApp('#/');
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: 'Gardez vos séances sur cette tablette' })).toBeNull();
    view.unmount();

    runIn(IPAD, { touch: 5 });
    await startSession(await seedSession());
    renderApp('#/');
    await card();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: 'Gardez vos séances sur cette tablette' })).toBeNull();
  });

  it('the reminder at « Démarrer la séance » on an iPad in a tab, blocking nothing', async () => {
    runIn(IPAD, { touch: 5 });
    const id = await seedSession();
    renderApp(routeHref({ name: 'prepare', id, tab: 'seance' }));
    expect(plain((await screen.findByTestId('start-reminder')).textContent)).toMatch(/^Ajoutez Cercle à l'écran d'accueil/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Démarrer la séance' }).disabled).toBe(false);
  });

  it('no reminder at « Démarrer la séance » in Chrome, even with an install prompt, nor on an installed iPad', async () => {
    const { install } = await import('../../src/platform/installPrompt');
    install.deferred = Object.assign(new Event('beforeinstallprompt'), { prompt: () => Promise.resolve(), userChoice: Promise.resolve({ outcome: 'dismissed' }) }) as never;
    runIn(CHROME);
    const id = await seedSession();
    const view = renderApp(routeHref({ name: 'prepare', id, tab: 'seance' }));
    await screen.findByRole('button', { name: 'Démarrer la séance' });
    expect(screen.queryByTestId('start-reminder')).toBeNull();
    view.unmount();
    runIn(IPAD, { touch: 5, installed: true });
    renderApp(routeHref({ name: 'prepare', id, tab: 'seance' }));
    await screen.findByRole('button', { name: 'Démarrer la séance' });
    expect(screen.queryByTestId('start-reminder')).toBeNull();
  });

  it('Chrome with an install prompt: « Installer Cercle » opens the browser’s own dialog', async () => {
    runIn(CHROME);
    const prompt = vi.fn(() => Promise.resolve());
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt, userChoice: Promise.resolve({ outcome: 'accepted' }) });
    const { install } = await import('../../src/platform/installPrompt');
    install.deferred = event as never;
    redetect();
    renderApp('#/');
    fireEvent.click(await screen.findByRole('button', { name: 'Installer Cercle' }));
    await waitFor(() => expect(prompt).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Installer Cercle' })).toBeNull());
  });
});

describe('Paramètres › Stockage', () => {
  it('with navigator.storage: installed or not, persistent, space, advice and each séance’s last copy', async () => {
    runIn(CHROME, { storage: { persisted: () => Promise.resolve(true), estimate: () => Promise.resolve({ usage: 2_000_000, quota: 8_000_000_000 }) } });
    const id = await seedSession();
    // A later date comes first, whatever the ids.
    await seedSession({ title: 'Séance miroir agents', date: '2026-12-07' });
    captureDownloads();
    renderApp(routeHref({ name: 'files', id }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
    await screen.findByText(/enregistré dans les téléchargements/);

    window.location.hash = '#/parametres';
    expect((await screen.findByTestId('storage-installed')).textContent).toBe('Cercle est ouvert dans un onglet du navigateur, sans être installé.');
    expect(plain(screen.getByTestId('storage-persistence').textContent)).toBe('Stockage persistant : le navigateur ne supprimera pas les données de Cercle.');
    expect(plain(screen.getByTestId('storage-usage').textContent)).toBe('2 Mo utilisés sur 8 Go disponibles');
    expect(plain(screen.getByTestId('storage-advice').textContent)).toMatch(/^Le navigateur garde les données de Cercle, mais une tablette perdue/);
    const list = await screen.findByRole('list', { name: 'Dernière copie de chaque séance' });
    expect(within(list).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      `Séance miroir agentsAucune copie hors de la tablette`,
      `${TITLE}${SAVED_AT_T0}`,
    ]);
  });

  it('in Chrome with persist() refused: the warning and the advice to keep copies', async () => {
    runIn(CHROME, { storage: { persisted: () => Promise.resolve(false), estimate: () => Promise.resolve({ usage: 1000, quota: 2_000_000_000 }) } });
    renderApp('#/parametres');
    const advice = await screen.findByTestId('storage-advice');
    expect(screen.getByTestId('storage-persistence').className).toBe('warning-text');
    expect(plain(advice.textContent)).toBe("Le navigateur pourrait effacer les données de Cercle s'il manque de place : gardez une copie de chaque séance hors de la tablette.");
  });

  it('without navigator.storage (WebKitGTK, older Safari): says what is not known, and the Safari advice', async () => {
    runIn(WEBKITGTK, { storage: undefined });
    renderApp('#/parametres');
    expect((await screen.findByTestId('storage-persistence')).textContent).toBe("Ce navigateur n'indique pas si le stockage est persistant.");
    expect(screen.getByTestId('storage-usage').textContent).toBe("L'espace utilisé n'est pas connu sur ce navigateur.");
    expect(plain(screen.getByTestId('storage-advice').textContent)).toBe(
      'Ce navigateur (moteur de Safari) peut effacer les données de Cercle après sept jours sans visite : gardez une copie de chaque séance hors de cet appareil.',
    );
    expect(screen.getByText('Aucune séance sur cette tablette.')).toBeTruthy();
  });

  it('on an iPad in a tab with persist() refused: the Home Screen advice and its steps', async () => {
    runIn(IPAD, { touch: 5, storage: { persisted: () => Promise.resolve(false), estimate: () => Promise.resolve({ usage: 1000, quota: 2_000_000_000 }) } });
    renderApp('#/parametres');
    const advice = await screen.findByTestId('storage-advice');
    expect(plain(screen.getByTestId('storage-persistence').textContent)).toBe("Stockage non persistant : le navigateur pourrait effacer les données s'il manque de place.");
    expect(plain(advice.textContent)).toMatch(/^Ajoutez Cercle à l'écran d'accueil \(Partager → Sur l'écran d'accueil\)/);
    expect(within(advice).getAllByRole('listitem')).toHaveLength(3);
  });
});

describe('an empty Accueil', () => {
  it('always says how to bring séances back from copies', async () => {
    renderApp('#/');
    expect(await screen.findByRole('heading', { name: nb('Vos séances ont disparu ?') })).toBeTruthy();
    expect(plain(screen.getByText(/^Si le navigateur a effacé les données de Cercle/).textContent)).toContain('« Importer un fichier », une copie après l\'autre.');
    expect(screen.getByRole('link', { name: 'Importer un fichier' }).getAttribute('href')).toBe('#/importer');
  });
});
