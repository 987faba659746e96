// « Supprimer la démarche »: asked first (its séances stay, detached, and it says so), tombstones that travel, undone from the toast; an older file does not bring it back.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildDemarcheExport, buildExport } from '../../src/actions/exportData';
import type { RecordSet } from '../../src/domain/recordSet';
import { applyImport, prepareImport } from '../../src/actions/importFile';
import { deleteDemarche } from '../../src/actions/demarches';
import { makeTheme, makeThemeLink, TEST_DEVICE } from '../factories';
import { importAll, twoSeances } from './demarcheHelpers';
import { db, renderApp, toasts } from './render';
import { dumpDb } from './transfer-helpers';

/** French typography as the catalogue writes it: a no-break space inside « » and before ?. */
const q = (s: string) => s.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ \?/g, '\u00a0?');

/** The démarche of two séances, one theme holding a regroupement, and a theme deleted before (it must stay deleted). */
async function seed() {
  const f = twoSeances();
  const theme = makeTheme(f.demarche.id, { title: 'Le temps d’attente' });
  const gone = makeTheme(f.demarche.id, { title: 'Supprimé avant', deleted: true, rev: 2, seen: { [TEST_DEVICE]: 2 } });
  const link = makeThemeLink(f.demarche.id, f.groups.guichet, theme.id);
  await importAll({ ...f.set, themes: [theme, gone], themeLinks: [link] });
  return { ...f, theme, gone, link };
}

describe('« Supprimer la démarche »', () => {
  it('asks first, saying its séances stay detached; « Annuler » in the dialog changes nothing', async () => {
    const { demarche } = await seed();
    const before = await dumpDb();
    renderApp(`#/demarche/${demarche.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer la démarche' }, { timeout: 5000 }));
    const dialog = within(screen.getByRole('alertdialog', { name: q('Supprimer la démarche « Accueil 2027 » ?') }));
    expect(dialog.getByText('Elle disparaîtra de la liste des démarches, avec ses thèmes. Vous pourrez encore annuler juste après.')).toBeTruthy();
    expect(dialog.getByText('Les 2 séances restent, détachées de la démarche.')).toBeTruthy();
    // Focus on the safe choice, as every confirmation of the app.
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Annuler' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await dumpDb()).toEqual(before);
  });

  it('confirmed: tombstones for the démarche, its themes and links, its séances detached and whole; the toast’s « Annuler » puts back exactly that', async () => {
    const { demarche, lyon, orleans, theme, gone, link } = await seed();
    const revs = { demarche: (await db().demarches.get(demarche.id))!.rev, lyon: (await db().sessions.get(lyon.id))!.rev };
    renderApp(`#/demarche/${demarche.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer la démarche' }, { timeout: 5000 }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Supprimer la démarche' }));

    await waitFor(() => expect(window.location.hash).toBe('#/demarches'));
    expect(toasts().getByText(/^Démarche «\s?Accueil 2027\s?» supprimée\.$/)).toBeTruthy();
    const d = (await db().demarches.get(demarche.id))!;
    expect(d).toMatchObject({ deleted: true, title: 'Accueil 2027' });
    expect(d.rev).toBeGreaterThan(revs.demarche);
    expect((await db().themes.get(theme.id))!.deleted).toBe(true);
    expect((await db().themeLinks.get(link.id))!.deleted).toBe(true);
    const seances = await db().sessions.bulkGet([lyon.id, orleans.id]);
    expect(seances.map((s) => [s!.demarcheId, s!.deleted])).toEqual([
      ['', false],
      ['', false],
    ]);
    expect(seances[0]!.rev).toBeGreaterThan(revs.lyon);
    // Nothing of the séances themselves goes: their regroupements and post-its are all there.
    expect(await db().groups.count()).toBe(3);
    expect((await db().cards.toArray()).filter((c) => !c.deleted)).toHaveLength(3);

    fireEvent.click(toasts().getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await db().demarches.get(demarche.id))!.deleted).toBe(false));
    expect((await db().themes.get(theme.id))!.deleted).toBe(false);
    expect((await db().themeLinks.get(link.id))!.deleted).toBe(false);
    // Deleted before, it stays deleted: « Annuler » undoes this deletion only.
    expect((await db().themes.get(gone.id))!.deleted).toBe(true);
    expect((await db().sessions.bulkGet([lyon.id, orleans.id])).map((s) => s!.demarcheId)).toEqual([demarche.id, demarche.id]);
  });

  it('the deletion travels in the file of every séance: the démarche’s tombstone, its themes’ and links’, its séances detached', async () => {
    const { demarche, lyon, theme, link } = await seed();
    await deleteDemarche(demarche.id);
    const { data } = JSON.parse((await buildExport({ sessionId: 'all', role: 'animateur' })).text) as { data: RecordSet };
    expect(data.demarches.map((d) => [d.id, d.deleted])).toEqual([[demarche.id, true]]);
    expect(data.themes.find((x) => x.id === theme.id)!.deleted).toBe(true);
    expect(data.themeLinks.map((l) => [l.id, l.deleted])).toEqual([[link.id, true]]);
    expect(data.sessions.find((s) => s.id === lyon.id)!.demarcheId).toBe('');
  });

  it('an older file of the démarche, imported after the deletion, does not bring it back nor attach its séances again', async () => {
    const { demarche, lyon, orleans, theme, link } = await seed();
    const older = await buildDemarcheExport({ demarcheId: demarche.id, full: true });
    expect(await deleteDemarche(demarche.id)).toMatchObject({ seances: expect.arrayContaining([lyon.id, orleans.id]) as unknown });
    const after = await dumpDb();

    const prepared = await prepareImport(new File([older.text], older.name, { type: 'application/json' }));
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
    await applyImport(prepared.value, new Map(), '— Autre version —');
    expect((await db().demarches.get(demarche.id))!.deleted).toBe(true);
    expect((await db().themes.get(theme.id))!.deleted).toBe(true);
    expect((await db().themeLinks.get(link.id))!.deleted).toBe(true);
    expect((await db().sessions.bulkGet([lyon.id, orleans.id])).map((s) => s!.demarcheId)).toEqual(['', '']);
    expect(await dumpDb()).toEqual(after);
  });
});
