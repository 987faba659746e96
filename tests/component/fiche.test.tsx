// The fiche de suivi screen: status moves and their history, jalons, measures and their refusals at the field, an anonymised séance read-only; what is shown and what is stored.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addMeasure, addMilestone, changeStatus } from '../../src/actions/plan';
import type { ActionSheet, Session } from '../../src/domain/types';
import { routeHref } from '../../src/ui/common/routes';
import { setClock } from '../../src/platform/clock';
import { makeActionSheet, makeIndicator, makeMilestone, makeSession, makeStatusChange, T0, TODAY } from '../factories';
import { db, renderApp } from './render';
import { seedRecords } from './transfer-helpers';

const HEADING = 'Fiche action n°\u00a02 — Ouvrir le samedi matin';

async function seedFiche(session: Partial<Session> = {}, action: Partial<ActionSheet> = {}) {
  const s = makeSession({ title: 'Accueil de la mairie', status: 'terminee', ...session });
  const a = makeActionSheet(s.id, { number: '2', title: 'Ouvrir le samedi matin', owner: 'Claire Martin', start: '2026-12-01', plannedEnd: '2027-03-31', engagements: ['accueil'], ...action });
  const indicator = makeIndicator(s.id, a.id, { name: 'Attente au guichet', unit: 'min', baselineValue: 25, baselineOn: '2026-11-02', targetValue: 10, targetOn: '2027-06-30' });
  await seedRecords({ sessions: [s], actions: [a], indicators: [indicator] });
  return { session: s, action: a, indicator };
}

async function openFiche(fiche: { session: Session; action: ActionSheet }) {
  renderApp(routeHref({ name: 'action', id: fiche.session.id, actionId: fiche.action.id }));
  await screen.findByRole('heading', { level: 1, name: HEADING });
}

const stored = {
  steps: async () => (await db().statusChanges.toArray()).filter((c) => !c.deleted).sort((a, b) => a.rev - b.rev),
  milestones: async () => (await db().milestones.toArray()).filter((m) => !m.deleted),
  measures: async () => (await db().measures.toArray()).filter((m) => !m.deleted),
};
/** getByText compares the page's text with its spaces made plain (no-break ones included), not the expected text. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const panel = (name: string) => within(screen.getByRole('region', { name }));
/** The message tied to a field (aria-describedby), as a screen reader reads it with the field. */
const messageOf = (field: HTMLElement) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

describe('the fiche de suivi: statut', () => {
  it('moves prévue → en cours → back to prévue with a reason, each step dated in the history, the step back shown', async () => {
    const fiche = await seedFiche();
    await openFiche(fiche);
    const status = panel('Statut');
    expect(status.getByText('Prévue', { selector: '.status-pill' })).toBeTruthy();
    expect(status.getByText('depuis la création de la fiche')).toBeTruthy();
    // The fiche's facts, read from the report.
    expect(screen.getByText('Claire Martin')).toBeTruthy();
    expect(screen.getByText('31 mars 2027')).toBeTruthy();
    expect(screen.getByText('Courtoisie, bienveillance et droit à l’erreur')).toBeTruthy();

    fireEvent.click(status.getByRole('button', { name: 'Passer à «\u00a0En cours\u00a0»' }));
    await status.findByText('En cours', { selector: '.status-pill' });
    expect((await stored.steps()).map((c) => [c.status, c.on, c.reason, c.actionId])).toEqual([['en_cours', TODAY, '', fiche.action.id]]);
    expect(await status.findByText(plain('Statut passé à «\u00a0En cours\u00a0» le 23 novembre 2026.'))).toBeTruthy();

    // A minute later, the same day: the step back comes after the first one.
    setClock(() => T0 + 60_000);
    fireEvent.input(status.getByLabelText('Motif'), { target: { value: 'Budget du samedi pas encore voté' } });
    fireEvent.click(status.getByRole('button', { name: 'Revenir à «\u00a0Prévue\u00a0»' }));
    await status.findByText('Prévue', { selector: '.status-pill' });
    expect((await stored.steps()).map((c) => [c.status, c.reason])).toEqual([
      ['en_cours', ''],
      ['prevue', 'Budget du samedi pas encore voté'],
    ]);
    const history = within(status.getByRole('list'));
    expect(history.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Prévue à la création de la fiche',
      '23 novembre 2026 — En cours',
      '23 novembre 2026 — PrévueRetour en arrièreMotif\u00a0: Budget du samedi pas encore voté',
    ]);
  });

  it('refuses abandonnée without a reason: the message at the reason, nothing stored; with one, stored', async () => {
    const fiche = await seedFiche();
    await openFiche(fiche);
    const status = panel('Statut');
    fireEvent.click(status.getByRole('button', { name: 'Passer à «\u00a0Abandonnée\u00a0»' }));
    const reason = status.getByLabelText('Motif');
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(messageOf(reason)).toContain('Dites pourquoi l’action est abandonnée\u00a0: le motif est obligatoire.');
    expect(document.activeElement).toBe(reason);
    expect(await stored.steps()).toEqual([]);
    expect(status.getByText('Prévue', { selector: '.status-pill' })).toBeTruthy();

    fireEvent.input(reason, { target: { value: 'Remplacée par la fiche 3' } });
    expect(reason.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(status.getByRole('button', { name: 'Passer à «\u00a0Abandonnée\u00a0»' }));
    await status.findByText('Abandonnée', { selector: '.status-pill' });
    expect((await stored.steps()).map((c) => [c.status, c.reason])).toEqual([['abandonnee', 'Remplacée par la fiche 3']]);
  });

  it('refuses a day to come at the day field, the day typed kept', async () => {
    const fiche = await seedFiche();
    await openFiche(fiche);
    const status = panel('Statut');
    const day = status.getByLabelText<HTMLInputElement>('Date du changement');
    expect(day.value).toBe(TODAY);
    fireEvent.input(day, { target: { value: '2026-12-25' } });
    fireEvent.click(status.getByRole('button', { name: 'Passer à «\u00a0En cours\u00a0»' }));
    await waitFor(() => expect(messageOf(day)).toMatch(/Cette date n’est pas encore passée/));
    expect(day.value).toBe('2026-12-25');
    expect(await stored.steps()).toEqual([]);
  });
});

