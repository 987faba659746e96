// The plan d'actions on the report screen: fiches drafted from validated pistes (once), blank fiches, field edits, deletion.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import type { ActionSheet, SessionId } from '../../src/domain/types';
import { nb } from './boardHelpers';
import { db, toasts } from './render';
import { openReport, seedReport } from './reportHelpers';

const sheetsOf = async (id: SessionId): Promise<ActionSheet[]> => (await db().actions.where('sessionId').equals(id).toArray()).sort((a, b) => a.createdAt - b.createdAt || a.number.localeCompare(b.number));
const liveSheets = async (id: SessionId) => (await sheetsOf(id)).filter((a) => !a.deleted);
// Queries look among the fiches only: a role query over the whole report is slow enough in jsdom to time out on a busy machine.
const fiches = () => within(screen.getByRole('list', { name: 'Fiches action' }));
const fiche = (heading: string) => within(fiches().getByRole('listitem', { name: heading }));

describe('Créer les fiches des pistes validées', () => {
  it('makes one pre-filled fiche per validated piste, and none when pressed again', async () => {
    const { session, tracks } = await seedReport((s) => (s.actions = []));
    await openReport(session.id);
    expect(screen.getByText('Aucune fiche action pour l’instant.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Créer les fiches des pistes validées' }));
    await toasts().findByText('2 fiches action créées à partir des pistes validées.');
    const made = await liveSheets(session.id);
    const [seats, hours] = [tracks[0]!, tracks[1]!];
    // Numbered as the report ranks the pistes: « Élargir les horaires » has the most dots.
    expect(made.map((a) => [a.number, a.title, a.trackId, a.theme])).toEqual([
      ['1', 'Élargir les horaires', hours.id, 'Accueil physique'],
      ['2', 'Installer des chaises et un écran d’attente', seats.id, 'Accueil physique'],
    ]);
    expect(made.map((a) => [a.problem, a.objective, a.description])).toEqual([
      ['– Fermé trop tôt', 'Ouvrir le samedi matin.', '– Ouvrir le samedi matin'],
      ['– Pas de chaises', 'Réduire l’attente debout.', '– Écran avec le temps d’attente\n– Savoir combien de temps on attend'],
    ]);
    expect(made.every((a) => a.owner === '' && a.indicators === '' && a.plannedEnd === '')).toBe(true);

    // Each shows as a form, its fields filled with what was drafted.
    const first = within(await screen.findByRole('listitem', { name: 'Fiche action n°\u00a01 — Élargir les horaires' }));
    expect(first.getByRole<HTMLTextAreaElement>('textbox', { name: 'Problématique identifiée' }).value).toBe('– Fermé trop tôt');
    expect(first.getByText('Tirée de la piste « Élargir les horaires »')).toBeTruthy();
    // Drafted in one go (same creation time): listed in priority order, whatever their random ids;
    // and typing a number does not move a fiche away from under the finger.
    const numbers = () => within(screen.getByRole('list', { name: 'Fiches action' })).getAllByRole<HTMLInputElement>('textbox', { name: 'Numéro de la fiche action' }).map((i) => i.value);
    expect(numbers()).toEqual(['1', '2']);
    fireEvent.input(first.getByRole('textbox', { name: 'Numéro de la fiche action' }), { target: { value: '12' } });
    await waitFor(async () => expect((await liveSheets(session.id)).map((a) => a.number).sort()).toEqual(['12', '2']));
    expect(numbers()).toEqual(['12', '2']);

    fireEvent.click(screen.getByRole('button', { name: 'Créer les fiches des pistes validées' }));
    await toasts().findByText('Chaque piste validée a déjà sa fiche action : aucune fiche créée.');
    expect(await sheetsOf(session.id)).toHaveLength(2);
  });

  it('is not offered before any piste is validated, and says where to validate them', async () => {
    const { session } = await seedReport((s) => {
      s.actions = [];
      s.tracks = s.tracks.map((tr) => ({ ...tr, validated: false }));
    });
    await openReport(session.id);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Créer les fiches des pistes validées' }).disabled).toBe(true);
    expect(screen.getByText(/Aucune piste n’est validée pour l’instant/)).toBeTruthy();
  });
});

