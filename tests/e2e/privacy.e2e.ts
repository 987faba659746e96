// RGPD in a real browser: « Supprimer définitivement » and Paramètres' purges leave no row, draft or pref behind in any IndexedDB database.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addParticipants, createSession, giveConsent, goHome, goSettings, openTab, openHome, sessionCard, until, visible, waitSaved } from './app';
import { baseURL, checkA11y, launch, newProfile, shoot } from './browser';

const TITLE = 'Comité à effacer';
const OTHER = 'Comité à garder';
const NAMES = ['Ghislaine', 'Anatole', 'Zoé'] as const;
const DRAFT = 'Ghislaine ajoute que le parking est loin';

type Entry = { key: unknown; value: unknown };
type Storage = Record<string, Entry[]>;

/** Every object store of every IndexedDB database of the origin (Dexie's and idb-keyval's alike), read in the page. */
const readStorage = (page: Page) =>
  page.evaluate(async () => {
    const req = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, ko) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
    const out: Record<string, { key: unknown; value: unknown }[]> = {};
    for (const info of await indexedDB.databases()) {
      const db = await req(indexedDB.open(info.name!));
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name).objectStore(name);
        const [keys, values] = await Promise.all([req(store.getAllKeys()), req(store.getAll())]);
        out[`${info.name}/${name}`] = keys.map((key, i) => ({ key, value: values[i] }));
      }
      db.close();
    }
    return out;
  });

/** Entries of each store that belong to the séance: its rows, its `<id>:…` drafts, prefs naming it. */
function traces(storage: Storage, id: string): Storage {
  const mine = ({ key, value }: Entry) => {
    const row = value as { id?: unknown; sessionId?: unknown } | null;
    return String(key).includes(id) || value === id || (typeof row === 'object' && row !== null && (row.sessionId === id || row.id === id));
  };
  return Object.fromEntries(Object.entries(storage).map(([store, entries]) => [store, entries.filter(mine)]));
}

const sessionIdOf = (page: Page) => new URL(page.url()).hash.split('/')[2]!;

