// Paramètres › Données personnelles (RGPD): « Les effacer définitivement » and « Effacer toutes les données », checked on everything stored.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { eraseAllData } from '../../src/actions/privacy';
import { startSession } from '../../src/actions/room';
import { deleteSession, undoDeleteSession } from '../../src/actions/sessions';
import { draftKey, saveDraft } from '../../src/db/drafts';
import { loadPrefs, savePref } from '../../src/db/prefs';
import type { SessionId } from '../../src/domain/types';
import { renderApp, seedSession, toasts } from './render';
import { OTHER_TITLE, PEOPLE, ROLES, TITLE, dump, namesIn, rowsOf, seedNamedSession, seedOtherSession, traceOf, type Dump } from './privacyHelpers';

const NAMES = [...PEOPLE, ...Object.values(ROLES)];
const ABANDONED = 'Séance de test abandonnée';

async function openSection() {
  renderApp('#/parametres');
  return within(await screen.findByRole('region', { name: 'Données personnelles (RGPD)' }));
}

const dialog = (name: RegExp) => within(screen.getByRole('alertdialog', { name }));

/** Nothing of the séance left: no row in any table, no draft, no pref naming it. */
function expectGone(d: Dump, id: SessionId) {
  const trace = traceOf(d, id);
  for (const [table, rows] of Object.entries(trace.rows)) expect(rows, `${table} of ${id}`).toEqual([]);
  for (const [store, pairs] of Object.entries(trace.keyval)) expect(pairs, `${store} of ${id}`).toEqual([]);
  expect(JSON.stringify(d)).not.toContain(id);
}

/** Séance A (names everywhere) and a blank one deleted from Accueil, séance B live. */
async function seedDeletedAndLive() {
  const { id: named } = await seedNamedSession();
  const blank = await seedSession({ title: ABANDONED, date: '2026-11-02' });
  await saveDraft(draftKey(blank, 'post-it'), 'une idée pas finie');
  await deleteSession(named);
  await deleteSession(blank);
  const live = await seedOtherSession();
  return { named, blank, live };
}

