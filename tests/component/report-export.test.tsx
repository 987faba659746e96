// "Exporter le rapport": each format for the version on screen, with the file name and type a person and Excel expect.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { synthesisId } from '../../src/domain/synthesis';
import { buildReportFile } from '../../src/actions/reportExport';
import { db, t } from './render';
import { openReport, seedReport, synthesisBox } from './reportHelpers';
import { captureDownloads } from './transfer-helpers';

const DAY_TITLE = 'cercle-2026-11-23-accueil-de-la-mairie';
const NAMES = ['Alice', 'Bruno', 'Chloé', 'Driss', 'Claire Martin', 'Hugo Petit', 'Nadia Roux'];
const saved = (name: string) => screen.findByText(`Fichier « ${name} » enregistré dans les téléchargements.`);

describe('Exporter le rapport', () => {
  it('Word: loads the Word renderer on demand and offers a .docx named after the séance', async () => {
    const { session } = await seedReport();
    const downloads = captureDownloads();
    await openReport(session.id);
    fireEvent.click(screen.getByRole('button', { name: 'Word (.docx)' }));
    // The Word library is a chunk of its own: the button says so while it loads and renders.
    await screen.findByRole('button', { name: 'Préparation du document Word…' });
    await saved(`${DAY_TITLE}-rapport.docx`);
    expect(downloads.map((d) => [d.name, d.blob.type])).toEqual([[`${DAY_TITLE}-rapport.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']]);
    // A .docx is a zip archive.
    const head = new Uint8Array(await downloads[0]!.blob.slice(0, 2).arrayBuffer());
    expect(String.fromCharCode(...head)).toBe('PK');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Word (.docx)' }).disabled).toBe(false);
  });

  it('Markdown carries the text typed a moment ago, though the screen did not rebuild the report for it', async () => {
    const { session } = await seedReport();
    const downloads = captureDownloads();
    await openReport(session.id);
    fireEvent.input(synthesisBox('Prochaines étapes'), { target: { value: 'Présenter le plan en réunion le 7 décembre, puis écrire aux participants.' } });
    await waitFor(async () => expect((await db().syntheses.get(synthesisId(session.id, 'nextSteps')))?.text).toMatch(/écrire aux participants/));
    fireEvent.click(screen.getByRole('button', { name: 'Texte Markdown (.md)' }));
    await saved(`${DAY_TITLE}-rapport.md`);
    const md = await downloads[0]!.blob.text();
    expect(downloads[0]!.blob.type).toBe('text/markdown;charset=utf-8');
    expect(md).toContain('Présenter le plan en réunion le 7 décembre, puis écrire aux participants.');
    expect(md).toContain('Claire Martin');
  });

  it('anonymised, the verbatims for Excel name nobody and the file says it is anonymous', async () => {
    const { session } = await seedReport();
    const downloads = captureDownloads();
    await openReport(session.id, 'equipe', true);
    expect(screen.getByText('Les fichiers reprennent la version anonymisée : P1, P2… à la place des noms.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Verbatims pour Excel (.csv)' }));
    await saved(`${DAY_TITLE}-verbatims-anonyme.csv`);
    expect(downloads[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const csv = await downloads[0]!.blob.text();
    expect(csv).toContain('P1');
    for (const name of NAMES) expect(csv, name).not.toContain(name);

    fireEvent.click(screen.getByRole('button', { name: 'Post-its pour Excel (.csv)' }));
    await saved(`${DAY_TITLE}-post-its-anonyme.csv`);
    expect((await downloads[1]!.blob.text()).split('\r\n').length).toBeGreaterThan(7);
  });

  it('the restitution as a web page: its own name, no name of anyone inside', async () => {
    const { session } = await seedReport();
    const downloads = captureDownloads();
    await openReport(session.id, 'participants');
    fireEvent.click(screen.getByRole('button', { name: 'Page web (.html)' }));
    await saved(`${DAY_TITLE}-restitution.html`);
    const html = await downloads[0]!.blob.text();
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Élargir les horaires');
    for (const name of NAMES) expect(html, name).not.toContain(name);
    // No table of verbatims for participants: their P-numbers would tell who said what.
    expect(screen.queryByRole('button', { name: 'Verbatims pour Excel (.csv)' })).toBeNull();
    expect(await buildReportFile(session.id, 'verbatims', { audience: 'participants', anonymised: true }, t, 'fr-FR')).toBeNull();
  });
});
