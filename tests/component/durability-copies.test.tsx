// Copies kept off the tablet: the card's copy line and its reminder after three days, the offer after « Clôturer », failures.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { closeSession, startSession } from '../../src/actions/room';
import { loadCopyDates } from '../../src/db/prefs';
import { DAY_MS } from '../../src/domain/durability';
import type { SessionId } from '../../src/domain/types';
import { setClock } from '../../src/platform/clock';
import { routeHref } from '../../src/ui/common/routes';
import { T0 } from '../factories';
import { card, nb, plain, SAVED_AT_T0, TITLE } from './durabilityHelpers';
import { renderApp, seedSession } from './render';
import { captureDownloads } from './transfer-helpers';

const copyButton = nb(`Enregistrer une copie de « ${TITLE} »`);

describe('a séance card’s copies', () => {
  it('says there is no copy, then the date of the copy once the file was downloaded (stored per séance on this device)', async () => {
    const id = await seedSession();
    const downloads = captureDownloads();
    const view = renderApp('#/');
    await waitFor(async () => expect(within(await card()).getByText('Aucune copie hors de la tablette')).toBeTruthy());
    view.unmount();

    renderApp(routeHref({ name: 'files', id }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
    await screen.findByText(/enregistré dans les téléchargements/);
    expect(downloads).toHaveLength(1);
    expect(await loadCopyDates()).toEqual({ [id]: T0 });

    window.location.hash = '#/';
    await waitFor(async () => expect(plain(within(await card()).getByText(/^Copie enregistrée/).textContent)).toBe(SAVED_AT_T0));
  });

  it('a share sheet closed without sharing records no copy', async () => {
    const id = await seedSession();
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    Object.defineProperty(navigator, 'share', { configurable: true, value: () => Promise.reject(new DOMException('closed', 'AbortError')) });
    try {
      renderApp(routeHref({ name: 'files', id }));
      fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
      await screen.findByText('Partage annulé : aucun fichier envoyé.');
      expect(await loadCopyDates()).toEqual({});
    } finally {
      delete (navigator as { share?: unknown }).share;
      delete (navigator as { canShare?: unknown }).canShare;
    }
  });

  it('a file shared through the share sheet is a copy', async () => {
    const id = await seedSession();
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    Object.defineProperty(navigator, 'share', { configurable: true, value: () => Promise.resolve() });
    try {
      renderApp(routeHref({ name: 'files', id }));
      fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
      await screen.findByText(/partagé\.$/);
      expect(await loadCopyDates()).toEqual({ [id]: T0 });
    } finally {
      delete (navigator as { share?: unknown }).share;
      delete (navigator as { canShare?: unknown }).canShare;
    }
  });

  it('« Exporter tout » (Paramètres) is a copy of every séance', async () => {
    const first = await seedSession();
    const second = await seedSession({ title: 'Séance miroir agents' });
    captureDownloads();
    renderApp('#/parametres');
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter tout' }));
    await screen.findByText(/enregistré dans les téléchargements/);
    expect(await loadCopyDates()).toEqual({ [first]: T0, [second]: T0 });
  });

  it('an anonymised file is no copy: it could not bring the séance back', async () => {
    const id = await seedSession();
    captureDownloads();
    renderApp(routeHref({ name: 'files', id }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter anonymisé' }));
    await screen.findByText(/enregistré dans les téléchargements/);
    expect(await loadCopyDates()).toEqual({});
  });

  it('three days without a copy: « Enregistrer une copie » on the card, and the reminder goes once the copy is saved', async () => {
    await seedSession();
    setClock(() => T0 + 2 * DAY_MS);
    const view = renderApp('#/');
    await within(await card()).findByText('Aucune copie hors de la tablette');
    expect(within(await card()).queryByRole('button', { name: copyButton })).toBeNull();
    view.unmount();

    setClock(() => T0 + 3 * DAY_MS);
    const downloads = captureDownloads();
    renderApp('#/');
    const c = await card();
    expect(await within(c).findByText(/Plus de trois jours sans copie/)).toBeTruthy();
    fireEvent.click(await within(c).findByRole('button', { name: copyButton }));
    await waitFor(() => expect(plain(within(c).getByText(/^Copie enregistrée/).textContent)).toBe('Copie enregistrée le 26 novembre à 10 h 15'));
    expect(downloads).toHaveLength(1);
    expect(within(c).queryByText(/Plus de trois jours sans copie/)).toBeNull();
  });

  it('an old copy with nothing changed since needs no reminder; a change after it brings the reminder back', async () => {
    const id = await seedSession();
    captureDownloads();
    renderApp(routeHref({ name: 'files', id }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
    await screen.findByText(/enregistré dans les téléchargements/);

    setClock(() => T0 + 10 * DAY_MS);
    window.location.hash = '#/';
    await within(await card()).findByText(/^Copie enregistrée/);
    expect(within(await card()).queryByText(/Plus de trois jours sans copie/)).toBeNull();

    await startSession(id);
    await closeSession(id);
    expect(await within(await card()).findByText(/Plus de trois jours sans copie/)).toBeTruthy();
  });

  it('never during a running séance', async () => {
    const id = await seedSession();
    await startSession(id);
    await seedSession({ title: 'Séance en préparation', date: '2026-12-07' });
    setClock(() => T0 + 5 * DAY_MS);
    renderApp('#/');
    // The séance in préparation gets its reminder: the running one's has had every chance to show.
    expect(await within(await card('Séance en préparation')).findByText(/Plus de trois jours sans copie/)).toBeTruthy();
    const running = await card();
    expect(within(running).getByText('Aucune copie hors de la tablette')).toBeTruthy();
    expect(within(running).queryByText(/Plus de trois jours sans copie/)).toBeNull();
    expect(within(running).queryByRole('button', { name: /Enregistrer une copie/ })).toBeNull();
  });

  it('an export that fails for lack of space says so in French and records nothing', async () => {
    await seedSession();
    setClock(() => T0 + 3 * DAY_MS);
    captureDownloads();
    const transfer = await import('../../src/db/transfer');
    vi.spyOn(transfer, 'recordsOfSeance').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    renderApp('#/');
    fireEvent.click(await within(await card()).findByRole('button', { name: copyButton }));
    expect(await screen.findByText(/^Pas assez d’espace sur la tablette pour créer le fichier/)).toBeTruthy();
    expect(await loadCopyDates()).toEqual({});
    expect(within(await card()).getByText('Aucune copie hors de la tablette')).toBeTruthy();
  });
});

describe('after « Clôturer »', () => {
  it('the room offers a copy until one is saved, then says when', async () => {
    const id: SessionId = await seedSession();
    await startSession(id);
    renderApp(routeHref({ name: 'room', id }));
    await screen.findByRole('heading', { name: /Présentation des objectifs/ });
    expect(screen.queryByTestId('close-copy')).toBeNull();

    await closeSession(id);
    const offer = await screen.findByTestId('close-copy');
    expect(within(offer).getByText('Aucune copie hors de la tablette')).toBeTruthy();
    expect(within(offer).getByText(/^Enregistrez une copie hors de la tablette/)).toBeTruthy();
    const downloads = captureDownloads();
    fireEvent.click(within(offer).getByRole('button', { name: 'Enregistrer une copie' }));
    await waitFor(() => expect(plain(within(offer).getByText(/^Copie enregistrée/).textContent)).toBe(SAVED_AT_T0));
    // The offer's words go; the button stays, secondary, with its line saying where the file went (said once the
    // file is handed over, which may come after the copy's date shows).
    expect(within(offer).queryByText(/^Enregistrez une copie hors de la tablette/)).toBeNull();
    expect(await within(offer).findByText(/enregistré dans les téléchargements/)).toBeTruthy();
    await waitFor(() => expect(within(offer).getByRole('button', { name: 'Enregistrer une copie' }).className).toBe('btn btn-secondary'));
    expect(downloads).toHaveLength(1);
  });
});