describe('Séances supprimées encore sur cette tablette', () => {
  it('lists the séances deleted from Accueil and erases every row, draft and pref of them, leaving the live séance identical', async () => {
    const { named, blank, live } = await seedDeletedAndLive();
    const before = await dump();
    // The test can fail: the deleted séances are still stored in full, drafts and prefs included.
    expect(Object.values(traceOf(before, named).rows).filter((rows) => rows.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(traceOf(before, named).keyval['cercle-drafts/drafts']!.length).toBe(1);
    expect(traceOf(before, named).keyval['cercle-prefs/prefs']!.length).toBe(2);
    expect(traceOf(before, blank).keyval['cercle-drafts/drafts']!.length).toBe(1);
    expect(namesIn(before, NAMES)).toEqual(NAMES);
    const section = await openSection();

    expect(await section.findByText('Séances supprimées encore sur cette tablette : 2')).toBeTruthy();
    const list = section.getByRole('list', { name: /^Séances supprimées encore sur cette tablette/ });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    // Title, the séance's day (a new séance is dated today), when it was deleted (the test clock's T0).
    expect(items).toContain(`${TITLE} 23 novembre 2026 · supprimée le 23 novembre 2026 à 10:15`);
    expect(items).toContain(`${ABANDONED} 2 novembre 2026 · supprimée le 23 novembre 2026 à 10:15`);
    expect(section.queryByText(OTHER_TITLE)).toBeNull();

    fireEvent.click(section.getByRole('button', { name: 'Les effacer définitivement' }));
    const box = dialog(/^Effacer définitivement 2 séances supprimées\s\?$/);
    expect(box.getAllByRole('listitem').map((li) => li.textContent).sort()).toEqual([TITLE, ABANDONED].sort());
    fireEvent.click(box.getByRole('button', { name: 'Oui, les effacer définitivement' }));

    expect(await toasts().findByText('2 séances supprimées ont été effacées définitivement de cette tablette.')).toBeTruthy();
    expect(await section.findByText('Aucune séance supprimée ne reste sur cette tablette.')).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Les effacer définitivement' })).toBeNull();
    const after = await dump();
    expectGone(after, named);
    expectGone(after, blank);
    expect(namesIn(after, NAMES)).toEqual([]);
    expect(rowsOf(after, live)).toEqual(rowsOf(before, live));
    expect(traceOf(after, live).keyval).toEqual(traceOf(before, live).keyval);
    // The Lamport counter is not a séance's: it stays.
    expect(after.tables.meta).toEqual(before.tables.meta);
  });

  it('Accueil’s « Annuler » of a deletion goes away once the séance is erased for good', async () => {
    await seedSession({ title: ABANDONED });
    renderApp('#/');
    fireEvent.click(await screen.findByRole('button', { name: /^Supprimer\s«\sSéance de test abandonnée\s»$/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la séance' }));
    expect(await toasts().findByRole('button', { name: 'Annuler' })).toBeTruthy();

    window.location.hash = '#/parametres';
    const section = within(await screen.findByRole('region', { name: 'Données personnelles (RGPD)' }));
    // One séance: the words are singular.
    fireEvent.click(await section.findByRole('button', { name: 'L’effacer définitivement' }));
    fireEvent.click(dialog(/^Effacer définitivement/).getByRole('button', { name: 'Oui, l’effacer définitivement' }));

    expect(await toasts().findByText('La séance supprimée a été effacée définitivement de cette tablette.')).toBeTruthy();
    expect(toasts().queryByRole('button', { name: 'Annuler' })).toBeNull();
  });

  it('says there are none, with no button, when nothing was deleted', async () => {
    await seedOtherSession();
    const section = await openSection();
    expect(await section.findByText('Aucune séance supprimée ne reste sur cette tablette.')).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Les effacer définitivement' })).toBeNull();
  });

  it('« Annuler » in the confirmation changes nothing', async () => {
    await seedDeletedAndLive();
    const before = await dump();
    const section = await openSection();

    fireEvent.click(await section.findByRole('button', { name: 'Les effacer définitivement' }));
    fireEvent.click(dialog(/^Effacer définitivement/).getByRole('button', { name: 'Annuler' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(section.getByText('Séances supprimées encore sur cette tablette : 2')).toBeTruthy();
    expect(await dump()).toEqual(before);
  });

  it('a séance brought back before the confirmation (an import, another tab) is kept', async () => {
    const { named, blank } = await seedDeletedAndLive();
    const section = await openSection();
    fireEvent.click(await section.findByRole('button', { name: 'Les effacer définitivement' }));
    // Undo the deletion of the named séance while the dialog is open: what was confirmed is no longer true of it.
    await undoDeleteSession(named);
    fireEvent.click(dialog(/^Effacer définitivement/).getByRole('button', { name: 'Oui, les effacer définitivement' }));

    expect(await toasts().findByText('La séance supprimée a été effacée définitivement de cette tablette.')).toBeTruthy();
    const after = await dump();
    expectGone(after, blank);
    expect(rowsOf(after, named).sessions).toMatchObject([{ title: TITLE, deleted: false }]);
    expect(namesIn(after, NAMES)).toEqual(NAMES);
  });
});

describe('Effacer toutes les données de cette tablette', () => {
  it('leaves every table empty, no draft, only this tablet’s id in the prefs, and Accueil empty', async () => {
    const { deviceId } = await loadPrefs(() => 'tablette-de-test');
    const { named, live } = await seedDeletedAndLive();
    await savePref('role', 'secretaire');
    const before = await dump();
    expect(before.stores['cercle-drafts/drafts']!.length).toBe(3);
    expect(before.stores['cercle-prefs/prefs']!.map(([key]) => key).sort()).toEqual(['deviceId', 'lastSessionId', `notesPhase:${live}`, `notesPhase:${named}`, 'role'].sort());
    renderApp('#/parametres', { role: 'secretaire' });
    const section = within(await screen.findByRole('region', { name: 'Données personnelles (RGPD)' }));

    fireEvent.click(section.getByRole('button', { name: 'Effacer toutes les données de cette tablette' }));
    const box = screen.getByRole('alertdialog', { name: /^Effacer toutes les données de cette tablette\s\?$/ });
    // What goes, what stays and how to keep a copy are said before anything is erased.
    expect(box.textContent).toMatch(/chaque séance, supprimée ou non/);
    expect(box.textContent).toMatch(/brouillons/);
    expect(box.textContent).toMatch(/préférences \(langue, rôle de la tablette/);
    expect(box.textContent).toMatch(/Seul l’identifiant de cette tablette est gardé/);
    expect(box.textContent).toMatch(/«\sExporter tout\s»/);
    fireEvent.click(within(box).getByRole('button', { name: 'Oui, tout effacer' }));

    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(await toasts().findByText('Toutes les données de Cercle ont été effacées de cette tablette.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Aucune séance pour le moment' })).toBeTruthy();
    const after = await dump();
    for (const [table, rows] of Object.entries(after.tables)) if (table !== 'meta') expect(rows, table).toEqual([]);
    // The Lamport counter survives so revisions made here later still beat those already exported.
    expect(after.tables.meta).toEqual(before.tables.meta);
    expect(after.tables.meta!.length).toBe(1);
    expect(after.stores['cercle-drafts/drafts']).toEqual([]);
    expect(after.stores['cercle-prefs/prefs']).toEqual([['deviceId', deviceId]]);

    // The role went with the preferences: the app is back to the default one.
    window.location.hash = '#/parametres';
    expect(await screen.findByRole<HTMLInputElement>('radio', { name: /^Animateur/, checked: true })).toBeTruthy();
  });

  it('is refused while a séance is running in the room, on screen and in the action', async () => {
    await seedDeletedAndLive();
    const running = await seedSession({ title: 'En salle' });
    await startSession(running);
    const before = await dump();
    const section = await openSection();

    const button = section.getByRole('button', { name: 'Effacer toutes les données de cette tablette' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    const reason = section.getByText('Une séance est en cours dans la salle : clôturez-la avant de tout effacer.');
    expect(button.getAttribute('aria-describedby')?.split(' ')).toContain(reason.id);
    expect(await eraseAllData()).toEqual({ ok: false, problem: 'running' });
    expect(await dump()).toEqual(before);
  });

  it('« Annuler » in the confirmation changes nothing', async () => {
    await seedDeletedAndLive();
    const before = await dump();
    const section = await openSection();

    fireEvent.click(section.getByRole('button', { name: 'Effacer toutes les données de cette tablette' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(window.location.hash).toBe('#/parametres');
    expect(await dump()).toEqual(before);
  });
});
