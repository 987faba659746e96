// Export: the séance's file (every kind, tombstones included) is one readExport accepts; shared or downloaded; anonymised has no name.
import { FORMAT_VERSION } from '../../src/format/envelope';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KINDS, type SessionId } from '../../src/domain/types';
import { readExport } from '../../src/format/read';
import { foldName } from '../../src/format/wordReplace';
import { routeHref } from '../../src/ui/common/routes';
import { exportStamp } from '../../src/format/fileName';
import { makeVerbatim, oneOfEachKind, T0, TEST_DEVICE } from '../factories';

/** The component tests' clock stands still at T0: every file is stamped with it. */
const STAMP = exportStamp(T0);
import { renderApp } from './render';
import { captureDownloads, dumpDb, fixtureRecords, seedRecords } from './transfer-helpers';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

async function seedEveryKind() {
  const one = oneOfEachKind();
  const sid = one.sessions.id;
  const deleted = makeVerbatim(sid, { text: 'Retiré par la secrétaire', deleted: true, rev: 2 });
  await seedRecords({ ...Object.fromEntries(KINDS.map((k) => [k, [one[k]]])), verbatims: [one.verbatims, deleted] });
  return { sid, one, deleted };
}

describe('Exporter la séance', () => {
  it('downloads a file readExport accepts, holding every kind of the séance and its démarche’s record, the tombstone too, with this tablet’s id and version', async () => {
    const { sid, one, deleted } = await seedEveryKind();
    // Another séance's records must stay out of this séance's file.
    const other = oneOfEachKind();
    await seedRecords({ sessions: [other.sessions], verbatims: [other.verbatims] });
    const downloads = captureDownloads();
    renderApp(routeHref({ name: 'files', id: sid }), { role: 'secretaire' });

    fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
    const name = `cercle-2026-11-23-accueil-de-la-mairie-secretaire-${STAMP}.json`;
    await screen.findByText(`Fichier « ${name} » enregistré dans les téléchargements.`);
    expect(downloads.map((d) => d.name)).toEqual([name]);

    const result = readExport(await downloads[0]!.blob.text());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { envelope } = result;
    expect(envelope).toMatchObject({ format: 'cercle', formatVersion: FORMAT_VERSION, appVersion: pkg.version, deviceId: TEST_DEVICE, anonymised: false, exportedAt: new Date(T0).toISOString() });
    for (const kind of KINDS) {
      // The séance's démarche travels with it (its title), not the démarche's themes and links.
      const expected = kind === 'verbatims' ? [one.verbatims, deleted] : kind === 'themes' || kind === 'themeLinks' ? [] : [one[kind]];
      expect(envelope.data[kind].map((r) => r.id).sort(), kind).toEqual(expected.map((r) => r.id).sort());
    }
    expect(envelope.data.verbatims.find((v) => v.id === deleted.id)).toEqual(deleted);
    expect(envelope.data.participants[0]).toEqual(one.participants);
  });

  it('goes through the share sheet where the browser can share files', async () => {
    const { sid } = await seedEveryKind();
    const shared: File[] = [];
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: ShareData) => !!data.files?.length });
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(...(data.files ?? [])) });
    try {
      renderApp(routeHref({ name: 'files', id: sid }));
      fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
      await screen.findByText(`Fichier « cercle-2026-11-23-accueil-de-la-mairie-animateur-${STAMP}.json » partagé.`);
      expect(shared.map((f) => f.name)).toEqual([`cercle-2026-11-23-accueil-de-la-mairie-animateur-${STAMP}.json`]);
      expect(readExport(await shared[0]!.text()).ok).toBe(true);

      // Closing the share sheet is not a failure, and nothing is downloaded behind the person's back.
      Object.defineProperty(navigator, 'share', { configurable: true, value: () => Promise.reject(new DOMException('closed', 'AbortError')) });
      const downloads = captureDownloads();
      fireEvent.click(screen.getByRole('button', { name: 'Exporter la séance' }));
      await screen.findByText('Partage annulé : aucun fichier envoyé.');
      expect(downloads).toEqual([]);
    } finally {
      delete (navigator as { canShare?: unknown }).canShare;
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('"Exporter tout" (Paramètres) puts every séance in one file and changes nothing stored', async () => {
    await seedEveryKind();
    const second = oneOfEachKind();
    await seedRecords({ sessions: [second.sessions], participants: [second.participants] });
    const before = await dumpDb();
    const downloads = captureDownloads();
    renderApp('#/parametres');
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter tout' }));
    await screen.findByText(`Fichier « cercle-2026-11-23-tout-animateur-${STAMP}.json » enregistré dans les téléchargements.`);
    const result = readExport(await downloads[0]!.blob.text());
    if (!result.ok) throw new Error('unreadable');
    expect(result.envelope.data.sessions).toHaveLength(2);
    expect(result.envelope.data.participants).toHaveLength(2);
    expect(await dumpDb()).toEqual(before);
  });
});

describe('Exporter anonymisé', () => {
  it('keeps no pseudonym, role name or consent wording anywhere in the file, and says it is anonymised', async () => {
    const data = fixtureRecords();
    await seedRecords(data);
    const sid = data.sessions[0]!.id as SessionId;
    const downloads = captureDownloads();
    renderApp(routeHref({ name: 'files', id: sid }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter anonymisé' }));
    const name = `cercle-2026-11-23-accueil-des-usagers-au-guichet-unique-animateur-anonymise-${STAMP}.json`;
    await screen.findByText(`Fichier « ${name} » enregistré dans les téléchargements.`);
    const text = await downloads[0]!.blob.text();

    const folded = foldName(text);
    for (const pseudonym of data.participants.map((p) => p.pseudonym)) {
      expect(folded, pseudonym).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}_])${foldName(pseudonym)}(?![\\p{L}\\p{N}_])`, 'u'));
    }
    for (const name of ['Claire Morel', 'Hugo Lefèvre', 'Nadia Benali', 'J\'accepte de participer']) expect(text).not.toContain(name);
    const result = readExport(text);
    if (!result.ok) throw new Error('unreadable');
    expect(result.envelope.anonymised).toBe(true);
    expect(result.envelope.data.participants.filter((p) => !p.deleted).map((p) => p.pseudonym).sort()).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(text).toContain('Comme P1, je trouve');
  });
});

describe('export failure', () => {
  it('says so in French when the file cannot be made', async () => {
    const { sid } = await seedEveryKind();
    captureDownloads();
    const transfer = await import('../../src/db/transfer');
    vi.spyOn(transfer, 'recordsOfSeance').mockRejectedValue(new Error('disk'));
    renderApp(routeHref({ name: 'files', id: sid }));
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter la séance' }));
    await waitFor(() => expect(screen.getByText(/Le fichier n’a pas pu être créé/)).toBeTruthy());
  });
});