describe('a fiche action', () => {
  it('stores each field as it is typed, the libellé capped at the short limit', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const saturday = fiche('Fiche action n°\u00a02 — Ouvrir le samedi de 9 h à 12 h');
    expect(saturday.getByRole<HTMLInputElement>('textbox', { name: 'Responsable de l’action' }).value).toBe('Claire Martin');

    fireEvent.input(saturday.getByRole('textbox', { name: 'Indicateurs de suivi de l’action' }), { target: { value: 'Usagers reçus le samedi\nDélai d’attente moyen' } });
    fireEvent.input(saturday.getByRole('textbox', { name: 'Contributeurs' }), { target: { value: 'Accueil, services techniques' } });
    fireEvent.input(saturday.getByLabelText('Démarrage de l’action'), { target: { value: '2027-01-09' } });
    await waitFor(async () => {
      const stored = (await liveSheets(session.id)).find((a) => a.number === '2');
      expect([stored?.indicators, stored?.contributors, stored?.start]).toEqual(['Usagers reçus le samedi\nDélai d’attente moyen', 'Accueil, services techniques', '2027-01-09']);
    });

    fireEvent.input(saturday.getByRole('textbox', { name: 'Libellé de la fiche action' }), { target: { value: 'x'.repeat(LIMITS.short + 20) } });
    await waitFor(async () => expect((await liveSheets(session.id)).find((a) => a.number === '2')?.title).toHaveLength(LIMITS.short));
    expect(screen.getByRole('alert').textContent).toMatch(/200 caractères au plus/);
  });

  it('ticks Services Publics + engagements: stored in the programme’s order, their wording shown, unticking removes one', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const saturday = fiche('Fiche action n°\u00a02 — Ouvrir le samedi de 9 h à 12 h');
    expect(saturday.getByText(/Aucun engagement coché/)).toBeTruthy();
    const stored = async () => (await liveSheets(session.id)).find((a) => a.number === '2')?.engagements;

    fireEvent.click(saturday.getByRole('checkbox', { name: 'Avis des usagers pris en compte' }));
    await waitFor(async () => expect(await stored()).toEqual(['avis']));
    fireEvent.click(saturday.getByRole('checkbox', { name: 'Joignabilité et démarches en ligne' }));
    await waitFor(async () => expect(await stored()).toEqual(['joignabilite', 'avis']));
    const wordings = () => within(saturday.getByRole('list', { name: 'Intitulé de l’engagement' })).getAllByRole('listitem').map((li) => li.textContent);
    await waitFor(() => expect(wordings()).toHaveLength(2));
    expect(wordings()).toEqual([
      '«\u00a0Nous sommes joignables par téléphone ou sur place et nous facilitons vos démarches en ligne\u00a0»',
      '«\u00a0Vos avis sont pris en compte pour améliorer et simplifier nos démarches\u00a0»',
    ]);
    expect(saturday.getByRole<HTMLInputElement>('checkbox', { name: 'Avis des usagers pris en compte' }).checked).toBe(true);

    fireEvent.click(saturday.getByRole('checkbox', { name: 'Avis des usagers pris en compte' }));
    await waitFor(async () => expect(await stored()).toEqual(['joignabilite']));
    await waitFor(() => expect(saturday.queryByText(/Vos avis sont pris en compte/)).toBeNull());
  });

  it('"Ajouter une fiche action" adds a blank fiche numbered after every fiche, deleted ones too, and puts the cursor in its libellé', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une fiche action' }));
    // Looked for among the fiches only: a role query over the whole report is slow enough in jsdom to time out on a busy machine.
    const plan = screen.getByRole('list', { name: 'Fiches action' });
    const blank = await within(plan).findByRole('listitem', { name: 'Fiche action n°\u00a011 — Fiche action sans libellé' });
    const title = within(blank).getByRole('textbox', { name: 'Libellé de la fiche action' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const stored = (await liveSheets(session.id)).find((a) => a.number === '11');
    expect(stored).toMatchObject({ title: '', theme: 'Accueil physique', trackId: null, owner: '', problem: '' });
  });

  it('deleting asks first, then tombstones the fiche; the toast’s Annuler brings it back', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const name = 'Fiche action n°\u00a010 — Dix chaises et un écran';
    const deleteButton = () => fiches().getByRole('button', { name: nb(`Supprimer la fiche « ${name} »`) });

    fireEvent.click(deleteButton());
    let dialog = await screen.findByRole('alertdialog', { name: nb(`Supprimer la fiche « ${name} » ?`) });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await sheetsOf(session.id)).find((a) => a.number === '10')?.deleted).toBe(false);

    fireEvent.click(deleteButton());
    dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer la fiche' }));
    await waitFor(async () => expect((await sheetsOf(session.id)).find((a) => a.number === '10')?.deleted).toBe(true));
    await waitFor(() => expect(fiches().queryByRole('listitem', { name })).toBeNull());
    // The row stays as a tombstone, so the deletion travels to the other tablet.
    expect((await sheetsOf(session.id)).filter((a) => a.number === '10')).toHaveLength(1);

    fireEvent.click(toasts().getByRole('button', { name: 'Annuler' }));
    await fiches().findByRole('listitem', { name });
    expect((await sheetsOf(session.id)).find((a) => a.number === '10')?.deleted).toBe(false);
  });
});
