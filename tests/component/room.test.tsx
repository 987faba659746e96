// The room: going to a phase starts its timer, a tap gives or releases the floor, undo, pauses, edge cases.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { removeParticipant } from '../../src/actions/participants';
import { startSession } from '../../src/actions/room';
import type { ParticipantId, SessionId, Turn } from '../../src/domain/types';
import { setClock } from '../../src/platform/clock';
import { routeHref } from '../../src/ui/common/routes';
import { T0 } from '../factories';
import { db, prepareHref, renderApp, seedParticipants, seedSession, storedSession } from './render';

const MIN = 60_000;
let clock = T0;
const at = (ms: number) => {
  clock = T0 + ms;
  setClock(() => clock);
};

async function phases(id: SessionId) {
  return (await db().phases.where('sessionId').equals(id).toArray()).sort((a, b) => a.index - b.index);
}

async function turns(id: SessionId): Promise<Turn[]> {
  return (await db().turns.where('sessionId').equals(id).toArray()).sort((a, b) => a.startedAt - b.startedAt || a.createdAt - b.createdAt);
}

async function openRoom(names: readonly string[] = ['Amina', 'Bruno', 'Chloé']) {
  at(0);
  const id = await seedSession({ objective: 'Comprendre les abandons de dossier.' });
  const ids = await seedParticipants(id, names);
  await startSession(id);
  renderApp(routeHref({ name: 'room', id }));
  await screen.findByRole('heading', { level: 1, name: 'Présentation des objectifs' });
  return { id, ids };
}

const floor = () => screen.getByTestId('floor').textContent ?? '';
const tile = (name: string) => screen.getByRole('button', { name: new RegExp(`^(Donner|Reprendre) la parole à\\s*${name}`) });

describe('phase stepper', () => {
  it('shows the current phase\'s whole title and a short readable one for the others; a title of one\'s own stays whole', async () => {
    const { id } = await openRoom();
    const steps = () => [...document.querySelectorAll('.stepper .step-title')].map((el) => el.textContent);
    expect(steps()).toEqual(['Présentation des objectifs', 'Tour de table', 'Partage', 'Attentes', 'Bilan']);
    const fourth = (await phases(id))[3]!;
    await db().phases.update(fourth.id, { title: 'Nos idées' });
    fireEvent.click(screen.getByRole('button', { name: /Aller à la phase 2/ }));
    await screen.findByRole('heading', { level: 1, name: 'Tour de table' });
    await waitFor(() => expect(steps()).toEqual(['Objectifs', 'Tour de table', 'Partage', 'Nos idées', 'Bilan']));
  });

  it('a séance made before the typographic apostrophe keeps the short title of its default « Partage d\'expériences »', async () => {
    const { id } = await openRoom();
    const third = (await phases(id))[2]!;
    await db().phases.update(third.id, { title: "Partage d'expériences" });
    const steps = () => [...document.querySelectorAll('.stepper .step-title')].map((el) => el.textContent);
    await waitFor(() => expect(screen.getByRole('button', { name: /Aller à la phase 3/ }).getAttribute('aria-label')).toContain("Partage d'expériences"));
    expect(steps()[2]).toBe('Partage');
  });

  it('"Démarrer la séance" opens the room with phase 1 running from that instant', async () => {
    at(0);
    const id = await seedSession();
    renderApp(prepareHref(id));
    fireEvent.click(await screen.findByRole('button', { name: 'Démarrer la séance' }));
    await screen.findByRole('heading', { level: 1, name: 'Présentation des objectifs' });
    expect(window.location.hash).toBe(routeHref({ name: 'room', id }));
    const session = await storedSession(id);
    expect([session.status, session.currentPhase, session.startedAt]).toEqual(['en_cours', 1, T0]);
    expect((await phases(id))[0]?.startedAt).toBe(T0);
  });

  it('"Phase suivante" ends the phase and starts the next at the same instant; a double tap moves one phase', async () => {
    const { id } = await openRoom();
    at(7 * MIN);
    const next = screen.getByRole('button', { name: /Phase suivante/ });
    fireEvent.click(next);
    fireEvent.click(next);
    await screen.findByRole('heading', { level: 1, name: 'Tour de table' });
    const [p1, p2, p3] = await phases(id);
    expect([p1?.startedAt, p1?.endedAt]).toEqual([T0, T0 + 7 * MIN]);
    expect([p2?.startedAt, p2?.endedAt]).toEqual([T0 + 7 * MIN, null]);
    expect(p3?.startedAt).toBeNull();
    expect((await storedSession(id)).currentPhase).toBe(2);
    expect(screen.getByText('Phase 2 sur 5')).toBeTruthy();
  });

  it('pause stops the clock; giving the floor while paused resumes the phase', async () => {
    const { id } = await openRoom();
    at(2 * MIN);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByText('En pause');
    at(5 * MIN);
    fireEvent.click(tile('Amina'));
    await waitFor(() => expect(screen.queryByText('En pause')).toBeNull());
    const p1 = (await phases(id))[0];
    expect(p1?.pauses).toEqual([{ from: T0 + 2 * MIN, to: T0 + 5 * MIN }]);
    expect((await turns(id)).map((t) => [t.startedAt, t.endedAt])).toEqual([[T0 + 5 * MIN, null]]);
  });

  it('closing from phase 5 stops every timer and shows the summary', async () => {
    const { id } = await openRoom();
    at(MIN);
    fireEvent.click(screen.getByRole('button', { name: /Aller à la phase 5/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer la séance' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer' }));
    await screen.findByText('Séance clôturée');
    const session = await storedSession(id);
    expect([session.status, session.closedAt]).toEqual(['terminee', T0 + MIN]);
    expect((await phases(id)).every((p) => p.startedAt === null || p.endedAt !== null)).toBe(true);
    expect(screen.getByRole('table', { name: 'Temps prévu et temps réel par phase' })).toBeTruthy();
    expect(tile('Amina')).toHaveProperty('disabled', true);
  });
});

