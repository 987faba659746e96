// The update banner: offered when a new version waits, never while a séance is running, "Plus tard" hides it.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '../../src/actions/room';
import { setApplyUpdate, setUpdateState, updateState } from '../../src/pwa/updates';
import { renderApp, seedSession } from './render';

const READY = 'Une nouvelle version de Cercle est prête';
const banner = () => screen.queryByRole('region', { name: READY });

describe('update banner', () => {
  it('appears when a new version waits and no séance is running; "Mettre à jour" applies it', async () => {
    await seedSession({ title: 'En préparation' });
    const apply = vi.fn();
    setApplyUpdate(apply);
    renderApp('#/');
    await screen.findByRole('article', { name: 'En préparation' });
    expect(banner()).toBeNull();

    setUpdateState({ waiting: true });

    const region = within(await screen.findByRole('region', { name: READY }));
    expect(region.getByText(READY)).toBeTruthy();
    fireEvent.click(region.getByRole('button', { name: 'Mettre à jour' }));

    expect(apply).toHaveBeenCalledTimes(1);
    expect(updateState().applying).toBe(true);
    const applying = region.getByRole<HTMLButtonElement>('button', { name: 'Mise à jour…' });
    expect(applying.disabled).toBe(true);
  });

  it('goes away as soon as a séance starts running, on every screen', async () => {
    const id = await seedSession({ title: 'Comité du jour' });
    setUpdateState({ waiting: true });
    renderApp('#/');
    await screen.findByRole('region', { name: READY });

    await startSession(id);

    await screen.findByRole('link', { name: 'Reprendre la séance' });
    await waitFor(() => expect(banner()).toBeNull());
    // Still hidden on another screen of the app.
    fireEvent.click(screen.getByRole('link', { name: 'Paramètres' }));
    await screen.findByText('Une nouvelle version est prête ; elle sera proposée à la clôture de la séance en cours.');
    expect(banner()).toBeNull();
  });

  it('is hidden from the start when the app opens on a running séance', async () => {
    const id = await seedSession({ title: 'Comité du jour' });
    await startSession(id);
    const apply = vi.fn();
    setApplyUpdate(apply);
    setUpdateState({ waiting: true });
    renderApp('#/parametres');
    // The settings screen reads the same "séance running" query as the banner.
    await screen.findByText('Une nouvelle version est prête ; elle sera proposée à la clôture de la séance en cours.');
    expect(banner()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('"Plus tard" hides it without applying', async () => {
    const apply = vi.fn();
    setApplyUpdate(apply);
    setUpdateState({ waiting: true });
    renderApp('#/');
    const region = within(await screen.findByRole('region', { name: READY }));

    fireEvent.click(region.getByRole('button', { name: 'Plus tard' }));

    expect(banner()).toBeNull();
    expect(apply).not.toHaveBeenCalled();
    expect(updateState()).toMatchObject({ waiting: true, applying: false });
  });

  it('says nothing when no new version waits', async () => {
    setUpdateState({ waiting: false, supported: true, offlineReady: true });
    renderApp('#/parametres');
    expect(await screen.findByText('Cercle est à jour.')).toBeTruthy();
    expect(screen.getByText('Prêt à fonctionner hors ligne.')).toBeTruthy();
    expect(banner()).toBeNull();
  });
});
