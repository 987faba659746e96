// Consolidated themes of a démarche on a real (fake) IndexedDB: created, renamed, reordered, deleted; regroupements placed, moved, taken out.
import { describe, expect, it } from 'vitest';
import { createDemarche } from '../../src/actions/demarches';
import { createTheme, createThemeWith, deleteTheme, moveTheme, placeGroup, renameTheme, takeOutGroup } from '../../src/actions/themes';
import { demarcheScope } from '../../src/domain/demarche';
import type { DemarcheId, GroupId, ThemeId } from '../../src/domain/types';
import { makeGroup } from '../factories';
import { db, seedSession } from './render';
import { dumpDb } from './transfer-helpers';

const themesOf = async (d: DemarcheId) => (await db().themes.where('sessionId').equals(demarcheScope(d)).toArray()).filter((t) => !t.deleted).sort((a, b) => a.order - b.order);
const ok = <T,>(r: { ok: true; id: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
};

/** A démarche with one séance holding two regroupements. */
async function demarcheWithGroups() {
  const d = await createDemarche('Accueil 2027');
  const seance = await seedSession({ title: 'Usagers', demarcheId: d });
  const groups = [makeGroup(seance, { title: 'Attente' }), makeGroup(seance, { title: 'Horaires' })];
  await db().groups.bulkPut(groups);
  return { d, seance, groups };
}

describe('consolidated themes', () => {
  it('are created in order under their démarche, renamed, and refused empty or over-long with nothing stored', async () => {
    const { d } = await demarcheWithGroups();
    const a = ok(await createTheme(d, ' Attendre '));
    const b = ok(await createTheme(d, 'Être rappelé'));
    expect((await themesOf(d)).map((t) => [t.id, t.title, t.sessionId])).toEqual([
      [a, 'Attendre', d],
      [b, 'Être rappelé', d],
    ]);
    expect(await renameTheme(a, 'Le temps d’attente')).toEqual({ ok: true, id: a });
    expect((await db().themes.get(a))!.title).toBe('Le temps d’attente');

    const before = await dumpDb();
    expect(await createTheme(d, '   ')).toEqual({ ok: false, problem: 'emptyTitle' });
    expect(await createTheme(d, 'x'.repeat(201))).toEqual({ ok: false, problem: 'tooLong' });
    expect(await renameTheme(a, 'x'.repeat(201))).toEqual({ ok: false, problem: 'tooLong' });
    expect(await renameTheme(a, '')).toEqual({ ok: false, problem: 'emptyTitle' });
    expect(await createTheme('inconnue' as DemarcheId, 'Autre')).toEqual({ ok: false, problem: 'missing' });
    expect(await dumpDb()).toEqual(before);
  });

  it('move one step up or down, only the moved theme revised; nothing past the ends', async () => {
    const { d } = await demarcheWithGroups();
    const [a, b, c] = [ok(await createTheme(d, 'A')), ok(await createTheme(d, 'B')), ok(await createTheme(d, 'C'))];
    const revs = async () => Object.fromEntries((await db().themes.toArray()).map((t) => [t.id, t.rev]));
    const was = await revs();
    await moveTheme(c, -1);
    expect((await themesOf(d)).map((t) => t.id)).toEqual([a, c, b]);
    const now = await revs();
    expect([now[a] === was[a], now[b] === was[b], now[c]! > was[c]!]).toEqual([true, true, true]);
    await moveTheme(a, -1);
    await moveTheme(b, 1);
    expect((await themesOf(d)).map((t) => t.id)).toEqual([a, c, b]);
    await moveTheme(a, 1);
    expect((await themesOf(d)).map((t) => t.id)).toEqual([c, a, b]);
  });

  it('a regroupement is placed in a theme, moved to another, taken out: always one link, tl-<groupId>', async () => {
    const { d, seance, groups } = await demarcheWithGroups();
    const [a, b] = [ok(await createTheme(d, 'A')), ok(await createTheme(d, 'B'))];
    const g = groups[0]!.id;
    expect(await placeGroup(g, a)).toEqual({ ok: true, id: g });
    expect(await db().themeLinks.toArray()).toMatchObject([{ id: `tl-${g}`, sessionId: d, groupId: g, groupSessionId: seance, themeId: a, deleted: false }]);
    await placeGroup(g, b);
    expect(await db().themeLinks.toArray()).toMatchObject([{ id: `tl-${g}`, themeId: b }]);
    await takeOutGroup(g);
    expect(await db().themeLinks.toArray()).toMatchObject([{ id: `tl-${g}`, themeId: '' }]);
    await placeGroup(g, a);
    expect(await db().themeLinks.toArray()).toMatchObject([{ id: `tl-${g}`, themeId: a }]);
    expect(await db().themeLinks.count()).toBe(1);
  });

  it('placing in a theme refuses a regroupement that is gone, a theme that is gone, a séance of another démarche', async () => {
    const { d, groups } = await demarcheWithGroups();
    const a = ok(await createTheme(d, 'A'));
    const elsewhere = await seedSession({ title: 'Ailleurs' });
    const stranger = makeGroup(elsewhere, { title: 'Autre' });
    const gone = makeGroup(elsewhere, { deleted: true });
    await db().groups.bulkPut([stranger, gone]);
    const before = await dumpDb();
    expect(await placeGroup(stranger.id, a)).toEqual({ ok: false, problem: 'otherDemarche' });
    expect(await placeGroup(gone.id, a)).toEqual({ ok: false, problem: 'missing' });
    expect(await placeGroup('inconnu' as GroupId, a)).toEqual({ ok: false, problem: 'missing' });
    expect(await placeGroup(groups[0]!.id, 'inconnu' as ThemeId)).toEqual({ ok: false, problem: 'missing' });
    expect(await dumpDb()).toEqual(before);
  });

  it('a deleted theme leaves a tombstone and takes its regroupements out of it; the other theme keeps its own', async () => {
    const { d, groups } = await demarcheWithGroups();
    const [a, b] = [ok(await createTheme(d, 'A')), ok(await createTheme(d, 'B'))];
    await placeGroup(groups[0]!.id, a);
    await placeGroup(groups[1]!.id, b);
    await deleteTheme(a);
    expect(await db().themes.get(a)).toMatchObject({ deleted: true, title: 'A' });
    expect((await db().themeLinks.toArray()).map((l) => [l.groupId, l.themeId]).sort()).toEqual(
      [
        [groups[0]!.id, ''],
        [groups[1]!.id, b],
      ].sort(),
    );
    expect(await placeGroup(groups[0]!.id, a)).toEqual({ ok: false, problem: 'missing' });
  });

  it('« Nouveau thème… » creates the theme last and places the regroupement in it; a refusal leaves no empty theme', async () => {
    const { d, seance, groups } = await demarcheWithGroups();
    const a = ok(await createTheme(d, 'A'));
    const g = groups[0]!.id;
    const made = ok(await createThemeWith(d, ' Horaires ', g));
    expect((await themesOf(d)).map((t) => [t.id, t.title])).toEqual([
      [a, 'A'],
      [made, 'Horaires'],
    ]);
    expect(await db().themeLinks.toArray()).toMatchObject([{ id: `tl-${g}`, sessionId: d, groupSessionId: seance, themeId: made }]);

    const elsewhere = await seedSession({ title: 'Ailleurs' });
    const stranger = makeGroup(elsewhere, { title: 'Autre' });
    await db().groups.put(stranger);
    const before = await dumpDb();
    expect(await createThemeWith(d, 'B', stranger.id)).toEqual({ ok: false, problem: 'otherDemarche' });
    expect(await createThemeWith(d, 'B', 'inconnu' as GroupId)).toEqual({ ok: false, problem: 'missing' });
    expect(await createThemeWith(d, '  ', g)).toEqual({ ok: false, problem: 'emptyTitle' });
    expect(await dumpDb()).toEqual(before);
  });
});
