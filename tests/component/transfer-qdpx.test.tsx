// « Export pour logiciel d’analyse »: the Fichiers screen makes a .qdpx (REFI-QDA) of the séance, anonymised, saved like every export.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { SessionId } from '../../src/domain/types';
import { foldName } from '../../src/format/wordReplace';
import { routeHref } from '../../src/ui/common/routes';
import { hasXmllint, schemaPath, unzipText, xmllint } from '../qdpxHelpers';
import { renderApp } from './render';
import { captureDownloads, dumpDb, fixtureRecords, seedRecords } from './transfer-helpers';

const BUTTON = 'Exporter pour l’analyse (.qdpx)';
const NAME = 'cercle-2026-11-23-accueil-des-usagers-au-guichet-unique-analyse-anonyme.qdpx';

describe('Export pour logiciel d’analyse (REFI-QDA, .qdpx)', () => {
  it('downloads a .qdpx holding the séance’s verbatims as a text source, with no participant’s name, and changes nothing stored', async () => {
    const data = fixtureRecords();
    await seedRecords(data);
    const sid = data.sessions[0]!.id as SessionId;
    const before = await dumpDb();
    const downloads = captureDownloads();
    renderApp(routeHref({ name: 'files', id: sid }));

    await screen.findByRole('heading', { name: 'Export pour logiciel d’analyse (REFI-QDA, .qdpx)' });
    expect(screen.getByText(/^Pour NVivo, ATLAS\.ti, MAXQDA ou QualCoder/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: BUTTON }));
    await screen.findByText(`Fichier « ${NAME} » enregistré dans les téléchargements.`);
    expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([[NAME, 'application/zip']]);

    const files = unzipText(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    const [source, ...more] = Object.keys(files).filter((f) => f.startsWith('sources/'));
    expect(more).toEqual([]);
    const qde = files['project.qde']!;
    expect(qde).toContain(`plainTextPath="internal://${source!.slice('sources/'.length)}"`);
    // Every live verbatim is in the text and selected once.
    const said = data.verbatims.filter((v) => !v.deleted);
    expect(qde.match(/<PlainTextSelection /g)!.length).toBeGreaterThanOrEqual(said.length);
    expect(files[source!]).toContain('Rires — tout le monde connaît la file du lundi mat');

    const everything = foldName(Object.values(files).join('\n'));
    for (const pseudonym of data.participants.map((p) => p.pseudonym)) {
      expect(everything, pseudonym).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}_])${foldName(pseudonym)}(?![\\p{L}\\p{N}_])`, 'u'));
    }
    for (const name of ['Claire Morel', 'Hugo Lefèvre', 'Nadia Benali']) expect(everything).not.toContain(foldName(name));
    if (hasXmllint()) xmllint(qde, schemaPath());
    expect(await dumpDb()).toEqual(before);
  });

  it('says so in French when the file cannot be made', async () => {
    const data = fixtureRecords();
    await seedRecords(data);
    captureDownloads();
    const queries = await import('../../src/db/reportReads');
    vi.spyOn(queries, 'reportInputOf').mockRejectedValue(new Error('disk'));
    renderApp(routeHref({ name: 'files', id: data.sessions[0]!.id as SessionId }));
    fireEvent.click(await screen.findByRole('button', { name: BUTTON }));
    await waitFor(() => expect(screen.getByText(/Le fichier n’a pas pu être créé/)).toBeTruthy());
  });
});
