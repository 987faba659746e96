// Storage faults: a full disk keeps the text on screen and in drafts with a French alert and a retry; no IndexedDB at all gives a clear page.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { draftKey, readDraft } from '../../src/db/drafts';
import { loadPrefs } from '../../src/db/prefs';
import { I18nContext, makeI18n } from '../../src/i18n';
import { FatalScreen } from '../../src/ui/common/FatalScreen';
import { prepareHref, renderApp, saveIndicator, seedSession, storedSession } from './render';

/** Make every put into these object stores fail the way a full disk does ('drafts' is idb-keyval's store in cercle-drafts). */
function fillTheDisk(...storeNames: string[]) {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (storeNames.includes(this.name)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

const QUOTA_ALERT = /^Espace de stockage plein\s:\sla dernière modification n'est pas enregistrée\./;
const UNKEPT_ALERT =
  /^Espace de stockage plein\s:\sla dernière modification n'est pas enregistrée, et aucun brouillon n'a pu être gardé\. Votre texte n'existe plus qu'à l'écran\s:\sne fermez pas Cercle et ne rechargez pas la page\./;
const TEXT = 'Comprendre pourquoi les usagers rappellent le service.';

describe('quota exceeded', () => {
  it('keeps the text on screen and in the drafts, says so in French, and "Réessayer" saves it once space is back', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const objective = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');
    const disk = fillTheDisk('sessions');

    fireEvent.input(objective, { target: { value: TEXT } });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(QUOTA_ALERT);
    expect(saveIndicator()).toBe('Non enregistré');
    expect(objective.value).toBe(TEXT);
    expect(await readDraft(draftKey(id, 'session.objective'))).toBe(TEXT);
    expect((await storedSession(id)).objective).toBe('');

    disk.mockRestore();
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    await waitFor(async () => expect((await storedSession(id)).objective).toBe(TEXT));
    await waitFor(() => expect(saveIndicator()).toBe('Enregistré'));
    expect(screen.queryByText(QUOTA_ALERT)).toBeNull();
    expect(objective.value).toBe(TEXT);
  });

  it('retries the latest text when more was typed while the disk was full', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const objective = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');
    const disk = fillTheDisk('sessions');

    fireEvent.input(objective, { target: { value: 'Compren' } });
    await screen.findByText(QUOTA_ALERT);
    fireEvent.input(objective, { target: { value: TEXT } });
    await waitFor(async () => expect(await readDraft(draftKey(id, 'session.objective'))).toBe(TEXT));

    disk.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));

    await waitFor(async () => expect((await storedSession(id)).objective).toBe(TEXT));
    await waitFor(() => expect(saveIndicator()).toBe('Enregistré'));
  });

  it('"Masquer ce message" hides the alert but the header still tells the truth until a write succeeds', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const objective = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');
    const disk = fillTheDisk('sessions');
    fireEvent.input(objective, { target: { value: TEXT } });
    await screen.findByText(QUOTA_ALERT);

    fireEvent.click(screen.getByRole('button', { name: 'Masquer ce message' }));

    expect(screen.queryByText(QUOTA_ALERT)).toBeNull();
    expect(saveIndicator()).toBe('Non enregistré');
    expect(objective.value).toBe(TEXT);

    // Space is back and the person keeps typing: that write succeeds and the header says so.
    disk.mockRestore();
    fireEvent.input(objective, { target: { value: `${TEXT} Et ensuite ?` } });
    await waitFor(async () => expect((await storedSession(id)).objective).toBe(`${TEXT} Et ensuite ?`));
    await waitFor(() => expect(saveIndicator()).toBe('Enregistré'));
  });

  it('a really full disk refuses the draft too: the alert says the text is only on screen, and "Réessayer" still saves it', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const objective = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');
    const disk = fillTheDisk('sessions', 'drafts');

    fireEvent.input(objective, { target: { value: TEXT } });

    const alert = (await screen.findByText(UNKEPT_ALERT)).closest<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).not.toMatch(/gardé en brouillon/);
    expect(saveIndicator()).toBe('Non enregistré');
    expect(objective.value).toBe(TEXT);
    expect(await readDraft(draftKey(id, 'session.objective'))).toBeUndefined();
    expect((await storedSession(id)).objective).toBe('');

    disk.mockRestore();
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(async () => expect((await storedSession(id)).objective).toBe(TEXT));
    await waitFor(() => expect(saveIndicator()).toBe('Enregistré'));

    // Drafts work again: a later failure of the record alone promises a draft, truthfully.
    const sessionsOnly = fillTheDisk('sessions');
    fireEvent.input(objective, { target: { value: `${TEXT} Et ensuite ?` } });
    await screen.findByText(QUOTA_ALERT);
    expect(await readDraft(draftKey(id, 'session.objective'))).toBe(`${TEXT} Et ensuite ?`);
    sessionsOnly.mockRestore();
  });

  it('a failure that is not about space gets the generic French message', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const objective = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'sessions') throw new DOMException('Disk I/O', 'UnknownError');
      return put.apply(this, args);
    });

    fireEvent.input(objective, { target: { value: TEXT } });

    expect((await screen.findByRole('alert')).textContent).toMatch(/^L'enregistrement a échoué\. Votre texte reste affiché et gardé en brouillon/);
    expect(saveIndicator()).toBe('Non enregistré');
    expect(await readDraft(draftKey(id, 'session.objective'))).toBe(TEXT);
  });
});

