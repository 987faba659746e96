// The plan d'actions: Accueil's late count, the screen's table and filters, as the animateur sees them.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionSheet, SessionId } from '../../src/domain/types';
import { resetPlanFilters } from '../../src/ui/plan/filterStore';
import { forgetLastPlanRead } from '../../src/ui/plan/usePlan';
import { makeActionSheet, makeIndicator, makeMeasure, makeMilestone, makeStatusChange } from '../factories';
import { db, renderApp, seedSession } from './render';

beforeEach(() => {
  resetPlanFilters();
  forgetLastPlanRead();
});

/** Today is 23 November 2026 (the tests' clock): one late fiche, one on time, one terminée after its fin prévue. */
async function seedPlan() {
  const mairie = await seedSession({ title: 'Accueil de la mairie', date: '2026-10-12' });
  const caf = await seedSession({ title: 'Accueil CAF', date: '2026-11-02' });
  const late = makeActionSheet(mairie, { number: '1', title: 'Ouvrir le samedi matin', owner: 'Nadia', plannedEnd: '2026-11-01', engagements: ['accueil'] });
  const onTime = makeActionSheet(mairie, { number: '2', title: 'Afficher les horaires', owner: 'Hugo', plannedEnd: '2027-06-30', engagements: ['joignabilite'] });
  const done = makeActionSheet(caf, { number: '1', title: 'Rappeler sous 48 h', owner: 'Nadia', plannedEnd: '2026-10-01', engagements: ['joignabilite'] });
  await db().actions.bulkPut([late, onTime, done]);
  await db().statusChanges.put(makeStatusChange(caf, done.id, { status: 'terminee', on: '2026-11-20' }));
  return { mairie, caf, late, onTime, done };
}

/** The line under the filters saying how many actions show. */
const count = () => document.querySelector('.plan-count')?.textContent;
const planButton = () => screen.getByRole('link', { name: /^Plan d’actions/ });

describe('Accueil: the way to the plan d’actions', () => {
  it('counts the late actions on its button, and the count goes once the late one is terminée', async () => {
    const { late } = await seedPlan();
    renderApp('#/');
    await waitFor(() => expect(planButton().textContent).toBe('Plan d’actions1 en retard'));
    expect(planButton().getAttribute('href')).toBe('#/plan');

    await db().statusChanges.put(makeStatusChange(late.sessionId, late.id, { status: 'terminee', on: '2026-11-23' }));

    await waitFor(() => expect(planButton().textContent).toBe('Plan d’actions'));
    expect(screen.queryByText(/en retard/)).toBeNull();
  });

  it('counts a fiche late by a missed jalon, not one whose séance was deleted', async () => {
    const { onTime, late } = await seedPlan();
    await db().milestones.put(makeMilestone(onTime.sessionId, onTime.id, { title: 'Devis signé', due: '2026-11-15' }));
    renderApp('#/');
    await waitFor(() => expect(planButton().textContent).toBe('Plan d’actions2 en retard'));
    const session = (await db().sessions.get(late.sessionId))!;
    await db().sessions.put({ ...session, deleted: true });
    await waitFor(() => expect(screen.queryByText(/en retard/)).toBeNull());
  });
});

