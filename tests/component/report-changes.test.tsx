// « Ce qui a changé » on screen: reached from the report's versions, no name on it, its return date checked and saved, its export ending Accueil's reminder.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { changesTold } from '../../src/actions/returnDate';
import { updateSession } from '../../src/actions/sessionFields';
import { routeHref } from '../../src/ui/common/routes';
import { followedSeance } from '../reportFixture';
import { db, renderApp, storedSession } from './render';
import { openReport, synthesisBox } from './reportHelpers';
import { captureDownloads, seedRecords } from './transfer-helpers';

const NAMES = ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma', 'Claire Martin', 'Hugo Petit', 'Nadia Roux'];

async function seedFollowed(patch: (s: ReturnType<typeof followedSeance>) => void = () => undefined) {
  const seance = followedSeance();
  patch(seance);
  const { session, names, ...records } = seance;
  await seedRecords({ sessions: [session], ...records });
  return seance;
}

const dateField = () => screen.getByLabelText<HTMLInputElement>('Date de retour aux participants');

describe('Ce qui a changé', () => {
  it('is the report’s third version: its page tells what was said, done and left, naming nobody', async () => {
    const { session } = await seedFollowed();
    await openReport(session.id);
    const tab = screen.getByRole('link', { name: 'Ce qui a changé' });
    expect(tab.getAttribute('href')).toBe(`#/seance/${session.id}/ce-qui-a-change`);
    cleanup();
    await openReport(session.id, 'changes');
    expect(screen.getByRole('heading', { level: 1, name: 'Ce qui a changé' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ce qui a changé' }).getAttribute('aria-current')).toBe('page');
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('heading', { level: 2 }).map((h) => h.textContent).slice(0, 3)).toEqual(['Vous nous aviez dit…', 'Ce que nous avons fait', 'Ce qui reste à faire']);
    expect(main.textContent).toContain('Terminée le 10 janvier 2027');
    expect(main.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain('Attente debout : de 25 min le 23 novembre 2026 à 8 min le 1er février 2027 (objectif : 10 min) — objectif atteint');
    for (const name of NAMES) expect(main.textContent).not.toContain(name);
    expect(main.textContent).not.toMatch(/\bP\d\b/);
    // Its export panel says what it exports, not « le rapport ».
    expect(screen.getByRole('heading', { level: 2, name: /^Exporter «\s*Ce qui a changé\s*»$/ })).toBeTruthy();
    // No tables of verbatims for a page that names nobody.
    expect(screen.queryByRole('button', { name: 'Verbatims pour Excel (.csv)' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Imprimer ou PDF' }).getAttribute('href')).toBe(`#/seance/${session.id}/ce-qui-a-change/imprimer`);
    // The séance's files lead there too.
    cleanup();
    renderApp(routeHref({ name: 'files', id: session.id }));
    fireEvent.click(await screen.findByRole('link', { name: /^Préparer «\s+Ce qui a changé\s+»$/ }));
    await screen.findByRole('heading', { level: 1, name: 'Ce qui a changé' });
  });

  it('the return date: a day before the séance is refused at the field and nothing is stored; a good one is saved; it can be cleared', async () => {
    const { session } = await seedFollowed();
    await openReport(session.id, 'changes');
    expect(dateField().value).toBe('2027-03-12');
    fireEvent.change(dateField(), { target: { value: '2026-11-01' } });
    expect((await screen.findByRole('alert')).textContent!.replace(/[\u00a0\u202f]/g, ' ')).toBe('Le retour ne peut pas précéder la séance du 23 novembre 2026.');
    expect(dateField().getAttribute('aria-invalid')).toBe('true');
    // What was typed stays in view to be corrected; the stored date did not move.
    expect(dateField().value).toBe('2026-11-01');
    expect((await storedSession(session.id))?.returnDate).toBe('2027-03-12');

    fireEvent.change(dateField(), { target: { value: '2027-04-02' } });
    await waitFor(async () => expect((await storedSession(session.id))?.returnDate).toBe('2027-04-02'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(dateField().getAttribute('aria-invalid')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Effacer la date' }));
    await waitFor(async () => expect((await storedSession(session.id))?.returnDate).toBe(''));
    await waitFor(() => expect(dateField().value).toBe(''));
  });

  it('a date stored from elsewhere (the other tablet’s file) shows in the field', async () => {
    const { session } = await seedFollowed();
    await openReport(session.id, 'changes');
    await updateSession(session.id, { returnDate: '2027-05-03' });
    await waitFor(() => expect(dateField().value).toBe('2027-05-03'));
  });

  it('the report’s Prochaines étapes holds the same field, and En bref shows the date', async () => {
    const { session } = await seedFollowed((s) => {
      s.session = { ...s.session, returnDate: '' };
    });
    await openReport(session.id);
    const brief = within(screen.getByRole('region', { name: 'En bref' }));
    expect(brief.getByText('non fixée')).toBeTruthy();
    fireEvent.change(dateField(), { target: { value: '2027-03-12' } });
    await waitFor(async () => expect((await storedSession(session.id))?.returnDate).toBe('2027-03-12'));
    expect(await brief.findByText('vendredi 12 mars 2027')).toBeTruthy();
  });

  it('En bref on the editing screen quotes the secrétaire’s text as it is typed', async () => {
    const { session } = await seedFollowed();
    await openReport(session.id);
    const brief = within(screen.getByRole('region', { name: 'En bref' }));
    expect(brief.getByText('Alice et Bruno ont surtout parlé de l’attente et des horaires.')).toBeTruthy();
    fireEvent.input(synthesisBox('Principaux enseignements'), { target: { value: 'L’attente debout pèse sur les plus âgés.' } });
    expect(await brief.findByText('L’attente debout pèse sur les plus âgés.')).toBeTruthy();
    expect(brief.getByText('Terminée le 10 janvier 2027')).toBeTruthy();
  });

  it('exported for its return date, Accueil stops reminding it', async () => {
    const { session } = await seedFollowed((s) => {
      s.session = { ...s.session, returnDate: '2026-11-27' };
    });
    renderApp('#/');
    const card = within(await screen.findByRole('article', { name: 'Accueil de la mairie' }));
    expect((await card.findByText(/^Retour aux participants le/)).textContent!.replace(/[\u00a0\u202f]/g, ' ')).toBe('Retour aux participants le 27 novembre 2026 : préparez « Ce qui a changé »');
    const link = card.getByRole('link', { name: /^Préparer «\s+Ce qui a changé\s+» pour Accueil de la mairie$/ });
    expect(link.getAttribute('href')).toBe(routeHref({ name: 'changes', id: session.id, print: false }));

    const downloads = captureDownloads();
    cleanup();
    await openReport(session.id, 'changes');
    fireEvent.click(screen.getByRole('button', { name: 'Page web (.html)' }));
    await screen.findByText('Fichier « cercle-2026-11-23-accueil-de-la-mairie-ce-qui-a-change.html » enregistré dans les téléchargements.');
    expect(downloads).toHaveLength(1);
    expect(changesTold()).toEqual({ [session.id]: '2026-11-27' });
    cleanup();
    renderApp('#/');
    await screen.findByRole('article', { name: 'Accueil de la mairie' });
    expect(screen.queryByText(/^Retour aux participants le/)).toBeNull();
    expect(await db().sessions.count()).toBe(1);
  });
});