describe('IndexedDB unavailable', () => {
  it('openDatabase() resolves "unavailable" when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openDatabase('cercle-no-idb')).toBe('unavailable');
  });

  it('openDatabase() resolves "unavailable" when merely reading indexedDB throws (storage blocked)', async () => {
    const real = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(await openDatabase('cercle-blocked-storage')).toBe('unavailable');
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', real);
    }
  });

  it.each([
    { reason: 'unavailable' as const, body: /^Le stockage du navigateur \(IndexedDB\) n'est pas disponible/ },
    { reason: 'blocked' as const, body: /^Cercle est ouvert dans un autre onglet/ },
    { reason: 'failed' as const, body: /^La base de données de Cercle n'a pas pu s'ouvrir/ },
  ])('FatalScreen "$reason" explains it in French with a reload button', ({ reason, body }) => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    render(
      <I18nContext.Provider value={makeI18n('fr')}>
        <FatalScreen reason={reason} />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Cercle ne peut pas enregistrer sur cette tablette' })).toBeTruthy();
    expect(screen.getByText(body)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Recharger la page' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('booting without IndexedDB shows the French failure page, never a blank screen', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.id = 'app';
    vi.stubGlobal('indexedDB', undefined);
    try {
      vi.resetModules();
      await import('../../src/app/main');
      expect(await within(root).findByRole('heading', { name: 'Cercle ne peut pas enregistrer sur cette tablette' })).toBeTruthy();
      expect(within(root).getByText(/^Le stockage du navigateur \(IndexedDB\) n'est pas disponible/)).toBeTruthy();
    } finally {
      // Unmount with the Preact instance main.tsx was loaded with (fresh after resetModules).
      const { render: renderFresh } = await import('preact');
      renderFresh(null, root);
      root.remove();
    }
  });

  it('booting with IndexedDB shows the séances and remembers this tablet’s id', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.id = 'app';
    try {
      vi.resetModules();
      await import('../../src/app/main');
      expect(await within(root).findByRole('heading', { level: 1, name: 'Vos séances' })).toBeTruthy();
      expect((await loadPrefs(() => 'should-not-be-used')).deviceId).not.toBe('should-not-be-used');
    } finally {
      // Unmount with the Preact instance main.tsx was loaded with (fresh after resetModules).
      const { render: renderFresh } = await import('preact');
      renderFresh(null, root);
      root.remove();
    }
  });
});
