// The consolidated report of a démarche on screen, on paper and as files: sections, attributions, the ranking rule, no name anywhere.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RecordSet } from '../../src/domain/recordSet';
import { routeHref } from '../../src/ui/common/routes';
import { CONSOLIDATED_NAMES, consolidatedDemarche } from '../consolidatedFixture';
import { renderApp } from './render';
import { captureDownloads, seedRecords } from './transfer-helpers';

async function seedDemarche() {
  const f = consolidatedDemarche();
  const records: Partial<RecordSet> = { demarches: [f.demarche], themes: f.themes, themeLinks: f.links, sessions: f.seances.map((s) => s.session) };
  for (const s of f.seances) for (const [kind, list] of Object.entries(s)) if (kind !== 'session') (records as Record<string, unknown[]>)[kind] = [...((records as Record<string, unknown[]>)[kind] ?? []), ...(list as unknown[])];
  await seedRecords(records);
  return f;
}

const named = (text: string, name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(text);
const saved = (name: string) => screen.findByText(`Fichier « ${name} » enregistré dans les téléchargements.`, {}, { timeout: 5000 });
const BASE = 'cercle-demarche-accueil-des-usagers-2027';

describe('Rapport consolidé', () => {
  it('shows En bref, the themes per public with quotes « Usager, séance de Lyon », the pistes with their rule, the séances; no name on screen', async () => {
    const { demarche } = await seedDemarche();
    renderApp(routeHref({ name: 'demarche', id: demarche.id, tab: 'rapport', print: false }));
    await screen.findByRole('heading', { level: 2, name: 'En bref' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Rapport consolidé' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'En bref',
      'Le temps d’attente',
      'Les horaires',
      'Regroupements hors thème',
      'Pistes de toutes les séances',
      'Annexe — les séances de la démarche',
      'Exporter le rapport consolidé',
    ]);
    const theme = screen.getByRole('region', { name: 'Le temps d’attente' });
    expect(within(theme).getAllByText('— Usager, séance de Lyon')).toHaveLength(2);
    expect(within(theme).getByText('— Agent, séance de Lyon')).toBeTruthy();
    expect(screen.getByText(/^Les pistes de toutes les séances sont classées ensemble selon leur part des votes/)).toBeTruthy();
    const main = [...document.querySelectorAll('.report-section')].map((el) => el.textContent).join('\n');
    for (const name of CONSOLIDATED_NAMES) expect(named(main, name), `${name} in ${main.slice(Math.max(0, main.search(name) - 80), main.search(name) + 40)}`).toBe(false);
    expect(screen.getByRole('link', { name: 'Imprimer ou PDF' }).getAttribute('href')).toBe(routeHref({ name: 'demarche', id: demarche.id, tab: 'rapport', print: true }));
  });

  it('prints the document alone for A4, its version said, no name', async () => {
    const { demarche } = await seedDemarche();
    renderApp(routeHref({ name: 'demarche', id: demarche.id, tab: 'rapport', print: true }));
    await screen.findByRole('heading', { level: 1, name: 'Rapport consolidé — Accueil des usagers 2027' }, { timeout: 5000 });
    expect(screen.getByText('Rapport consolidé — version anonymisée')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe(`${BASE}-rapport-consolide-anonyme`));
    expect(document.querySelector('header.app-header, .update-banner')).toBeNull();
    const article = document.querySelector('article')!.textContent!;
    expect(article).toContain('Annexe — les séances de la démarche');
    for (const name of CONSOLIDATED_NAMES) expect(named(article, name), name).toBe(false);
  });

  it('exports Markdown and Word named after the démarche, and the .qdpx of every séance with the consolidated themes as codes', async () => {
    const { demarche } = await seedDemarche();
    const downloads = captureDownloads();
    renderApp(routeHref({ name: 'demarche', id: demarche.id, tab: 'rapport', print: false }));
    fireEvent.click(await screen.findByRole('button', { name: 'Texte Markdown (.md)' }, { timeout: 5000 }));
    await saved(`${BASE}-rapport-consolide-anonyme.md`);
    const md = await downloads[0]!.blob.text();
    expect(md).toContain('— Usager, séance de Villeurbanne');
    for (const name of CONSOLIDATED_NAMES) expect(named(md, name), name).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Word (.docx)' }));
    await saved(`${BASE}-rapport-consolide-anonyme.docx`);
    const word = strFromU8(unzipSync(new Uint8Array(await downloads[1]!.blob.arrayBuffer()))['word/document.xml']!);
    expect(word).toContain('Usager, séance de Lyon');
    for (const name of CONSOLIDATED_NAMES) expect(named(word, name), name).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Exporter pour l’analyse (.qdpx)' }));
    await saved(`${BASE}-analyse-anonyme.qdpx`);
    const zip = unzipSync(new Uint8Array(await downloads[2]!.blob.arrayBuffer()));
    const qde = strFromU8(zip['project.qde']!);
    expect(qde).toContain('name="Le temps d’attente"');
    expect(qde).toContain('name="Les horaires"');
    expect(Object.keys(zip).filter((p) => p.startsWith('sources/'))).toHaveLength(3);
    // P1, P2… are the analysis file's own labels, séance by séance; no name, not even one heard in another séance.
    for (const name of CONSOLIDATED_NAMES.filter((n) => !/^P\d/.test(n))) expect(named(qde, name), `${name} in ${qde.slice(Math.max(0, qde.search(name) - 200), qde.search(name) + 40)}`).toBe(false);
  });
});