describe('the fiche de suivi: jalons', () => {
  it('refuses a jalon after the fin prévue at its day, keeps what was typed; then adds it, ticks it done today, unticks it', async () => {
    const fiche = await seedFiche();
    await openFiche(fiche);
    const jalons = panel('Jalons');
    const title = jalons.getByLabelText<HTMLInputElement>('Intitulé du jalon');
    const due = jalons.getByLabelText<HTMLInputElement>('Date prévue du jalon');
    fireEvent.input(title, { target: { value: 'Horaires affichés' } });
    fireEvent.input(due, { target: { value: '2027-04-15' } });
    fireEvent.click(jalons.getByRole('button', { name: 'Ajouter le jalon' }));
    await waitFor(() => expect(messageOf(due)).toContain('Le jalon ne peut pas être après la fin prévue de l’action, le 31 mars 2027.'));
    expect([title.value, due.value]).toEqual(['Horaires affichés', '2027-04-15']);
    expect(await stored.milestones()).toEqual([]);

    fireEvent.input(due, { target: { value: '2027-03-01' } });
    fireEvent.click(jalons.getByRole('button', { name: 'Ajouter le jalon' }));
    await jalons.findByText('Pour le 1er mars 2027');
    expect((await stored.milestones()).map((m) => [m.title, m.due, m.doneOn])).toEqual([['Horaires affichés', '2027-03-01', '']]);
    expect(title.value).toBe('');

    fireEvent.click(jalons.getByRole('checkbox', { name: 'Jalon «\u00a0Horaires affichés\u00a0» fait' }));
    await jalons.findByText(/Fait le 23 novembre 2026/);
    expect((await stored.milestones()).map((m) => m.doneOn)).toEqual([TODAY]);
    fireEvent.click(jalons.getByRole('checkbox', { name: 'Jalon «\u00a0Horaires affichés\u00a0» fait' }));
    await waitFor(async () => expect((await stored.milestones()).map((m) => m.doneOn)).toEqual(['']));
  });

  it('shows a late jalon and a passed fin prévue with the lateness rule; a jalon done is not late', async () => {
    const fiche = await seedFiche({}, { start: '2026-09-01', plannedEnd: '2026-11-20' });
    await seedRecords({
      milestones: [
        makeMilestone(fiche.session.id, fiche.action.id, { title: 'Affiche commandée', due: '2026-11-10' }),
        makeMilestone(fiche.session.id, fiche.action.id, { title: 'Agents prévenus', due: '2026-11-05', doneOn: '2026-11-04' }),
      ],
    });
    await openFiche(fiche);
    expect(screen.getByText(plain('En retard\u00a0: la fin prévue est dépassée et un jalon est dépassé.'))).toBeTruthy();
    const rows = within(screen.getByRole('list', { name: 'Jalons de l’action' })).getAllByRole('listitem');
    expect(rows.map((r) => [r.querySelector('strong')?.textContent, r.querySelector('.late-pill')?.textContent ?? null])).toEqual([
      ['Agents prévenus', null],
      ['Affiche commandée', 'En retard'],
    ]);
  });

  it('says nothing is late once the action is terminée', async () => {
    const fiche = await seedFiche({}, { start: '2026-09-01', plannedEnd: '2026-11-20' });
    await seedRecords({ statusChanges: [makeStatusChange(fiche.session.id, fiche.action.id, { status: 'terminee', on: '2026-11-21' })] });
    await openFiche(fiche);
    expect(screen.getByText('Terminée', { selector: '.status-pill' })).toBeTruthy();
    expect(screen.queryByText(/En retard/)).toBeNull();
  });
});

