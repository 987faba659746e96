// A fiche moved on both tablets: the preview names it with both steps, the chosen status becomes current, both steps stay, nothing asked twice.
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../src/db/connection';
import { currentStatus } from '../../src/domain/plan';
import type { DeviceId, SessionId } from '../../src/domain/types';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { makeActionSheet, makeSession, makeStatusChange, T0 } from '../factories';
import { renderApp } from './render';
import { pickFile, seedRecords } from './transfer-helpers';

const PILOTE = 'device-pilote' as DeviceId;
/** French typography as the catalogue writes it: no-break spaces inside « ». */
const fr = (text: string) => text.replaceAll('« ', '«\u00a0').replaceAll(' »', '\u00a0»');

async function setUp() {
  const session = makeSession({ title: 'Accueil du samedi', status: 'terminee' });
  const sid = session.id as SessionId;
  const action = makeActionSheet(sid, { number: '2', title: 'Ouvrir le samedi matin' });
  const common = makeStatusChange(sid, action.id, { status: 'en_cours', on: '2027-01-10' });
  const here = makeStatusChange(sid, action.id, { status: 'terminee', on: '2027-03-01', createdAt: T0 + 10 });
  const there = makeStatusChange(sid, action.id, { status: 'abandonnee', on: '2027-03-05', reason: 'Budget non voté', deviceId: PILOTE, seen: { [PILOTE]: 1 } });
  await seedRecords({ sessions: [session], actions: [action], statusChanges: [common, here] });
  const file = buildEnvelope({ sessions: [session], actions: [action], statusChanges: [common, there] }, { appVersion: '0.1.0', exportedAt: T0, deviceId: PILOTE });
  return { sid, action, file: () => new File([serialise(file)], 'cercle-pilote.json') };
}

describe('a fiche moved on both tablets', () => {
  it.each([
    { choice: '« Terminée » (cette tablette)', status: 'terminee', steps: 4 },
    { choice: '« Abandonnée » (le fichier)', status: 'abandonnee', steps: 3 },
  ])('shows both steps; « $choice » is current afterwards and both steps stay', async ({ choice, status, steps }) => {
    const { action, file } = await setUp();
    renderApp('#/importer');
    await pickFile(file());
    await screen.findByRole('heading', { name: 'Statut changé des deux côtés (1)' });
    const item = screen.getByRole('listitem', { name: fr('Action n° 2 « Ouvrir le samedi matin »') });
    expect(within(item).getByText('Abandonnée, le 5 mars 2027')).toBeTruthy();
    expect(within(item).getByText('Budget non voté')).toBeTruthy();
    expect(within(item).getByText('Terminée, le 1er mars 2027')).toBeTruthy();
    // Unasked, the more recent step is current.
    expect(within(item).getByRole<HTMLInputElement>('radio', { name: fr('« Abandonnée » (le fichier)') }).checked).toBe(true);

    fireEvent.click(within(item).getByRole('radio', { name: fr(choice) }));
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });

    const stored = await getDb().statusChanges.where('actionId').equals(action.id).toArray();
    expect(currentStatus(stored, action.id)).toBe(status);
    expect(stored.map((s) => s.status).filter((s) => s === 'terminee' || s === 'abandonnee').length).toBeGreaterThanOrEqual(2);
    expect(stored).toHaveLength(steps);

    // The same file again: its step is here now, nothing is asked.
    await pickFile(file());
    await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
    expect(screen.queryByRole('heading', { name: /Statut changé des deux côtés/ })).toBeNull();
  });
});