describe('RGPD', () => {
  it('« Supprimer définitivement » erases the séance from every IndexedDB store, drafts included, and keeps the other séance', async () => {
    const { page } = await launch(newProfile());
    await openHome(page);
    await createSession(page, TITLE);
    const id = sessionIdOf(page);
    await page.getByLabel('Animateur', { exact: true }).fill('Nadège');
    await waitSaved(page);
    await openTab(page, 'Participants');
    await addParticipants(page, NAMES);
    await giveConsent(page, 1, NAMES[0]);
    // The secrétaire's pane: one verbatim stored, and a half sentence left in the field (a draft).
    await page.goto(`${baseURL()}/#/seance/${id}/notes`);
    const field = page.getByLabel('Verbatim ou note', { exact: true });
    await field.fill('Anatole trouve que l’attente est trop longue.');
    await field.press('Enter');
    await until(() => field.inputValue(), '');
    await field.fill(DRAFT);
    await until(async () => traces(await readStorage(page), id)['cercle-drafts/drafts']!.map((e) => e.value), [DRAFT]);

    await openHome(page);
    await createSession(page, OTHER);
    const other = sessionIdOf(page);
    // Its purge date is long past: Accueil reminds it, with the way to the RGPD panel.
    await page.getByLabel('Supprimer les données personnelles après le', { exact: true }).fill('2020-01-01');
    await waitSaved(page);
    await page.goto(`${baseURL()}/#/seance/${id}/preparation/seance/rgpd`);
    const panel = page.getByRole('region', { name: 'Données personnelles (RGPD)' });
    await visible(panel);
    await checkA11y(page, 'Préparation — données personnelles');
    await shoot(page, 'rgpd-panel');

    const before = await readStorage(page);
    const mine = traces(before, id);
    // The test can fail: the séance is in the records, the drafts and the prefs before.
    for (const store of ['cercle/sessions', 'cercle/participants', 'cercle/phases', 'cercle/verbatims', 'cercle-drafts/drafts', 'cercle-prefs/prefs']) {
      expect(mine[store]?.length, store).toBeGreaterThan(0);
    }
    expect(JSON.stringify(before)).toContain('Ghislaine');

    await panel.getByRole('button', { name: 'Supprimer définitivement' }).click();
    const dialog = page.getByRole('alertdialog', { name: /^Supprimer définitivement la séance/ });
    await visible(dialog);
    await checkA11y(page, 'Confirmation — supprimer définitivement');
    await shoot(page, 'rgpd-confirm-delete');
    await dialog.getByRole('button', { name: 'Oui, supprimer définitivement' }).click();

    await visible(page.getByRole('heading', { level: 1, name: 'Vos séances' }));
    await visible(page.getByText(`Séance « ${TITLE} » supprimée définitivement de cette tablette.`));
    await visible(sessionCard(page, OTHER));
    expect(await sessionCard(page, TITLE).count()).toBe(0);

    const after = await readStorage(page);
    for (const [store, entries] of Object.entries(traces(after, id))) expect(entries, store).toEqual([]);
    expect(JSON.stringify(after)).not.toContain(id);
    for (const name of [...NAMES, 'Nadège']) expect(JSON.stringify(after)).not.toContain(name);
    // The other séance: every row exactly as before.
    expect(traces(after, other)['cercle/sessions']).toEqual(traces(before, other)['cercle/sessions']);
    expect(traces(after, other)['cercle/phases']).toEqual(traces(before, other)['cercle/phases']);

    const reminder = sessionCard(page, OTHER).getByRole('link', { name: `Anonymiser ou supprimer les données de « ${OTHER} »` });
    await visible(reminder);
    await shoot(page, 'rgpd-home-reminder');
    await reminder.click();
    await until(() => page.evaluate(() => document.activeElement?.textContent ?? ''), 'Données personnelles (RGPD)');
    expect(new URL(page.url()).hash).toBe(`#/seance/${other}/preparation/seance/rgpd`);
  });

  it('Paramètres: « Les effacer définitivement » erases the séances deleted from Accueil, « Effacer toutes les données » everything but the tablet’s id', async () => {
    const { page } = await launch(newProfile());
    await openHome(page);
    await createSession(page, TITLE);
    const id = sessionIdOf(page);
    await openTab(page, 'Participants');
    await addParticipants(page, NAMES);
    await goHome(page);
    await createSession(page, OTHER);
    const other = sessionIdOf(page);
    await goHome(page);
    // « Supprimer » on Accueil: a tombstone, the séance's rows and names still here.
    await sessionCard(page, TITLE).getByRole('button', { name: `Supprimer « ${TITLE} »` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer la séance' }).click();
    await sessionCard(page, TITLE).waitFor({ state: 'detached' });
    await waitSaved(page);
    expect(JSON.stringify(traces(await readStorage(page), id)['cercle/participants'])).toContain(NAMES[0]);

    // Accueil's « Annuler » toast would sit over the section in the screenshots.
    await page.getByRole('status').getByRole('button', { name: 'Fermer' }).click();
    await goSettings(page);
    const section = page.getByRole('region', { name: 'Données personnelles (RGPD)' });
    await visible(section.getByText('Séance supprimée encore sur cette tablette : 1'));
    await visible(section.getByRole('listitem').filter({ hasText: TITLE }));
    await section.scrollIntoViewIfNeeded();
    await checkA11y(page, 'Paramètres — données personnelles');
    await shoot(page, 'parametres-rgpd');

    await section.getByRole('button', { name: 'L’effacer définitivement' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Effacer définitivement la séance supprimée ?' });
    await visible(confirm);
    await checkA11y(page, 'Confirmation — effacer les séances supprimées');
    await shoot(page, 'parametres-rgpd-supprimees');
    await confirm.getByRole('button', { name: 'Oui, l’effacer définitivement' }).click();
    await visible(section.getByText('Aucune séance supprimée ne reste sur cette tablette.'));
    const purged = await readStorage(page);
    for (const [store, entries] of Object.entries(traces(purged, id))) expect(entries, store).toEqual([]);
    expect(traces(purged, other)['cercle/sessions']!.length).toBe(1);

    await page.getByRole('status').getByRole('button', { name: 'Fermer' }).click();
    await section.getByRole('button', { name: 'Effacer toutes les données de cette tablette' }).click();
    const all = page.getByRole('alertdialog', { name: 'Effacer toutes les données de cette tablette ?' });
    await visible(all);
    await checkA11y(page, 'Confirmation — effacer toutes les données');
    await shoot(page, 'parametres-rgpd-tout');
    const deviceId = purged['cercle-prefs/prefs']!.find((e) => e.key === 'deviceId')!.value;
    await all.getByRole('button', { name: 'Oui, tout effacer' }).click();

    await visible(page.getByRole('heading', { level: 2, name: 'Aucune séance pour le moment' }));
    await visible(page.getByText('Toutes les données de Cercle ont été effacées de cette tablette.'));
    const after = await readStorage(page);
    // Cercle's own databases (the service worker's caches are not personal data).
    for (const [store, entries] of Object.entries(after).filter(([name]) => name.startsWith('cercle'))) {
      if (store === 'cercle/meta') expect(entries.map((e) => e.key), store).toEqual(['clock']);
      else if (store === 'cercle-prefs/prefs') expect(entries, store).toEqual([{ key: 'deviceId', value: deviceId }]);
      else expect(entries, store).toEqual([]);
    }
  });
});
