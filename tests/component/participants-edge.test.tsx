// Participant edge cases: undoing a removal when the name was reused, the hard cap on the list.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addParticipant } from '../../src/actions/participants';
import { LIMITS } from '../../src/domain/limits';
import { prepareHref, renderApp, seedParticipants, seedSession, storedParticipants, toasts } from './render';

describe('participants — edge cases', () => {
  it('undoing a removal after the name was reused brings the person back as "Name (2)", never two identical names', async () => {
    const id = await seedSession();
    await seedParticipants(id, ['Alice', 'Bruno']);
    renderApp(prepareHref(id, 'participants'));
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer Alice' }));
    await toasts().findByText('Alice a été retiré de la liste.');
    await seedParticipants(id, ['alice']);
    fireEvent.click(toasts().getByRole('button', { name: 'Annuler' }));
    await toasts().findByText('Alice est revenu dans la liste sous le nom « Alice (2) », car « Alice » est déjà pris.');
    await waitFor(async () => expect((await storedParticipants(id)).filter((p) => !p.deleted).map((p) => p.pseudonym)).toEqual(['Bruno', 'alice', 'Alice (2)']));
  });

  it(`refuses a participant beyond ${LIMITS.participants} with its own French message`, async () => {
    const id = await seedSession();
    await seedParticipants(id, Array.from({ length: LIMITS.participants }, (_, i) => `P${i + 1}`));
    expect(await addParticipant(id, 'Un de trop')).toEqual({ ok: false, problem: 'tooMany' });
    renderApp(prepareHref(id, 'participants'));
    fireEvent.input(await screen.findByLabelText('Nouveau participant : pseudonyme ou prénom'), { target: { value: 'Un de trop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter le participant' }));
    await screen.findByText(`Pas plus de ${LIMITS.participants} participants dans une séance.`);
    expect((await storedParticipants(id)).length).toBe(LIMITS.participants);
  });
});
