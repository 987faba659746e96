// Guide d'animation: planned minutes drive the total line and its warning; questions are added, edited, removed.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Phase, PhaseIndex, SessionId } from '../../src/domain/types';
import { db, prepareHref, renderApp, seedSession } from './render';

async function openGuide(): Promise<SessionId> {
  const id = await seedSession();
  renderApp(prepareHref(id, 'guide'));
  await screen.findByText(/^Total prévu/);
  return id;
}

/** The card of one phase, found through its title field. */
const phaseCard = (index: PhaseIndex) => within(screen.getByLabelText(`Titre de la phase ${index}`).closest('li') as HTMLElement);
const totalLine = () => (screen.getByText(/^Total prévu/).textContent ?? '').replace(/\s+/g, ' ').trim();

async function storedPhase(id: SessionId, index: PhaseIndex): Promise<Phase> {
  const phase = await db().phases.where('[sessionId+index]').equals([id, index]).first();
  if (!phase) throw new Error(`no phase ${index}`);
  return phase;
}

describe('Guide — planned minutes', () => {
  it('starts with the five default phases filling the two hours, without a warning', async () => {
    await openGuide();
    expect(totalLine()).toBe('Total prévu : 2 h pour une séance de 2 h.');
    const minutes = screen.getAllByLabelText<HTMLInputElement>('Durée prévue (min)').map((input) => input.value);
    expect(minutes).toEqual(['10', '15', '45', '35', '15']);
    expect(screen.getByText(/^Total prévu/).classList.contains('warning-text')).toBe(false);
  });

  it.each([
    { minutes: '60', total: 'Total prévu : 2 h 15 min pour une séance de 2 h. Le guide dépasse la durée de la séance de 15 min.', stored: 60 },
    { minutes: '30', total: 'Total prévu : 1 h 45 min pour une séance de 2 h. Il reste 15 min non attribuées dans le guide.', stored: 30 },
    { minutes: '105', total: 'Total prévu : 3 h pour une séance de 2 h. Le guide dépasse la durée de la séance de 1 h.', stored: 105 },
    { minutes: '0', total: 'Total prévu : 1 h 15 min pour une séance de 2 h. Il reste 45 min non attribuées dans le guide.', stored: 0 },
  ])('phase 3 planned for $minutes min → "$total"', async ({ minutes, total, stored }) => {
    const id = await openGuide();
    fireEvent.input(phaseCard(3).getByLabelText('Durée prévue (min)'), { target: { value: minutes } });

    await waitFor(() => expect(totalLine()).toBe(total));
    expect(screen.getByText(/^Total prévu/).classList.contains('warning-text')).toBe(true);
    expect((await storedPhase(id, 3)).plannedMinutes).toBe(stored);
    expect((await storedPhase(id, 4)).plannedMinutes).toBe(35);
  });

  it('back to a balanced guide, the warning goes away', async () => {
    const id = await openGuide();
    fireEvent.input(phaseCard(3).getByLabelText('Durée prévue (min)'), { target: { value: '50' } });
    await waitFor(() => expect(totalLine()).toContain('dépasse'));
    fireEvent.input(phaseCard(4).getByLabelText('Durée prévue (min)'), { target: { value: '30' } });
    await waitFor(() => expect(totalLine()).toBe('Total prévu : 2 h pour une séance de 2 h.'));
    expect((await storedPhase(id, 3)).plannedMinutes).toBe(50);
    expect((await storedPhase(id, 4)).plannedMinutes).toBe(30);
  });
});

describe('Guide — questions', () => {
  it('"Ajouter une question" stores an empty question, and what is typed in it is saved', async () => {
    const id = await openGuide();
    const before = (await storedPhase(id, 1)).prompts;
    expect(before).toHaveLength(3);

    fireEvent.click(phaseCard(1).getByRole('button', { name: 'Ajouter une question' }));

    const field = await phaseCard(1).findByLabelText<HTMLTextAreaElement>('Question 4');
    expect(field.value).toBe('');
    const added = (await storedPhase(id, 1)).prompts;
    expect(added).toHaveLength(4);
    expect(added.slice(0, 3)).toEqual(before);
    expect(added[3]).toMatchObject({ text: '', askedAt: null });

    fireEvent.input(field, { target: { value: 'Qui a déjà renoncé à une démarche ?' } });
    await waitFor(async () => expect((await storedPhase(id, 1)).prompts[3]?.text).toBe('Qui a déjà renoncé à une démarche ?'));
    expect((await storedPhase(id, 2)).prompts).toHaveLength(3);
  });

  it('"Retirer la question 2" removes that question only, on screen and in the database', async () => {
    const id = await openGuide();
    const prompts = (await storedPhase(id, 3)).prompts;
    expect(prompts).toHaveLength(4);
    const expected = prompts.filter((_, i) => i !== 1);

    fireEvent.click(phaseCard(3).getByRole('button', { name: 'Retirer la question 2' }));

    await waitFor(async () => expect((await storedPhase(id, 3)).prompts).toEqual(expected));
    await waitFor(() =>
      expect(phaseCard(3).getAllByLabelText<HTMLTextAreaElement>(/^Question \d$/).map((el) => el.value)).toEqual(expected.map((p) => p.text)),
    );
    expect(phaseCard(3).queryByLabelText('Question 4')).toBeNull();
  });
});
