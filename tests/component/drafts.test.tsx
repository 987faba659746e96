// Drafts: text typed just before a killed tab is restored into its field and saved to the record.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { draftKey, draftKeys, readDraft, saveDraft } from '../../src/db/drafts';
import { prepareHref, renderApp, seedSession, storedSession } from './render';

describe('drafts', () => {
  it('restores a draft left by a killed tab into "Objectif", saves it to the séance, then drops the draft', async () => {
    const id = await seedSession({ objective: 'Ancien objectif' });
    const key = draftKey(id, 'session.objective');
    await saveDraft(key, 'Comprendre pourquoi les usagers rappellent — tapé juste avant la coupure');

    renderApp(prepareHref(id));

    const field = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');
    await waitFor(() => expect(field.value).toBe('Comprendre pourquoi les usagers rappellent — tapé juste avant la coupure'));
    await waitFor(async () => expect((await storedSession(id)).objective).toBe('Comprendre pourquoi les usagers rappellent — tapé juste avant la coupure'));
    await waitFor(async () => expect(await readDraft(key)).toBeUndefined());
    // Other fields are left as stored.
    expect(screen.getByLabelText<HTMLInputElement>('Titre de la séance').value).toBe("Comité d'écoute du 23 novembre 2026");
  });

  it('a draft equal to what is stored is simply dropped', async () => {
    const id = await seedSession({ place: 'Mairie' });
    const key = draftKey(id, 'session.place');
    await saveDraft(key, 'Mairie');
    const before = await storedSession(id);

    renderApp(prepareHref(id));

    await waitFor(async () => expect(await readDraft(key)).toBeUndefined());
    expect(screen.getByLabelText<HTMLInputElement>('Lieu').value).toBe('Mairie');
    expect((await storedSession(id)).rev).toBe(before.rev);
  });

  it('a keystroke saved to the record leaves no draft behind', async () => {
    const id = await seedSession();
    renderApp(prepareHref(id));
    const field = await screen.findByLabelText<HTMLInputElement>('Thématique');

    fireEvent.input(field, { target: { value: 'Accueil' } });

    await waitFor(async () => expect((await storedSession(id)).theme).toBe('Accueil'));
    await waitFor(async () => expect(await draftKeys(`${id}:`)).toEqual([]));
  });

  it('drafts of another séance are not restored here', async () => {
    const id = await seedSession();
    const other = await seedSession();
    await saveDraft(draftKey(other, 'session.objective'), 'Objectif de l’autre séance');

    renderApp(prepareHref(id));
    const field = await screen.findByLabelText<HTMLTextAreaElement>('Objectif');

    // Wait until this screen's own drafts were looked at: a typed change round-trips through the same store.
    fireEvent.input(screen.getByLabelText('Lieu'), { target: { value: 'Mairie' } });
    await waitFor(async () => expect((await storedSession(id)).place).toBe('Mairie'));
    expect(field.value).toBe('');
    expect((await storedSession(id)).objective).toBe('');
    expect(await readDraft(draftKey(other, 'session.objective'))).toBe('Objectif de l’autre séance');
  });
});