describe('the fiche de suivi: indicateurs', () => {
  it('refuses a measure that is not a number at its field and keeps it there; a French decimal is stored and drawn', async () => {
    const fiche = await seedFiche();
    await openFiche(fiche);
    const card = within(screen.getByRole('article', { name: 'Attente au guichet (min)' }));
    const value = card.getByLabelText<HTMLInputElement>('Valeur mesurée (min)');
    fireEvent.input(value, { target: { value: 'douze' } });
    fireEvent.click(card.getByRole('button', { name: 'Ajouter la mesure' }));
    await waitFor(() => expect(messageOf(value)).toContain('Saisissez un nombre, par exemple 12,5 ou 1\u00a0200.'));
    expect(value.value).toBe('douze');
    expect(await stored.measures()).toEqual([]);

    fireEvent.input(value, { target: { value: '12,5' } });
    fireEvent.click(card.getByRole('button', { name: 'Ajouter la mesure' }));
    await waitFor(async () => expect((await stored.measures()).map((m) => [m.value, m.on, m.indicatorId])).toEqual([[12.5, TODAY, fiche.indicator.id]]));
    await card.findByRole('cell', { name: '12,5\u00a0min' });
    expect(value.value).toBe('');
    expect(card.getByText('Cible pas encore atteinte')).toBeTruthy();
    expect(card.getByRole('img').getAttribute('aria-label')).toBe(
      'Évolution de «\u00a0Attente au guichet\u00a0»\u00a0: valeur de départ 25\u00a0min le 2 novembre 2026, dernière valeur 12,5\u00a0min le 23 novembre 2026, cible 10\u00a0min d’ici le 30 juin 2027.',
    );
  });

  it('refuses a new indicator whose target day is before its baseline day, its fields kept', async () => {
    const fiche = await seedFiche();
    await openFiche(fiche);
    const section = panel('Indicateurs de suivi');
    fireEvent.input(section.getByLabelText('Nom de l’indicateur'), { target: { value: 'Usagers du samedi' } });
    fireEvent.input(section.getByLabelText('Valeur de référence'), { target: { value: '0' } });
    fireEvent.input(section.getByLabelText('Date de la valeur de référence'), { target: { value: '2026-11-01' } });
    fireEvent.input(section.getByLabelText('Valeur cible'), { target: { value: '1 200' } });
    const targetOn = section.getByLabelText<HTMLInputElement>('Date visée pour la cible');
    fireEvent.input(targetOn, { target: { value: '2026-10-01' } });
    fireEvent.click(section.getByRole('button', { name: 'Ajouter l’indicateur' }));
    await waitFor(() => expect(messageOf(targetOn)).toContain('La date de la cible ne peut pas précéder celle de la valeur de référence.'));
    expect(targetOn.value).toBe('2026-10-01');
    expect(await db().indicators.count()).toBe(1);

    fireEvent.input(targetOn, { target: { value: '2027-06-30' } });
    fireEvent.click(section.getByRole('button', { name: 'Ajouter l’indicateur' }));
    await screen.findByRole('article', { name: 'Usagers du samedi' });
    const made = (await db().indicators.toArray()).find((i) => i.name === 'Usagers du samedi');
    expect([made?.baselineValue, made?.targetValue, made?.targetOn]).toEqual([0, 1200, '2027-06-30']);
  });
});

