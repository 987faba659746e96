// Accueil reminds the date de retour aux participants from a week before it, on the séance's card, until « Ce qui a changé » is made for it.
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { recordChangesTold } from '../../src/actions/returnDate';
import { renderApp, seedSession } from './render';

const REMINDER = /^Retour aux participants le/;
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('Accueil — retour aux participants', () => {
  it('reminds a return seven days ahead (today is 23 November), with a link to prepare « Ce qui a changé »', async () => {
    const soon = await seedSession({ title: 'Accueil de la mairie', returnDate: '2026-11-30' });
    await seedSession({ title: 'Guichet CAF', returnDate: '2026-12-01' });
    await seedSession({ title: 'Sans date' });
    renderApp('#/');
    const card = within(await screen.findByRole('article', { name: 'Accueil de la mairie' }));
    expect(plain((await card.findByText(REMINDER)).textContent)).toBe('Retour aux participants le 30 novembre 2026 : préparez « Ce qui a changé »');
    expect(card.getByRole('link', { name: /^Préparer «\s+Ce qui a changé\s+» pour Accueil de la mairie$/ }).getAttribute('href')).toBe(`#/seance/${soon}/ce-qui-a-change`);
    // Eight days ahead, or no date: nothing yet.
    expect(within(screen.getByRole('article', { name: 'Guichet CAF' })).queryByText(REMINDER)).toBeNull();
    expect(within(screen.getByRole('article', { name: 'Sans date' })).queryByText(REMINDER)).toBeNull();
    expect(screen.getAllByText(REMINDER)).toHaveLength(1);
  });

  it('keeps reminding after the date until « Ce qui a changé » was made for that date', async () => {
    const id = await seedSession({ title: 'Accueil de la mairie', returnDate: '2026-11-10' });
    await recordChangesTold(id, '2026-11-03');
    renderApp('#/');
    const card = within(await screen.findByRole('article', { name: 'Accueil de la mairie' }));
    // Made for an earlier date: the date moved since, so the return is still to prepare.
    expect(await card.findByText(REMINDER)).toBeTruthy();
    await recordChangesTold(id, '2026-11-10');
    await screen.findByRole('article', { name: 'Accueil de la mairie' });
    await expect.poll(() => card.queryByText(REMINDER)).toBeNull();
  });
});
