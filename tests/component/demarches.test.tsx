// The démarche's use cases on a real (fake) IndexedDB: what each stores, what a wrong value leaves untouched.
import { describe, expect, it } from 'vitest';
import { attachSeance, createDemarche, createMirrorSeance, createSeanceInDemarche, detachSeance, toggleDemarcheEngagement, updateDemarche } from '../../src/actions/demarches';
import { demarcheScope } from '../../src/domain/demarche';
import type { Demarche, DemarcheId, SessionId } from '../../src/domain/types';
import { frTexts, T0, TEST_DEVICE } from '../factories';
import { db, seedParticipants, seedSession, storedSession } from './render';
import { dumpDb } from './transfer-helpers';

const stored = async (id: DemarcheId): Promise<Demarche> => (await db().demarches.get(id))!;
const phasesOf = async (id: SessionId) => (await db().phases.where('sessionId').equals(id).toArray()).sort((a, b) => a.index - b.index);

describe('a démarche', () => {
  it('is created owning itself, with its title and nothing else set', async () => {
    const id = await createDemarche('  Accueil des usagers 2027 ');
    expect(await db().demarches.toArray()).toEqual([
      {
        id,
        sessionId: demarcheScope(id),
        title: 'Accueil des usagers 2027',
        thematique: '',
        engagements: [],
        periodStart: '',
        periodEnd: '',
        pilote: '',
        createdAt: T0,
        updatedAt: T0,
        rev: 1,
        deviceId: TEST_DEVICE,
        seen: { [TEST_DEVICE]: 1 },
        deleted: false,
      },
    ]);
  });

  it('stores each field as typed, and an engagement ticked twice counts once', async () => {
    const id = await createDemarche('Accueil');
    expect(await updateDemarche(id, 'thematique', 'Temps d’attente')).toEqual({ ok: true });
    expect(await updateDemarche(id, 'pilote', 'Direction qualité')).toEqual({ ok: true });
    expect(await updateDemarche(id, 'periodStart', '2027-01-10')).toEqual({ ok: true });
    expect(await updateDemarche(id, 'periodEnd', '2027-06-30')).toEqual({ ok: true });
    await toggleDemarcheEngagement(id, 'joignabilite', true);
    await toggleDemarcheEngagement(id, 'accueil', true);
    await toggleDemarcheEngagement(id, 'accueil', true);
    expect(await stored(id)).toMatchObject({ thematique: 'Temps d’attente', pilote: 'Direction qualité', periodStart: '2027-01-10', periodEnd: '2027-06-30', engagements: ['accueil', 'joignabilite'] });
    await toggleDemarcheEngagement(id, 'accueil', false);
    expect((await stored(id)).engagements).toEqual(['joignabilite']);
  });

  it('refuses at the field a period ending before it starts, an over-long text, a day that is not one: nothing stored', async () => {
    const id = await createDemarche('Accueil');
    await updateDemarche(id, 'periodStart', '2027-03-01');
    const before = await dumpDb();
    expect(await updateDemarche(id, 'periodEnd', '2027-02-28')).toEqual({ ok: false, problem: 'endBeforeStart' });
    expect(await updateDemarche(id, 'title', 'x'.repeat(201))).toEqual({ ok: false, problem: 'tooLong' });
    expect(await updateDemarche(id, 'pilote', 'x'.repeat(5000))).toEqual({ ok: false, problem: 'tooLong' });
    expect(await updateDemarche(id, 'periodStart', '2027-13-01')).toEqual({ ok: false, problem: 'dayInvalid' });
    expect(await updateDemarche('inconnue' as DemarcheId, 'title', 'Autre')).toEqual({ ok: false, problem: 'missing' });
    expect(await dumpDb()).toEqual(before);
  });
});