describe('the fiche de suivi: points d’étape', () => {
  it('adds a dated note, newest first; an empty one is refused at its field', async () => {
    const fiche = await seedFiche();
    await openFiche(fiche);
    const notes = panel('Points d’étape');
    const text = notes.getByLabelText('Ce qui a été fait, décidé ou constaté');
    fireEvent.click(notes.getByRole('button', { name: 'Ajouter le point d’étape' }));
    await waitFor(() => expect(messageOf(text)).toContain('Ce champ est obligatoire.'));
    fireEvent.input(notes.getByLabelText('Date du point d’étape'), { target: { value: '2026-11-20' } });
    fireEvent.input(text, { target: { value: 'Réunion avec les agents du samedi.' } });
    fireEvent.click(notes.getByRole('button', { name: 'Ajouter le point d’étape' }));
    await notes.findByText('Réunion avec les agents du samedi.');
    fireEvent.input(text, { target: { value: 'Affiches posées.' } });
    fireEvent.click(notes.getByRole('button', { name: 'Ajouter le point d’étape' }));
    await notes.findByText('Affiches posées.');
    expect(within(notes.getByRole('list')).getAllByRole('listitem').map((li) => li.querySelector('.fiche-followup-text')?.textContent)).toEqual(['Affiches posées.', 'Réunion avec les agents du samedi.']);
    expect((await db().followUps.toArray()).map((f) => [f.on, f.text]).sort()).toEqual([
      ['2026-11-20', 'Réunion avec les agents du samedi.'],
      [TODAY, 'Affiches posées.'],
    ]);
  });
});

describe('a fiche whose séance is anonymised', () => {
  it('shows the plan read-only with why, and refuses a status change through the use case too', async () => {
    const fiche = await seedFiche({ anonymised: true });
    await openFiche(fiche);
    expect(screen.getByText(plain('Cette séance a été anonymisée\u00a0: son plan d’actions est une archive. Vous pouvez le consulter, plus le modifier.'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Passer à/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter le jalon' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter la mesure' })).toBeNull();

    expect(await changeStatus(fiche.action.id, { status: 'en_cours', on: TODAY, reason: '' })).toEqual({ ok: false, refused: 'anonymised' });
    expect(await addMilestone(fiche.action.id, { title: 'Bilan', due: '2027-01-01' })).toEqual({ ok: false, refused: 'anonymised' });
    expect(await stored.steps()).toEqual([]);
    expect(await stored.milestones()).toEqual([]);
  });
});

describe('the use cases check again what the screen checks', () => {
  it('never store a wrong value, nor anything on a fiche or séance that is gone', async () => {
    const fiche = await seedFiche();
    expect(await addMeasure(fiche.indicator.id, 'beaucoup', TODAY)).toEqual({ ok: false, problems: { value: 'notNumber' } });
    expect(await addMeasure(fiche.indicator.id, '', '2030-01-01')).toEqual({ ok: false, problems: { value: 'empty', on: 'dayFuture' } });
    expect(await addMilestone(fiche.action.id, { title: 'Bilan', due: '2027-04-01' })).toEqual({ ok: false, problems: { due: 'afterEnd' } });
    expect(await changeStatus(fiche.action.id, { status: 'abandonnee', on: TODAY, reason: ' ' })).toEqual({ ok: false, problems: 'reasonMissing' });
    expect([await stored.measures(), await stored.milestones(), await stored.steps()]).toEqual([[], [], []]);

    await db().actions.update(fiche.action.id, { deleted: true });
    expect(await changeStatus(fiche.action.id, { status: 'en_cours', on: TODAY, reason: '' })).toEqual({ ok: false, refused: 'ficheGone' });
    await db().actions.update(fiche.action.id, { deleted: false });
    await db().sessions.update(fiche.session.id, { deleted: true });
    expect(await changeStatus(fiche.action.id, { status: 'en_cours', on: TODAY, reason: '' })).toEqual({ ok: false, refused: 'seanceGone' });
    expect(await addMeasure(fiche.indicator.id, '3', TODAY)).toEqual({ ok: false, refused: 'seanceGone' });
    expect([await stored.measures(), await stored.steps()]).toEqual([[], []]);
  });
});
