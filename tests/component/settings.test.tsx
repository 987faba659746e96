// Paramètres: language and this tablet's role are applied at once and kept in the device preferences.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { loadPrefs } from '../../src/db/prefs';
import { renderApp } from './render';

const prefs = () => loadPrefs(() => 'unused');

describe('Paramètres', () => {
  it('choosing "English" switches the whole app to English and stores the locale', async () => {
    renderApp('#/parametres');
    await screen.findByRole('heading', { level: 1, name: 'Paramètres' });
    expect(document.documentElement.lang).toBe('fr');

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(nav.textContent).toContain('Settings');
    expect(nav.textContent).toContain('Sessions');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'English' }).checked).toBe(true);
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await waitFor(async () => expect((await prefs()).locale).toBe('en'));
  });

  it('back to "Français"', async () => {
    renderApp('#/parametres', { locale: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    fireEvent.click(screen.getByRole('radio', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeTruthy();
    await waitFor(async () => expect((await prefs()).locale).toBe('fr'));
  });

  it('a stored English locale opens the app in English, new séances included', async () => {
    renderApp('#/', { locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'No session yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New session' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Listening panel of 23 November 2026' })).toBeTruthy();
  });

  it('choosing "Secrétaire" stores the role of this tablet', async () => {
    renderApp('#/parametres');
    await screen.findByRole('heading', { level: 1, name: 'Paramètres' });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Animateur : conduit la séance' }).checked).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: 'Secrétaire : prend les notes' }));

    await waitFor(async () => expect((await prefs()).role).toBe('secretaire'));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Secrétaire : prend les notes' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Animateur : conduit la séance' }).checked).toBe(false);
  });

  it('changing preferences keeps this tablet’s id', async () => {
    const before = (await prefs()).deviceId;
    renderApp('#/parametres');
    fireEvent.click(await screen.findByRole('radio', { name: 'Secrétaire : prend les notes' }));
    await waitFor(async () => expect((await prefs()).role).toBe('secretaire'));
    expect((await prefs()).deviceId).toBe(before);
  });

  it('says how much storage is used, and whether it is persistent', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persisted: () => Promise.resolve(false), estimate: () => Promise.resolve({ usage: 1_500_000, quota: 10_000_000_000 }) },
    });
    renderApp('#/parametres');
    const usage = await screen.findByTestId('storage-usage');
    expect(usage.textContent?.replace(/\s/g, ' ')).toBe('1,5 Mo utilisés sur 10 Go disponibles');
    expect(screen.getByTestId('storage-persistence').textContent).toMatch(/^Stockage non persistant : le navigateur pourrait effacer les données/);
  });

  it('copes with a browser that says nothing about storage', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    renderApp('#/parametres');
    expect(await screen.findByText("L'espace utilisé n'est pas connu sur ce navigateur.")).toBeTruthy();
    expect(screen.getByText("Ce navigateur n'indique pas si le stockage est persistant.")).toBeTruthy();
  });
});
