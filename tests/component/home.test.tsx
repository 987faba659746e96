// Accueil: empty state, "Nouvelle séance", "Dupliquer" as a mirror, "Supprimer" with confirmation and undo.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setPlannedMinutes, setPromptText } from '../../src/actions/guide';
import { setConsent } from '../../src/actions/participants';
import { phasesOf } from '../../src/db/queries';
import { T0 } from '../factories';
import { db, renderApp, seedParticipants, seedSession, storedSession, toasts } from './render';

const TITLE = "Comité d'écoute du 23 novembre 2026";
const cardTitles = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('Accueil', () => {
  it('says what Cercle is for when there is no séance yet', async () => {
    renderApp('#/');
    expect(await screen.findByRole('heading', { name: 'Aucune séance pour le moment' })).toBeTruthy();
    expect(screen.getByText(/Tout reste sur cette tablette, même sans réseau/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Liste des séances' })).toBeNull();
  });

  it('"Nouvelle séance" stores a séance with its five phases and opens its préparation', async () => {
    renderApp('#/');
    await screen.findByRole('heading', { name: 'Aucune séance pour le moment' });

    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle séance' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/seance\/[^/]+\/preparation\/seance$/));
    const [session, ...others] = await db().sessions.toArray();
    expect(others).toEqual([]);
    expect(window.location.hash).toBe(`#/seance/${session!.id}/preparation/seance`);
    expect(session).toMatchObject({ title: TITLE, date: '2026-11-23', status: 'preparation', purgeAfter: '2027-02-23', createdAt: T0, deleted: false });
    const phases = await phasesOf(session!.id);
    expect(phases.map((p) => p.index)).toEqual([1, 2, 3, 4, 5]);
    expect(phases.map((p) => p.title)).toEqual(['Présentation des objectifs', 'Tour de table', 'Partage d’expériences', 'Attentes et axes de progrès', 'Bilan et synthèse']);
    // The préparation screen is showing the new séance.
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Titre de la séance').value).toBe(TITLE);
  });

  it('lists a séance as a card with its date, place and participant count', async () => {
    const id = await seedSession({ title: 'Accueil de la mairie', place: 'Salle des fêtes' });
    await seedParticipants(id, ['Alice', 'Bruno']);
    renderApp('#/');
    const card = within(await screen.findByRole('article', { name: 'Accueil de la mairie' }));
    expect(card.getByText('lundi 23 novembre 2026')).toBeTruthy();
    expect(card.getByText('Salle des fêtes')).toBeTruthy();
    expect(await card.findByText('2 participants')).toBeTruthy();
    expect(card.getByText('En préparation')).toBeTruthy();
    expect(card.getByRole('link', { name: 'Préparer' }).getAttribute('href')).toBe(`#/seance/${id}/preparation/seance`);
  });

  it('"Dupliquer" makes a mirror séance: same objective and guide, no participants', async () => {
    const source = await seedSession({ title: 'Accueil CAF', objective: 'Comprendre les rappels', theme: 'Accueil téléphonique', animateur: 'Nadia' });
    const [alice] = await seedParticipants(source, ['Alice', 'Bruno']);
    await setConsent(alice!, true, 'Mention', T0);
    const sourcePhases = await phasesOf(source);
    await setPlannedMinutes(sourcePhases[2]!.id, 50);
    await setPromptText(sourcePhases[2]!.id, sourcePhases[2]!.prompts[0]!.id, 'Racontez votre dernier appel.');
    renderApp('#/');
    await screen.findByRole('article', { name: 'Accueil CAF' });

    fireEvent.click(screen.getByRole('button', { name: 'Dupliquer « Accueil CAF » en séance miroir' }));

    await screen.findByRole('article', { name: 'Accueil CAF (miroir)' });
    expect(toasts().getByText('Séance miroir « Accueil CAF (miroir) » créée : même guide et même objectif, sans les participants.')).toBeTruthy();
    const mirror = (await db().sessions.toArray()).find((s) => s.id !== source)!;
    expect(mirror).toMatchObject({ title: 'Accueil CAF (miroir)', objective: 'Comprendre les rappels', theme: 'Accueil téléphonique', animateur: '', status: 'preparation' });
    expect(await db().participants.where('sessionId').equals(mirror.id).count()).toBe(0);

    const mirrorPhases = await phasesOf(mirror.id);
    const shape = (phases: typeof sourcePhases) => phases.map((p) => ({ index: p.index, title: p.title, minutes: p.plannedMinutes, prompts: p.prompts.map((q) => q.text) }));
    expect(shape(mirrorPhases)).toEqual(shape(await phasesOf(source)));
    expect(mirrorPhases[2]).toMatchObject({ plannedMinutes: 50 });
    expect(mirrorPhases[2]!.prompts[0]!.text).toBe('Racontez votre dernier appel.');
    const sourcePromptIds = new Set(sourcePhases.flatMap((p) => p.prompts.map((q) => q.id)));
    expect(mirrorPhases.flatMap((p) => p.prompts).some((q) => sourcePromptIds.has(q.id))).toBe(false);
    // The source is untouched.
    expect(await db().participants.where('sessionId').equals(source).count()).toBe(2);
  });

  it('"Supprimer" asks first; "Annuler" in the dialog keeps the séance', async () => {
    const id = await seedSession({ title: 'Accueil CAF' });
    renderApp('#/');
    await screen.findByRole('article', { name: 'Accueil CAF' });

    fireEvent.click(screen.getByRole('button', { name: 'Supprimer « Accueil CAF »' }));
    const dialog = within(screen.getByRole('alertdialog', { name: 'Supprimer la séance « Accueil CAF » ?' }));
    expect(dialog.getByText('Elle disparaîtra de la liste. Vous pourrez encore annuler juste après.')).toBeTruthy();
    // The safe choice has the focus.
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Annuler' }));

    fireEvent.click(dialog.getByRole('button', { name: 'Annuler' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('article', { name: 'Accueil CAF' })).toBeTruthy();
    expect((await storedSession(id)).deleted).toBe(false);
  });

  it('Escape closes the confirmation without deleting', async () => {
    const id = await seedSession({ title: 'Accueil CAF' });
    renderApp('#/');
    await screen.findByRole('article', { name: 'Accueil CAF' });
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer « Accueil CAF »' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await storedSession(id)).deleted).toBe(false);
  });

  it('confirming tombstones the séance (row kept), it leaves the list, and the toast’s "Annuler" brings it back', async () => {
    const keep = await seedSession({ title: 'Autre séance' });
    const id = await seedSession({ title: 'Accueil CAF' });
    const before = await storedSession(id);
    renderApp('#/');
    await screen.findByRole('article', { name: 'Accueil CAF' });

    fireEvent.click(screen.getByRole('button', { name: 'Supprimer « Accueil CAF »' }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la séance' }));

    await waitFor(() => expect(cardTitles()).toEqual(['Autre séance']));
    const gone = await storedSession(id);
    expect(gone).toMatchObject({ deleted: true, title: 'Accueil CAF' });
    expect(gone.rev).toBeGreaterThan(before.rev);
    expect(await db().phases.where('sessionId').equals(id).count()).toBe(5);
    expect((await storedSession(keep)).deleted).toBe(false);

    fireEvent.click(toasts().getByRole('button', { name: 'Annuler' }));

    await screen.findByRole('article', { name: 'Accueil CAF' });
    expect((await storedSession(id)).deleted).toBe(false);
    expect(cardTitles().sort()).toEqual(['Accueil CAF', 'Autre séance']);
  });

  it('deleting the last séance brings the empty state back', async () => {
    await seedSession({ title: 'Seule' });
    renderApp('#/');
    await screen.findByRole('article', { name: 'Seule' });
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer « Seule »' }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la séance' }));
    expect(await screen.findByRole('heading', { name: 'Aucune séance pour le moment' })).toBeTruthy();
    expect(toasts().getByText('Séance « Seule » supprimée.')).toBeTruthy();
  });
});
