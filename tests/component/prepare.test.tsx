// Préparation screen: participants (add, refuse, consent, warnings, reorder, remove/undo) and autosaved séance fields.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { deleteSession } from '../../src/actions/sessions';
import { setClock } from '../../src/platform/clock';
import type { SessionId } from '../../src/domain/types';
import { T0 } from '../factories';
import { db, prepareHref, renderApp, saveIndicator, seedParticipants, seedSession, storedParticipants, storedSession, toasts } from './render';

const NEW_NAME = 'Nouveau participant : pseudonyme ou prénom';

async function openParticipants(names: readonly string[] = []): Promise<SessionId> {
  const id = await seedSession();
  await seedParticipants(id, names);
  renderApp(prepareHref(id, 'participants'));
  await screen.findByLabelText(NEW_NAME);
  if (names.length > 0) await screen.findByRole('listitem', { name: `Place ${names.length} : ${names.at(-1)}` });
  return id;
}

function addThroughForm(name: string): void {
  fireEvent.input(screen.getByLabelText(NEW_NAME), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter le participant' }));
}

/** Pseudonyms as shown in the list, top to bottom. */
const shownNames = () => screen.getAllByLabelText<HTMLInputElement>('Pseudonyme ou prénom').map((input) => input.value);
const row = (name: string) => screen.getByRole('listitem', { name: new RegExp(`^Place \\d+ : ${name}$`) });

describe('Préparation — participants', () => {
  it('adds participants in seat order: shown in that order and stored with seats 0..n-1', async () => {
    const id = await openParticipants();
    expect(screen.getByText('Ajoutez les participants dans l’ordre où ils seront assis.')).toBeTruthy();
    const names = ['Alice', 'Bruno', 'Chloé'];
    for (const [i, name] of names.entries()) {
      addThroughForm(name);
      await screen.findByRole('listitem', { name: `Place ${i + 1} : ${name}` });
      expect(screen.getByLabelText<HTMLInputElement>(NEW_NAME).value).toBe('');
    }
    expect(shownNames()).toEqual(names);
    expect(screen.getByRole('tab', { name: /Participants/ }).textContent).toContain('(3)');
    expect(screen.getByText('3 participants')).toBeTruthy();

    const stored = await storedParticipants(id);
    expect(stored.map((p) => [p.pseudonym, p.seat])).toEqual([
      ['Alice', 0],
      ['Bruno', 1],
      ['Chloé', 2],
    ]);
    expect(stored.every((p) => p.sessionId === id && !p.deleted && !p.consent && p.createdAt === T0)).toBe(true);
  });

  it.each([
    { typed: ' elise ', why: 'lower case, no accent, spaces' },
    { typed: 'ÉLISE', why: 'capitals' },
    { typed: 'Elise', why: 'no accent' },
  ])('refuses "$typed" when Élise is already there ($why), and stores nothing', async ({ typed }) => {
    const id = await openParticipants(['Élise']);
    addThroughForm(typed);
    const alert = await screen.findByText('Ce pseudonyme est déjà utilisé dans la séance.');
    expect(alert.getAttribute('role')).toBe('alert');
    const input = screen.getByLabelText<HTMLInputElement>(NEW_NAME);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(input.value).toBe(typed);
    expect((await storedParticipants(id)).map((p) => p.pseudonym)).toEqual(['Élise']);
    expect(shownNames()).toEqual(['Élise']);

    // Typing again clears the message.
    fireEvent.input(input, { target: { value: 'Élisabeth' } });
    expect(screen.queryByText('Ce pseudonyme est déjà utilisé dans la séance.')).toBeNull();
  });

  it.each([{ typed: '' }, { typed: '    ' }])('refuses an empty pseudonym ("$typed")', async ({ typed }) => {
    const id = await openParticipants();
    addThroughForm(typed);
    expect((await screen.findByText('Indiquez un pseudonyme.')).getAttribute('role')).toBe('alert');
    expect(await storedParticipants(id)).toEqual([]);
  });

  it('records consent with the injected time and the séance’s wording, and says when it was given', async () => {
    const id = await openParticipants(['Alice', 'Bruno']);
    const wording = (await storedSession(id)).consentWording;
    expect(wording).toBe(
      "J'accepte de participer à ce comité d'écoute. J'ai bien compris que mes propos resteront anonymes et qu'ils ne seront jamais utilisés dans le traitement de mon dossier personnel.",
    );
    setClock(() => T0 + 5 * 60_000);

    fireEvent.click(within(row('Alice')).getByRole('checkbox', { name: 'Consentement recueilli' }));

    await within(row('Alice')).findByText((_, el) => el?.tagName === 'P' && el.textContent === 'Consentement donné le 23 novembre 2026 à 10:20');
    const [alice, bruno] = await storedParticipants(id);
    expect(alice).toMatchObject({ pseudonym: 'Alice', consent: true, consentAt: T0 + 5 * 60_000, consentWording: wording });
    expect(bruno).toMatchObject({ pseudonym: 'Bruno', consent: false, consentAt: null });
    expect(within(row('Bruno')).getByText('Pas de consentement')).toBeTruthy();
    expect(within(row('Alice')).getByRole<HTMLInputElement>('checkbox', { name: 'Consentement recueilli' }).checked).toBe(true);

    // Unticking withdraws it.
    fireEvent.click(within(row('Alice')).getByRole('checkbox', { name: 'Consentement recueilli' }));
    await within(row('Alice')).findByText('Pas de consentement');
    expect((await storedParticipants(id))[0]).toMatchObject({ consent: false, consentAt: null });
  });

  it('warns below 6 participants and names those without consent', async () => {
    const id = await openParticipants(['Alice', 'Bruno', 'Chloé']);
    expect(screen.getByText('Moins de 6 participants : les échanges risquent de manquer de diversité.')).toBeTruthy();
    expect(screen.getByTestId('consent-warning').textContent).toBe('Consentement non recueilli : Alice, Bruno, Chloé.');

    fireEvent.click(within(row('Bruno')).getByRole('checkbox', { name: 'Consentement recueilli' }));
    await waitFor(() => expect(screen.getByTestId('consent-warning').textContent).toBe('Consentement non recueilli : Alice, Chloé.'));

    await seedParticipants(id, ['Driss', 'Emma', 'Farid']);
    await screen.findByText('6 participants');
    expect(screen.queryByText(/^Moins de 6 participants/)).toBeNull();
    expect(screen.queryByText(/^Plus de 10 participants/)).toBeNull();
  });

  it('warns above 10 participants', async () => {
    await openParticipants(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'A11']);
    expect(screen.getByText('Plus de 10 participants : chacun aura peu de temps de parole.')).toBeTruthy();
  });

  it('moves a participant down one seat: the list and the stored seats follow', async () => {
    const id = await openParticipants(['Alice', 'Bruno', 'Chloé']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Monter Alice d’une place' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Descendre Chloé d’une place' }).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Descendre Alice d’une place' }));

    await screen.findByRole('listitem', { name: 'Place 2 : Alice' });
    expect(shownNames()).toEqual(['Bruno', 'Alice', 'Chloé']);
    expect((await storedParticipants(id)).map((p) => [p.pseudonym, p.seat])).toEqual([
      ['Bruno', 0],
      ['Alice', 1],
      ['Chloé', 2],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Monter Chloé d’une place' }));
    await screen.findByRole('listitem', { name: 'Place 2 : Chloé' });
    expect(shownNames()).toEqual(['Bruno', 'Chloé', 'Alice']);
  });

  it('"Retirer" tombstones the participant (row kept in the database) and the toast’s "Annuler" brings them back', async () => {
    const id = await openParticipants(['Alice', 'Bruno', 'Chloé']);
    const bruno = (await storedParticipants(id))[1]!;

    fireEvent.click(screen.getByRole('button', { name: 'Retirer Bruno' }));

    await waitFor(() => expect(shownNames()).toEqual(['Alice', 'Chloé']));
    const gone = await db().participants.get(bruno.id);
    expect(gone).toMatchObject({ pseudonym: 'Bruno', deleted: true });
    expect(gone!.rev).toBeGreaterThan(bruno.rev);
    expect(await db().participants.count()).toBe(3);
    expect(toasts().getByText('Bruno a été retiré de la liste.')).toBeTruthy();

    fireEvent.click(toasts().getByRole('button', { name: 'Annuler' }));

    await waitFor(() => expect(shownNames()).toEqual(['Alice', 'Chloé', 'Bruno']));
    expect(await db().participants.get(bruno.id)).toMatchObject({ deleted: false, seat: 3 });
    expect(toasts().queryByText('Bruno a été retiré de la liste.')).toBeNull();
  });
});

describe('Préparation — the séance', () => {
  it('saves what is typed in "Objectif" without any save button, then says "Enregistré"', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const objective = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');
    expect(screen.queryByRole('button', { name: /enregistrer/i })).toBeNull();

    fireEvent.input(objective, { target: { value: 'Comprendre pourquoi les usagers rappellent le service.' } });

    expect(saveIndicator()).toBe('Enregistrement…');
    await waitFor(async () => expect((await storedSession(id)).objective).toBe('Comprendre pourquoi les usagers rappellent le service.'));
    await waitFor(() => expect(saveIndicator()).toBe('Enregistré'));
    expect(objective.value).toBe('Comprendre pourquoi les usagers rappellent le service.');
  });

  it('keeps the last keystroke when several are typed in a row', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const place = await screen.findByLabelText<HTMLInputElement>('Lieu');
    for (const value of ['M', 'Ma', 'Mai', 'Mairie', 'Mairie annexe']) fireEvent.input(place, { target: { value } });
    await waitFor(async () => expect((await storedSession(id)).place).toBe('Mairie annexe'));
    await waitFor(() => expect(saveIndicator()).toBe('Enregistré'));
    expect(place.value).toBe('Mairie annexe');
  });

  it('cuts a pasted over-long title to 200 characters, stores that, and says so in French', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const title = await screen.findByLabelText<HTMLInputElement>('Titre de la séance');
    const pasted = 'Comité '.repeat(40); // 280 characters

    fireEvent.input(title, { target: { value: pasted } });

    const message = screen.getByText('Texte trop long : 200 caractères au plus. La fin a été coupée.');
    expect(message.getAttribute('role')).toBe('alert');
    expect(title.value).toBe(pasted.slice(0, 200));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    await waitFor(async () => expect((await storedSession(id)).title).toBe(pasted.slice(0, 200)));
    await screen.findByRole('heading', { level: 1, name: pasted.slice(0, 200) });
  });

  it('a closed séance offers its rapport de synthèse first; a séance in preparation does not', async () => {
    const closed = await seedSession({ status: 'terminee' });
    const { unmount } = renderApp(prepareHref(closed));
    const link = await screen.findByRole('link', { name: 'Rapport de synthèse' });
    expect(link.getAttribute('href')).toBe(`#/seance/${closed}/rapport`);
    expect(link.className).toContain('btn-primary');
    unmount();
    const open = await seedSession();
    renderApp(prepareHref(open));
    await screen.findByRole('button', { name: /Démarrer la séance/ });
    expect(screen.queryByRole('link', { name: 'Rapport de synthèse' })).toBeNull();
  });

  it('shows "not found" for a séance that was deleted', async () => {
    const id = await seedSession();
    await deleteSession(id);
    renderApp(prepareHref(id));
    expect((await screen.findByText("Cette séance n'existe pas ou a été supprimée.")).getAttribute('role')).toBe('alert');
  });
});