describe('séances of a démarche', () => {
  it('a séance created from it is in it, takes its thématique as theme, the public chosen, and the default guide', async () => {
    const d = await createDemarche('Accueil 2027');
    await updateDemarche(d, 'thematique', 'Accueil au guichet');
    const id = (await createSeanceInDemarche(d, { title: '', audience: 'agents', consentWording: 'Mention', texts: frTexts }))!;
    expect(await storedSession(id)).toMatchObject({ title: 'Accueil 2027', theme: 'Accueil au guichet', audience: ['agents'], demarcheId: d, mirrorOf: '', status: 'preparation', consentWording: 'Mention' });
    expect((await phasesOf(id)).map((p) => [p.index, p.title])).toEqual([1, 2, 3, 4, 5].map((i) => [i, frTexts.title(i as 1)]));
    expect(await createSeanceInDemarche('inconnue' as DemarcheId, { title: 'x', audience: 'usagers', consentWording: '', texts: frTexts })).toBeNull();
    expect(await db().sessions.count()).toBe(1);
  });

  it('an existing séance is attached, moved to another démarche, then detached; a démarche that is not here attaches nothing', async () => {
    const [a, b] = [await createDemarche('A'), await createDemarche('B')];
    const id = await seedSession({ title: 'Usagers' });
    expect(await attachSeance(id, a)).toEqual({ ok: true });
    expect((await storedSession(id)).demarcheId).toBe(a);
    await attachSeance(id, b);
    expect((await storedSession(id)).demarcheId).toBe(b);
    const rev = (await storedSession(id)).rev;
    expect(await attachSeance(id, 'inconnue' as DemarcheId)).toEqual({ ok: false, problem: 'missing' });
    await detachSeance(id);
    expect(await storedSession(id)).toMatchObject({ demarcheId: '', title: 'Usagers' });
    expect((await storedSession(id)).rev).toBeGreaterThan(rev);
  });

  it('« Séance miroir avec les agents »: the guide (titles, questions, minutes) and theme copied into a new séance in préparation, same démarche, naming its source', async () => {
    const d = await createDemarche('Accueil 2027');
    const source = await seedSession({ title: 'Usagers de Lyon', theme: 'Accueil', objective: 'Comprendre l’attente', audience: ['usagers'], demarcheId: d, animateur: 'Claire', status: 'terminee' });
    await seedParticipants(source, ['Amina', 'Bruno']);
    const [, two] = await phasesOf(source);
    // A guide of the animateur's own, one question already asked in the room.
    await db().phases.put({ ...two!, title: 'Tour de table rapide', plannedMinutes: 7, prompts: [{ id: 'q1', text: 'Qui êtes-vous ?', askedAt: T0 }], startedAt: T0 });

    const mirror = (await createMirrorSeance(source, 'agents', (title) => `${title} — agents`))!;
    expect(await storedSession(mirror)).toMatchObject({
      title: 'Usagers de Lyon — agents',
      theme: 'Accueil',
      objective: 'Comprendre l’attente',
      audience: ['agents'],
      demarcheId: d,
      mirrorOf: source,
      status: 'preparation',
      animateur: '',
      startedAt: null,
    });
    const copied = await phasesOf(mirror);
    const original = await phasesOf(source);
    expect(copied.map((p) => [p.index, p.title, p.plannedMinutes, p.prompts.map((q) => q.text)])).toEqual(original.map((p) => [p.index, p.title, p.plannedMinutes, p.prompts.map((q) => q.text)]));
    expect(copied[1]).toMatchObject({ title: 'Tour de table rapide', plannedMinutes: 7, startedAt: null });
    // A question asked in the source séance is fresh in the mirror, with an id of its own.
    expect(copied[1]!.prompts[0]).toMatchObject({ text: 'Qui êtes-vous ?', askedAt: null });
    expect(copied[1]!.prompts[0]!.id).not.toBe('q1');
    expect(await db().participants.where('sessionId').equals(mirror).count()).toBe(0);
    expect(await createMirrorSeance('inconnue' as SessionId, 'agents', (t) => t)).toBeNull();
  });
});
