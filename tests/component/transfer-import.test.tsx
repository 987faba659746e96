// Import: the v1 fixture's preview (French counts per kind), applied in one go, twice = once, any order = same database.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from '../../src/actions/importFile';
import { openDatabase, setDeviceId } from '../../src/db/connection';
import { lamportClock } from '../../src/db/write';
import { KINDS, type DeviceId, type SessionId } from '../../src/domain/types';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { makeParticipant, makeVerbatim, TEST_DEVICE } from '../factories';
import type { Preview } from '../../src/format/merge';
import { CountsTable } from '../../src/ui/transfer/CountsTable';
import { renderApp } from './render';
import { dumpDb, fixtureFile, fixtureRecords, pickFile, spaced } from './transfer-helpers';

const TITLE = 'Accueil des usagers au guichet unique';

/** The preview table's figures, row by row, as a person reads them. */
function tableRows(): Record<string, string[]> {
  const table = screen.getByRole('table', { name: 'Détail par type d’élément' });
  const rows = within(table).getAllByRole('row').slice(1);
  return Object.fromEntries(rows.map((r) => [within(r).getByRole('rowheader').textContent, within(r).getAllByRole('cell').map((c) => c.textContent ?? '')]));
}

function tableHeaders(): string[] {
  const table = screen.getByRole('table', { name: 'Détail par type d’élément' });
  return within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
}

async function importThroughScreen(file: File) {
  await pickFile(file);
  await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
}