/** The table's rows as « N° | title | status cell text », the header row left out. */
function rows(): string[] {
  const table = screen.getByRole('table', { name: 'Fiches action' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => {
      const cells = within(r).getAllByRole('cell');
      return `${cells[0]!.textContent} | ${within(r).getByRole('rowheader').querySelector('.plan-title')!.textContent} | ${cells[4]!.textContent}`;
    });
}

describe('the plan d’actions screen', () => {
  it('lists every séance’s fiches by fin prévue, flags the late one in words and links each to its fiche de suivi', async () => {
    const { late, onTime } = await seedPlan();
    const ind = makeIndicator(onTime.sessionId, onTime.id, { name: 'Attente au guichet', unit: 'min', targetValue: 10 });
    await db().indicators.put(ind);
    await db().measures.put(makeMeasure(onTime.sessionId, ind, { value: 18, on: '2026-11-20' }));
    await db().milestones.put(makeMilestone(onTime.sessionId, onTime.id, { title: 'Panneaux commandés', due: '2026-12-15' }));
    renderApp('#/plan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan d’actions' })).toBeTruthy();
    await screen.findByRole('table', { name: 'Fiches action' });
    expect(rows()).toEqual([
      '1 | Rappeler sous 48 h | Terminée',
      '1 | Ouvrir le samedi matin | PrévueEn retardfin prévue dépassée (1er nov. 2026)',
      '2 | Afficher les horaires | Prévue',
    ]);
    expect(count()).toBe('3 actions sur 3');
    const link = screen.getByRole('link', { name: 'Ouvrir le samedi matin' });
    expect(link.getAttribute('href')).toBe(`#/seance/${late.sessionId}/action/${late.id}`);
    const onTimeRow = screen.getByRole('link', { name: 'Afficher les horaires' }).closest('tr')!;
    expect(within(onTimeRow).getByText('18 min / cible 10 min')).toBeTruthy();
    expect(within(onTimeRow).getByText('Panneaux commandés')).toBeTruthy();
    expect(within(onTimeRow).getByText('15 déc. 2026')).toBeTruthy();
    expect(within(onTimeRow).getByText('Accueil de la mairie')).toBeTruthy();
  });

  it('filters by statut, responsable, engagement and séance, combined, and clears them', async () => {
    const { caf } = await seedPlan();
    renderApp('#/plan');
    await screen.findByRole('table', { name: 'Fiches action' });
    const pick = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

    pick('Statut', 'late');
    await waitFor(() => expect(rows().map((r) => r.split(' | ')[1])).toEqual(['Ouvrir le samedi matin']));
    expect(count()).toBe('1 action sur 3');

    pick('Statut', '');
    pick('Responsable', 'Nadia');
    await waitFor(() => expect(rows().map((r) => r.split(' | ')[1])).toEqual(['Rappeler sous 48 h', 'Ouvrir le samedi matin']));
    pick('Engagement', 'joignabilite');
    await waitFor(() => expect(rows().map((r) => r.split(' | ')[1])).toEqual(['Rappeler sous 48 h']));
    pick('Séance', caf as SessionId);
    await waitFor(() => expect(rows().map((r) => r.split(' | ')[1])).toEqual(['Rappeler sous 48 h']));
    pick('Statut', 'en_cours');
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
    expect(count()).toBe('Aucune action sur 3 ne correspond à ces filtres.');

    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByLabelText<HTMLSelectElement>('Responsable').value).toBe('');
  });

  it('offers as responsables and séances only those the fiches carry', async () => {
    await seedPlan();
    renderApp('#/plan');
    await screen.findByRole('table', { name: 'Fiches action' });
    const options = (label: string) => within(screen.getByLabelText(label)).getAllByRole('option').map((o) => o.textContent);
    expect(options('Responsable')).toEqual(['Tous', 'Hugo', 'Nadia']);
    expect(options('Séance')).toEqual(['Toutes', 'Accueil CAF — 2 novembre 2026', 'Accueil de la mairie — 12 octobre 2026']);
    expect(options('Statut')).toEqual(['Tous', 'En retard', 'Prévue', 'En cours', 'Terminée', 'Abandonnée']);
  });

  it('draws 25 rows at first and the rest on request; another filter starts again from the top', async () => {
    const id = await seedSession({ title: 'Grand plan', date: '2026-10-01' });
    await db().actions.bulkPut(Array.from({ length: 30 }, (_, i) => makeActionSheet(id, { number: String(i + 1), title: `Action ${i + 1}`, owner: i < 28 ? 'Nadia' : 'Hugo', plannedEnd: `2027-01-${String(i + 1).padStart(2, '0')}` })));
    renderApp('#/plan');
    await screen.findByRole('table', { name: 'Fiches action' });
    expect(rows()).toHaveLength(25);
    expect(count()).toBe('30 actions sur 30');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher 5 actions de plus (5 pas encore affichées)' }));
    await waitFor(() => expect(rows()).toHaveLength(30));
    expect(rows()[29]).toBe('30 | Action 30 | Prévue');
    expect(screen.queryByRole('button', { name: /^Afficher/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Responsable'), { target: { value: 'Nadia' } });
    await waitFor(() => expect(rows()).toHaveLength(25));
    expect(screen.getByRole('button', { name: 'Afficher 3 actions de plus (3 pas encore affichées)' })).toBeTruthy();
  });

  it('says in French that there is no fiche yet, with no filters nor exports', async () => {
    await seedSession({ title: 'Sans fiche' });
    const deleted: ActionSheet = { ...makeActionSheet((await db().sessions.toArray())[0]!.id, { title: 'Supprimée' }), deleted: true };
    await db().actions.put(deleted);
    renderApp('#/plan');
    expect(await screen.findByRole('heading', { name: 'Aucune fiche action pour le moment' })).toBeTruthy();
    expect(screen.queryByLabelText('Statut')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tableau CSV (Excel)' })).toBeNull();
  });
});
