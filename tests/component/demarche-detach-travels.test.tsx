// A séance taken out of its démarche on one tablet: the séance's own file carries it to the other, in either order; edited meanwhile on both, the import asks.
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { detachSeance } from '../../src/actions/demarches';
import { buildExport } from '../../src/actions/exportData';
import { applyImport, prepareImport } from '../../src/actions/importFile';
import type { DeviceId, Session, SessionId } from '../../src/domain/types';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { makeDemarche, makeParticipant, makeSession, makeVerbatim, T0 } from '../factories';
import { db, renderApp } from './render';
import { pickFiles, seedRecords } from './transfer-helpers';

const nb = (text: string) => text.replaceAll('« ', '«\u00a0').replaceAll(' »', '\u00a0»');
const demarche = makeDemarche({ title: 'Accueil 2027' });
const S = 's-lyon' as SessionId;

/** Tablet A's séance, in the démarche, with a participant and a verbatim. */
async function seedAttached(over: Partial<Session> = {}) {
  const session = makeSession({ id: S, title: 'Accueil — Lyon', demarcheId: demarche.id, ...over });
  const p = makeParticipant(S, { pseudonym: 'Élise' });
  await seedRecords({ demarches: [demarche], sessions: [session], participants: [p], verbatims: [makeVerbatim(S, { speaker: p.id, text: 'J’attends.' })] });
}

/** Another tablet: a database holding only what the test puts in it. */
const otherTablet = () => Promise.all(db().tables.map((t) => t.clear()));
const demarcheOf = async () => (await db().sessions.get(S))!.demarcheId;

async function importText(text: string) {
  const prepared = await prepareImport(new File([text], 'seance.json', { type: 'application/json' }));
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
  return applyImport(prepared.value, new Map(), '— Autre version —');
}

describe('a séance detached from its démarche, through its own file', () => {
  it('the detachment is in the file (an empty démarche, not a missing field) and reaches the tablet where it is still attached', async () => {
    await seedAttached();
    await detachSeance(S);
    const file = await buildExport({ sessionId: S, role: 'animateur' });
    const record = (JSON.parse(file.text) as { data: { sessions: Record<string, unknown>[] } }).data.sessions[0]!;
    expect(record).toHaveProperty('demarcheId', '');

    await otherTablet();
    await seedAttached();
    expect(await demarcheOf()).toBe(demarche.id);
    await importText(file.text);
    expect(await demarcheOf()).toBe('');
  });

  it('the other order: an older file of the séance, still attached, does not attach it again', async () => {
    await seedAttached();
    const older = await buildExport({ sessionId: S, role: 'animateur' });
    await detachSeance(S);
    await importText(older.text);
    expect(await demarcheOf()).toBe('');
  });

  it('detached on one tablet while retitled on the other: the import asks, and « Aucune démarche (le fichier) » takes the detachment', async () => {
    // Here: retitled (rev 2), never having seen the other tablet's detachment (rev 2 of tab-b); both descend from rev 1.
    await seedAttached({ title: 'Accueil du lundi — Lyon', rev: 2, updatedAt: T0 + 5000, seen: { 'device-test': 2 } });
    const detached = makeSession({ id: S, title: 'Accueil — Lyon', demarcheId: '', rev: 2, updatedAt: T0 + 1000, deviceId: 'tab-b' as DeviceId, seen: { 'device-test': 1, 'tab-b': 2 } });
    const text = serialise(buildEnvelope({ sessions: [detached] }, { appVersion: '0.1.0', exportedAt: T0, deviceId: 'tab-b' as DeviceId }));
    renderApp('#/importer');
    await pickFiles([new File([text], 'cercle-lyon.json', { type: 'application/json' })]);
    const item = await screen.findByRole('listitem', { name: nb('Séance « Accueil — Lyon »') }, { timeout: 5000 });
    // Not « already in another démarche »: here it is in one, there in none.
    expect(screen.getByRole('heading', { name: 'Séances dont la démarche diffère (1)' })).toBeTruthy();
    expect(within(item).getByText('Sur cette tablette, elle est dans la démarche « Accueil 2027 ». Dans le fichier, modifié en même temps, elle n’est dans aucune.')).toBeTruthy();
    expect((within(item).getByRole('radio', { name: nb('« Accueil 2027 » (cette tablette)') }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(item).getByRole('radio', { name: 'Aucune démarche (le fichier)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    // The démarche as chosen; the two titles typed meanwhile both kept, as any text conflict left unanswered.
    expect(await db().sessions.get(S)).toMatchObject({ demarcheId: '', title: 'Accueil du lundi — Lyon / Accueil — Lyon' });
  });
});