describe('Importer un fichier — the v1 fixture', () => {
  it('shows the preview with the right counts per kind in French, then applies it all: the séance appears on Accueil', async () => {
    renderApp('#/importer');
    await screen.findByRole('heading', { level: 1, name: 'Importer un fichier' });
    await importThroughScreen(fixtureFile());

    expect(screen.getByText(`Séance « ${TITLE} » : nouvelle sur cette tablette, elle sera ajoutée.`)).toBeTruthy();
    expect(screen.getByText(/^Fichier « cercle-2026-11-23-accueil-des-usagers-secretaire\.json », créé le 23 novembre 2026 à \d{2}:30:00\.$/)).toBeTruthy();
    // A fresh tablet: only « Nouveaux ». Tombstones of records never seen here are stored but counted nowhere.
    expect(tableHeaders()).toEqual(['Élément', 'Nouveaux']);
    expect(tableRows()).toEqual({
      Séances: ['1'],
      Participants: ['6'],
      'Phases du guide': ['5'],
      'Prises de parole': ['10'],
      Verbatims: ['9'],
      'Post-its': ['6'],
      Regroupements: ['2'],
      'Pistes d’amélioration': ['2'],
      Votes: ['6'],
      'Fiches action': ['1'],
    });
    expect(screen.queryByRole('heading', { name: /Modifié des deux côtés/ })).toBeNull();
    // Nothing is written before "Importer".
    expect((await dumpDb()).sessions).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    const data = fixtureRecords();
    const dump = await dumpDb();
    for (const kind of KINDS) expect(dump[kind], kind).toEqual([...data[kind]].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await lamportClock()).toBe(70);

    fireEvent.click(screen.getByRole('link', { name: spaced(`Ouvrir « ${TITLE} »`) }));
    await screen.findByRole('heading', { level: 1, name: TITLE });
    window.location.hash = '#/';
    await screen.findByRole('article', { name: TITLE });
  });

  it('imported twice changes nothing the second time: "Rien de nouveau", and the whole database is identical', async () => {
    renderApp('#/importer');
    await importThroughScreen(fixtureFile());
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    const once = await dumpDb();

    await importThroughScreen(fixtureFile());
    // Nothing to do, and the screen says so: no « sera complétée », no « Importer », « Fermer » leads back to Accueil.
    expect(screen.getByText(`Séance « ${TITLE} » : déjà sur cette tablette, et à jour.`)).toBeTruthy();
    expect(screen.getByText('Rien de nouveau : cette tablette a déjà tout ce que contient ce fichier. Il n’y a rien à importer.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Importer' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    const close = screen.getByRole('button', { name: 'Fermer' });
    expect(close.className).toContain('btn-primary');
    fireEvent.click(close);
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    expect(await dumpDb()).toEqual(once);
  });

  it('a file dropped on the window opens the preview', async () => {
    renderApp('#/');
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    fireEvent.drop(document.body, { dataTransfer: { types: ['Files'], files: [fixtureFile()] } });
    await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
    expect(window.location.hash).toBe('#/importer');
  });

  it('a .json opened with Cercle from the system (launch queue) opens the preview', async () => {
    let consumer: ((params: { files: { getFile(): Promise<File> }[] }) => void) | null = null;
    Object.defineProperty(window, 'launchQueue', { configurable: true, value: { setConsumer: (c: typeof consumer) => (consumer = c) } });
    try {
      renderApp('#/');
      await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
      await waitFor(() => expect(consumer).not.toBeNull());
      consumer!({ files: [{ getFile: async () => fixtureFile() }] });
      await screen.findByRole('heading', { name: 'Ce que le fichier apporte' });
    } finally {
      delete (window as { launchQueue?: unknown }).launchQueue;
    }
  });
});

describe('files in any order', () => {
  /** Two tablets' files about the same séance: each added its own records and revised the session. */
  function twoFiles() {
    const data = fixtureRecords();
    const session = data.sessions[0]!;
    const sid = session.id as SessionId;
    const a = 'device-a' as DeviceId;
    const b = 'device-b' as DeviceId;
    const retracted = { ...data.verbatims[0]!, deleted: true, rev: 71, deviceId: a, seen: { ...data.verbatims[0]!.seen, [a]: 71 } };
    // A: the séance as the fixture has it, one quote added and one withdrawn.
    const fileA = buildEnvelope(
      { ...data, verbatims: [retracted, ...data.verbatims.slice(1), makeVerbatim(sid, { id: 'va' as never, rev: 71, deviceId: a, seen: { [a]: 71 } })] },
      { appVersion: '0.1.0', exportedAt: 1, deviceId: a },
    );
    // B: the theme renamed after seeing the fixture, and a participant added.
    const fileB = buildEnvelope(
      { sessions: [{ ...session, theme: 'Délais', rev: 72, deviceId: b, seen: { ...session.seen, [b]: 72 } }], participants: [makeParticipant(sid, { id: 'pb' as never, pseudonym: 'Zoé', rev: 72, deviceId: b, seen: { [b]: 72 }, seat: 9 })] },
      { appVersion: '0.1.0', exportedAt: 2, deviceId: b },
    );
    return [new File([serialise(fileA)], 'a.json'), new File([serialise(fileB)], 'b.json')] as const;
  }

  async function importAll(files: readonly File[]) {
    for (const file of files) {
      const prepared = await prepareImport(file);
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
      await applyImport(prepared.value, new Map(), '— Autre version —');
    }
    return dumpDb();
  }

  it('A then B, B then A, and A, B, A again give the same database', async () => {
    const [a, b] = twoFiles();
    const ab = await importAll([a, b]);
    await openDatabase(`cercle-order-${Math.random()}`);
    setDeviceId(TEST_DEVICE);
    const ba = await importAll([b, a]);
    await openDatabase(`cercle-order-${Math.random()}`);
    setDeviceId(TEST_DEVICE);
    const aba = await importAll([a, b, a, b]);
    expect(ba).toEqual(ab);
    expect(aba).toEqual(ab);
    expect((ab.sessions![0] as { theme: string }).theme).toBe('Délais');
    expect(ab.meta).toEqual([{ key: 'clock', value: 72 }]);
    expect(ab.verbatims!.filter((v) => (v as { deleted: boolean }).deleted)).toHaveLength(2);
    expect(ab.participants!.some((p) => (p as { pseudonym: string }).pseudonym === 'Zoé')).toBe(true);
  });

});

describe('the counts table', () => {
  it('writes large counts the French way (« 5 000 ») and shows only the columns that hold something', () => {
    const preview = Object.fromEntries(KINDS.map((k) => [k, { new: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: [] }])) as unknown as Preview;
    preview.verbatims.new = 5000;
    preview.turns.new = 2000;
    preview.turns.deleted = 12;
    render(<CountsTable preview={preview} caption="Détail par type d’élément" />);
    expect(tableHeaders()).toEqual(['Élément', 'Nouveaux', 'Supprimés']);
    expect(tableRows()).toEqual({ 'Prises de parole': ['2\u202f000', '12'], Verbatims: ['5\u202f000', '0'] });
  });
});
