// A fiche action in the report: its fin prévue never before its démarrage (said at the field, kept, not stored), and its way to the fiche de suivi.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../src/domain/types';
import { db } from './render';
import { openReport, seedReport } from './reportHelpers';

const NAME = 'Fiche action n°\u00a02 — Ouvrir le samedi de 9 h à 12 h';
const storedSheet = async (id: SessionId) => (await db().actions.where('sessionId').equals(id).toArray()).find((a) => a.number === '2')!;
const messageOf = (field: HTMLElement) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

describe('a fiche’s démarrage and fin prévue in the report', () => {
  it('refuses a fin prévue before the démarrage at the field, keeps it typed, stores it once the démarrage is corrected', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const sheet = within(screen.getByRole('listitem', { name: NAME }));
    const start = sheet.getByLabelText<HTMLInputElement>('Démarrage de l’action');
    const end = sheet.getByLabelText<HTMLInputElement>('Fin prévue de l’action');
    fireEvent.input(start, { target: { value: '2027-01-09' } });
    await waitFor(async () => expect((await storedSheet(session.id)).start).toBe('2027-01-09'));

    // The form checks against the démarrage it shows, which follows the stored one a moment later; typed before
    // that, the wrong fin prévue still reaches the use case, which refuses it too.
    await waitFor(() => {
      fireEvent.input(end, { target: { value: '2027-01-01' } });
      expect(end.getAttribute('aria-invalid')).toBe('true');
    });
    expect(messageOf(end)).toContain('La fin prévue ne peut pas précéder le démarrage, le 9 janvier 2027.');
    expect(end.value).toBe('2027-01-01');
    // Nothing wrong stored: the fin prévue is still the one written before.
    expect((await storedSheet(session.id)).plannedEnd).toBe('2027-03-31');

    fireEvent.input(start, { target: { value: '2026-12-01' } });
    await waitFor(async () => expect([(await storedSheet(session.id)).start, (await storedSheet(session.id)).plannedEnd]).toEqual(['2026-12-01', '2027-01-01']));
    expect(end.getAttribute('aria-invalid')).toBeNull();
    expect(end.value).toBe('2027-01-01');
  });

  it('refuses a démarrage after the fin prévue at its field', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const start = within(screen.getByRole('listitem', { name: NAME })).getByLabelText<HTMLInputElement>('Démarrage de l’action');
    fireEvent.input(start, { target: { value: '2027-04-01' } });
    expect(messageOf(start)).toContain('Le démarrage ne peut pas être après la fin prévue, le 31 mars 2027.');
    expect(start.value).toBe('2027-04-01');
    expect((await storedSheet(session.id)).start).toBe('');
  });

  it('each fiche leads to its fiche de suivi', async () => {
    const { session } = await seedReport();
    await openReport(session.id);
    const link = within(screen.getByRole('listitem', { name: NAME })).getByRole('link', { name: `Suivre l’action — ${NAME}` });
    const sheet = await storedSheet(session.id);
    expect(link.getAttribute('href')).toBe(`#/seance/${session.id}/action/${sheet.id}`);
    fireEvent.click(link);
    window.location.hash = link.getAttribute('href')!;
    await screen.findByRole('heading', { level: 1, name: NAME });
    expect(screen.getByRole('region', { name: 'Statut' })).toBeTruthy();
  });
});