describe('talk turns', () => {
  it('a tap gives the floor, another person ends the turn in the same instant, a tap again releases it', async () => {
    const { id, ids } = await openRoom();
    const [amina, bruno] = ids as [ParticipantId, ParticipantId];
    at(MIN);
    fireEvent.click(tile('Amina'));
    await waitFor(() => expect(floor()).toContain('La parole est à Amina'));
    at(3 * MIN);
    fireEvent.click(tile('Bruno'));
    await waitFor(() => expect(floor()).toContain('La parole est à Bruno'));
    at(4 * MIN);
    fireEvent.click(tile('Bruno'));
    await waitFor(() => expect(floor()).toBe('Personne n’a la parole'));
    await waitFor(async () =>
      expect((await turns(id)).map((t) => [t.speaker, t.startedAt - T0, t.endedAt! - T0, t.phase])).toEqual([
        [amina, MIN, 3 * MIN, 1],
        [bruno, 3 * MIN, 4 * MIN, 1],
      ]),
    );
    await waitFor(() => expect(tile('Amina').textContent).toMatch(/2:00 · 67\s%1 tour/));
  });

  it('a bouncing double tap on a tile does not take the floor back', async () => {
    const { id } = await openRoom();
    const amina = tile('Amina');
    fireEvent.click(amina);
    fireEvent.click(amina);
    await waitFor(() => expect(floor()).toContain('La parole est à Amina'));
    expect((await turns(id)).filter((t) => t.endedAt === null)).toHaveLength(1);
  });

  it('"Annuler le dernier geste" withdraws the new turn and gives the floor back to the previous speaker', async () => {
    const { id } = await openRoom();
    at(MIN);
    fireEvent.click(tile('Amina'));
    at(2 * MIN);
    fireEvent.click(tile('Chloé'));
    await waitFor(() => expect(floor()).toContain('Chloé'));
    await waitFor(async () => expect((await turns(id)).length).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le dernier geste' }));
    await waitFor(() => expect(floor()).toContain('La parole est à Amina'));
    const stored = await turns(id);
    expect(stored.map((t) => [t.deleted, t.endedAt])).toEqual([
      [false, null],
      [true, T0 + 2 * MIN],
    ]);
  });

  it('"Annuler le dernier geste" after a silence leaves the floor free: a turn already released is not reopened', async () => {
    const { id } = await openRoom();
    at(MIN);
    fireEvent.click(tile('Amina'));
    await waitFor(() => expect(floor()).toContain('La parole est à Amina'));
    at(2 * MIN);
    fireEvent.click(tile('Amina'));
    await waitFor(() => expect(floor()).toBe('Personne n’a la parole'));
    at(3 * MIN);
    fireEvent.click(tile('Chloé'));
    await waitFor(async () => expect((await turns(id)).length).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le dernier geste' }));
    await waitFor(() => expect(floor()).toBe('Personne n’a la parole'));
    expect((await turns(id)).map((t) => [t.deleted, t.endedAt])).toEqual([
      [false, T0 + 2 * MIN],
      [true, T0 + 3 * MIN],
    ]);
  });

  it('"Corriger" gives the last turn to the person who really spoke', async () => {
    const { id, ids } = await openRoom();
    fireEvent.click(tile('Amina'));
    await waitFor(async () => expect(await turns(id)).toHaveLength(1));
    fireEvent.change(await screen.findByRole('combobox', { name: /^Corriger/ }), { target: { value: ids[2] } });
    await waitFor(() => expect(floor()).toContain('La parole est à Chloé'));
    expect((await turns(id)).map((t) => t.speaker)).toEqual([ids[2]]);
  });

  it('the animateur has a tile and a share; « À solliciter » waits for talk, then flags only who is behind', async () => {
    await openRoom();
    fireEvent.click(screen.getByRole('button', { name: /Aller à la phase 3/ }));
    await screen.findByRole('heading', { level: 1, name: 'Partage d’expériences' });
    // The phase starts, the animateur asks the first question: nobody is behind yet.
    fireEvent.click(tile('Animateur'));
    await waitFor(() => expect(floor()).toContain('La parole est à l’animateur'));
    at(2 * MIN);
    fireEvent.click(tile('Amina'));
    await waitFor(() => expect(floor()).toContain('La parole est à Amina'));
    expect(screen.queryByText(/À solliciter/)).toBeNull();
    at(6 * MIN);
    fireEvent.click(tile('Bruno'));
    await waitFor(() => expect(floor()).toContain('La parole est à Bruno'));
    at(10 * MIN);
    fireEvent.click(tile('Bruno'));
    await waitFor(() => expect(floor()).toBe('Personne n’a la parole'));
    // Amina and Bruno spoke four minutes each, Chloé not at all: only Chloé is flagged.
    await waitFor(() => expect(screen.getByText(/^À solliciter\s:\sChloé$/)).toBeTruthy());
    expect(tile('Chloé').textContent).toContain('À solliciter');
    expect(tile('Amina').textContent).not.toContain('À solliciter');
  });

  it('a participant removed mid-séance keeps their turns, shown as removed', async () => {
    const { id, ids } = await openRoom();
    fireEvent.click(tile('Bruno'));
    await waitFor(() => expect(floor()).toContain('Bruno'));
    await removeParticipant(ids[1]!);
    await waitFor(() => expect(floor()).toContain('La parole est à Bruno (retiré)'));
    expect(screen.queryByRole('button', { name: /la parole à\s*Bruno/ })).toBeNull();
    expect(await turns(id)).toHaveLength(1);
  });

  it.each([
    [0, [] as string[]],
    [15, Array.from({ length: 15 }, (_, i) => `Personne ${i + 1}`)],
  ])('works with %i participants', async (_, names) => {
    const { id } = await openRoom(names);
    expect(screen.getAllByRole('button', { name: /^Donner la parole à/ })).toHaveLength(names.length + 1);
    if (names.length === 0) expect(screen.getByText(/Aucun participant : ajoutez-les/)).toBeTruthy();
    fireEvent.keyDown(window, { key: '0' });
    await waitFor(() => expect(floor()).toContain('l’animateur'));
    if (names.length > 0) {
      fireEvent.keyDown(window, { key: '9' });
      await waitFor(() => expect(floor()).toContain('La parole est à Personne 9'));
    }
    await waitFor(async () => expect((await turns(id)).length).toBe(names.length > 0 ? 2 : 1));
  });
});

describe('drift and tour de table', () => {
  it('offers to rebalance the later phases and changes them only when accepted', async () => {
    const { id } = await openRoom();
    at(25 * MIN); // phase 1 planned 10 min: 15 min late when phase 2 starts
    fireEvent.click(screen.getByRole('button', { name: /Phase suivante/ }));
    await screen.findByText('+15 min sur le prévu');
    const before = (await phases(id)).map((p) => p.plannedMinutes);
    fireEvent.click(screen.getByRole('button', { name: 'Rééquilibrer' }));
    await screen.findByText('Pour finir à l’heure, les durées prévues deviennent :');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect((await phases(id)).map((p) => p.plannedMinutes)).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Rééquilibrer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Appliquer ces durées' }));
    await waitFor(async () => expect((await phases(id)).map((p) => p.plannedMinutes)).toEqual([10, 15, 38, 29, 13]));
    expect(before).toEqual([10, 15, 45, 35, 15]);
  });

  it('suggests who is next in seat order; "Passer" sends them to the end', async () => {
    const { id } = await openRoom(['Amina', 'Bruno', 'Chloé']);
    fireEvent.click(screen.getByRole('button', { name: /Phase suivante/ }));
    await screen.findByText('Prochaine présentation : Amina');
    expect(screen.getByText('Pas encore présentés : Amina, Bruno, Chloé')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Amina passe son tour, on y reviendra' }));
    await screen.findByText('Prochaine présentation : Bruno');
    expect(screen.getByText('À revoir à la fin : Amina')).toBeTruthy();
    expect((await phases(id))[1]?.skipped).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Donner la parole à Bruno' }));
    await screen.findByText('Prochaine présentation : Chloé');
    at(MIN);
    fireEvent.click(screen.getByRole('button', { name: 'Donner la parole à Chloé' }));
    await screen.findByText('Prochaine présentation : Amina');
    at(2 * MIN);
    fireEvent.click(screen.getByRole('button', { name: 'Donner la parole à Amina' }));
    await screen.findByText('Tout le monde s’est présenté.');
  });
});
