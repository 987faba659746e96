// Several files at once: one preview summing each file up, a refused file named with its reason without blocking the others, one transaction.
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../src/db/connection';
import type { DeviceId } from '../../src/domain/types';
import { buildEnvelope, serialise } from '../../src/format/envelope';
import { makeParticipant, makeSession, makeVerbatim, T0 } from '../factories';
import { renderApp } from './render';
import { dumpDb, pickFiles } from './transfer-helpers';

const nb = (text: string) => text.replaceAll('« ', '«\u00a0').replaceAll(' »', '\u00a0»').replaceAll(' :', '\u00a0:');

/** A site's file: one séance with a participant and two verbatims, exported by that site's tablet. */
function siteFile(place: string, device: string) {
  // Anonymised as Cercle exports it for a team outside the site: the séance says so too.
  const session = makeSession({ title: `Accueil — ${place}`, place, status: 'terminee', anonymised: true });
  const p = makeParticipant(session.id, { pseudonym: 'P1' });
  const verbatims = [makeVerbatim(session.id, { speaker: p.id, text: `À ${place}, on attend longtemps.` }), makeVerbatim(session.id, { speaker: p.id, text: 'Le site est clair.' })];
  const envelope = buildEnvelope({ sessions: [session], participants: [p], verbatims }, { appVersion: '0.1.0', exportedAt: T0, deviceId: device as DeviceId, anonymised: true });
  return { session, file: new File([serialise(envelope)], `cercle-${place.toLowerCase()}.json`, { type: 'application/json' }) };
}

describe('importing several files at once', () => {
  it('previews each file, names the refused one with its reason, and imports the others in one go', async () => {
    const lyon = siteFile('Lyon', 'tab-lyon');
    const brest = siteFile('Brest', 'tab-brest');
    const broken = new File(['{"format":"cercle","formatVersion":4,'], 'cercle-coupe.json', { type: 'application/json' });
    renderApp('#/importer');
    await pickFiles([lyon.file, broken, brest.file]);

    await screen.findByRole('heading', { level: 2, name: 'Ce que les 3 fichiers apportent' });
    const refused = screen.getByRole('alert');
    expect(refused.textContent).toContain(nb('1 fichier ne sera pas importé :'));
    expect(refused.textContent).toContain(nb('« cercle-coupe.json » :'));
    expect(refused.textContent).toContain('pas un fichier Cercle complet');
    expect(refused.textContent).toContain('Les autres fichiers peuvent être importés quand même.');
    for (const name of ['cercle-lyon.json', 'cercle-brest.json']) {
      const section = screen.getByRole('region', { name });
      expect(within(section).getByRole('table')).toBeTruthy();
    }
    expect(within(screen.getByRole('region', { name: 'cercle-lyon.json' })).getByText('Séance « Accueil — Lyon » : nouvelle sur cette tablette', { exact: false })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Importer les 2 fichiers' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    const sessions = await getDb().sessions.toArray();
    expect(sessions.map((s) => s.title).sort()).toEqual(['Accueil — Brest', 'Accueil — Lyon']);
    expect(await getDb().verbatims.count()).toBe(4);
    expect(screen.getByRole('link', { name: /Accueil — Lyon/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Accueil — Brest/ })).toBeTruthy();
  });

  it('every file refused: each is named with its reason, and the tablet does not change', async () => {
    const before = await dumpDb();
    renderApp('#/importer');
    await pickFiles([new File([''], 'vide.json'), new File(['{"type":"FeatureCollection"}'], 'carte.json')]);
    await screen.findByRole('heading', { level: 2, name: 'Ce que les 2 fichiers apportent' });
    const refused = screen.getByRole('alert');
    expect(refused.textContent).toContain(nb('2 fichiers ne seront pas importés :'));
    expect(refused.textContent).toContain(nb('« vide.json » :'));
    expect(refused.textContent).toContain(nb('« carte.json » :'));
    expect(refused.textContent).toContain('n’a pas été créé par Cercle');
    expect(screen.queryByRole('button', { name: /Importer/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    await screen.findByRole('heading', { level: 1, name: 'Vos séances' });
    expect(await dumpDb()).toEqual(before);
  });

  it('two files about the same séance: the second shows only what the first did not bring', async () => {
    const lyon = siteFile('Lyon', 'tab-lyon');
    const again = new File([await lyon.file.text()], 'cercle-lyon-copie.json', { type: 'application/json' });
    renderApp('#/importer');
    await pickFiles([lyon.file, again]);
    await screen.findByRole('heading', { level: 2, name: 'Ce que les 2 fichiers apportent' });
    const second = screen.getByRole('region', { name: 'cercle-lyon-copie.json' });
    expect(within(second).getByText('Rien de nouveau dans ce fichier', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Importer les 2 fichiers' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(await getDb().verbatims.count()).toBe(2);
  });

  it('an anonymised file of a séance held here anonymised is imported (a site sends an update); held with names, it is refused', async () => {
    const lyon = siteFile('Lyon', 'tab-lyon');
    renderApp('#/importer');
    await pickFiles([lyon.file]);
    fireEvent.click(await screen.findByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    // The site's update: one more verbatim.
    const text = (await lyon.file.text()).replace('"verbatims": [', `"verbatims": [${JSON.stringify(makeVerbatim(lyon.session.id, { text: 'Ajouté après coup.' }))},`);
    await pickFiles([new File([text], 'cercle-lyon-2.json')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Importer' }));
    await screen.findByRole('heading', { name: 'Import terminé' });
    expect(await getDb().verbatims.count()).toBe(3);

    await getDb().sessions.update(lyon.session.id, { anonymised: false });
    await pickFiles([new File([text], 'cercle-lyon-3.json')]);
    await screen.findByRole('heading', { name: 'Ce fichier n’a pas été importé' });
  });
});
