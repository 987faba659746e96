// The fiche de suivi's edits and deletions: a jalon and an indicator changed in place (refused at the field when wrong), deletions asked first, an indicator taking its measures with it.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { routeHref } from '../../src/ui/common/routes';
import { makeActionSheet, makeFollowUp, makeIndicator, makeMeasure, makeMilestone, makeSession } from '../factories';
import { db, renderApp } from './render';
import { seedRecords } from './transfer-helpers';

async function seedAndOpen() {
  const s = makeSession({ title: 'Accueil de la mairie', status: 'terminee' });
  const a = makeActionSheet(s.id, { number: '4', title: 'Écran d’attente', start: '2026-11-01', plannedEnd: '2027-02-28' });
  const indicator = makeIndicator(s.id, a.id, { name: 'Attente au guichet', unit: 'min', baselineValue: 1250, baselineOn: '2026-11-02', targetValue: 12.5, targetOn: '2027-02-28' });
  await seedRecords({
    sessions: [s],
    actions: [a],
    milestones: [makeMilestone(s.id, a.id, { title: 'Écran commandé', due: '2026-12-15' })],
    indicators: [indicator],
    measures: [makeMeasure(s.id, indicator, { value: 20, on: '2026-11-10' }), makeMeasure(s.id, indicator, { value: 17, on: '2026-11-20' })],
    followUps: [makeFollowUp(s.id, a.id, { on: '2026-11-15', text: 'Devis reçu.' })],
  });
  renderApp(routeHref({ name: 'action', id: s.id, actionId: a.id }));
  await screen.findByRole('heading', { level: 1, name: 'Fiche action n°\u00a04 — Écran d’attente' });
  return { indicator };
}

const live = async <K extends 'milestones' | 'indicators' | 'measures' | 'followUps'>(kind: K) => (await db().table(kind).toArray()).filter((r: { deleted: boolean }) => !r.deleted);
const confirmDelete = async () => fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Supprimer' }));

describe('changing the follow-up in place', () => {
  it('a jalon is changed in its row, refused after the fin prévue, then deleted after asking', async () => {
    await seedAndOpen();
    const jalons = within(screen.getByRole('region', { name: 'Jalons' }));
    fireEvent.click(jalons.getByRole('button', { name: 'Modifier «\u00a0Écran commandé\u00a0»' }));
    const form = within(jalons.getByRole('form', { name: 'Modifier «\u00a0Écran commandé\u00a0»' }));
    const due = form.getByLabelText<HTMLInputElement>('Date prévue du jalon');
    expect(due.value).toBe('2026-12-15');
    fireEvent.input(due, { target: { value: '2027-03-15' } });
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer' }));
    await form.findByText('Le jalon ne peut pas être après la fin prévue de l’action, le 28 février 2027.');
    expect((await live('milestones')).map((m) => m.due)).toEqual(['2026-12-15']);
    fireEvent.input(due, { target: { value: '2027-01-20' } });
    fireEvent.input(form.getByLabelText('Intitulé du jalon'), { target: { value: 'Écran installé' } });
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer' }));
    await jalons.findByText('Pour le 20 janvier 2027');
    expect((await live('milestones')).map((m) => [m.title, m.due])).toEqual([['Écran installé', '2027-01-20']]);

    fireEvent.click(jalons.getByRole('button', { name: 'Supprimer «\u00a0Écran installé\u00a0»' }));
    await confirmDelete();
    await jalons.findByText('Aucun jalon\u00a0: ajoutez les étapes datées de la mise en œuvre.'.replace(/\u00a0/g, ' '));
    expect(await live('milestones')).toEqual([]);
    expect(await db().milestones.count()).toBe(1);
  });

  it('an indicator is changed with its numbers shown the French way, and deleted with its measures', async () => {
    const { indicator } = await seedAndOpen();
    const card = () => within(screen.getByRole('article', { name: 'Attente au guichet (min)' }));
    fireEvent.click(card().getByRole('button', { name: 'Modifier «\u00a0Attente au guichet\u00a0»' }));
    const form = within(screen.getByRole('form', { name: 'Modifier «\u00a0Attente au guichet\u00a0»' }));
    const target = form.getByLabelText<HTMLInputElement>('Valeur cible');
    expect([form.getByLabelText<HTMLInputElement>('Valeur de référence').value, target.value]).toEqual(['1 250', '12,5']);
    fireEvent.input(target, { target: { value: 'dix' } });
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer' }));
    await form.findByText('Saisissez un nombre, par exemple 12,5 ou 1 200.');
    expect(target.value).toBe('dix');
    fireEvent.input(target, { target: { value: '7,5' } });
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByRole('article', { name: 'Attente au guichet (min)' });
    await card().findByText('7,5\u00a0min d’ici le 28 février 2027'.replace(/\u00a0/g, ' '));
    expect((await live('indicators')).map((i) => i.targetValue)).toEqual([7.5]);

    fireEvent.click(card().getByRole('button', { name: 'Supprimer la mesure du 10 novembre 2026' }));
    await confirmDelete();
    await waitFor(async () => expect((await live('measures')).map((m) => m.value)).toEqual([17]));

    fireEvent.click(card().getByRole('button', { name: 'Supprimer «\u00a0Attente au guichet\u00a0»' }));
    await confirmDelete();
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(await live('indicators')).toEqual([]);
    // Its measures go with it: none is left pointing at an indicator that is gone.
    expect(await live('measures')).toEqual([]);
    expect((await db().measures.toArray()).every((m) => m.indicatorId === indicator.id && m.deleted)).toBe(true);
  });

  it('a point d’étape is deleted after asking; cancelling keeps it', async () => {
    await seedAndOpen();
    const notes = within(screen.getByRole('region', { name: 'Points d’étape' }));
    fireEvent.click(notes.getByRole('button', { name: 'Supprimer le point d’étape du 15 novembre 2026' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Annuler' }));
    expect((await live('followUps')).length).toBe(1);
    fireEvent.click(notes.getByRole('button', { name: 'Supprimer le point d’étape du 15 novembre 2026' }));
    await confirmDelete();
    await waitFor(async () => expect(await live('followUps')).toEqual([]));
    await waitFor(() => expect(notes.queryByText('Devis reçu.')).toBeNull());
  });
});
