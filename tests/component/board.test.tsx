// The post-it board: keyboard drag, "Déplacer vers…", undo/redo, groups, and bad input (empty, too long, hostile text).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import { routeHref } from '../../src/ui/common/routes';
import type { SessionId } from '../../src/domain/types';
import { choose, fakeBoardLayout, nb, seedBoard, shownIn, starts, storedArea, storedCards } from './boardHelpers';
import { db, renderApp, seedParticipants, toasts } from './render';

const board = (id: SessionId) => routeHref({ name: 'board', id, tab: 'postits' });
const card = (text: string) => screen.getByRole('button', { name: new RegExp(`${text}`), pressed: false });
const grip = (text: string) => screen.getByRole('button', { name: nb(`Déplacer le post-it « ${text} »`) });
/** dnd-kit's KeyboardSensor listens for keys one task after the pick-up (its own setTimeout 0): nothing on screen marks it. */
const sensorListening = () => act(() => new Promise((r) => setTimeout(r, 0)));
/** What a screen reader hears during a drag (dnd-kit's assertive live region). */
const heard = (text: string) => waitFor(() => expect(document.querySelector('[aria-live="assertive"]')?.textContent).toBe(nb(text)));

describe('moving post-its without a mouse', () => {
  it('keyboard drag: Space picks the post-it up by its grip, an arrow jumps to the group on the right, Space drops it at the end of that group', async () => {
    fakeBoardLayout();
    const { id, groups } = await seedBoard(['Horaires trop courts'], { Accueil: ['Personne au standard'] });
    renderApp(board(id));
    await screen.findByRole('heading', { level: 1, name: 'Tableau de post-its' });
    const handle = await screen.findByRole('button', { name: nb('Déplacer le post-it « Horaires trop courts »') });
    expect(handle.getAttribute('aria-roledescription')).toBe('post-it déplaçable');
    expect(document.getElementById(handle.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Pour déplacer ce post-it au clavier/);
    handle.focus();
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await sensorListening();
    // Picked up: faded in place, a preview follows the keys.
    await waitFor(() => expect(handle.closest('li')?.classList.contains('is-lifted')).toBe(true));
    expect(document.querySelector('.postit-overlay')?.textContent).toContain('Horaires trop courts');
    fireEvent.keyDown(document, { code: 'ArrowRight', key: 'ArrowRight' });
    await heard('Au-dessus de : Accueil.');
    fireEvent.keyDown(document, { code: 'Space', key: ' ' });
    await waitFor(async () => expect(await storedArea(id, groups.get('Accueil')!)).toEqual(['Personne au standard', 'Horaires trop courts']));
    await waitFor(() => expect(shownIn('Accueil')).toEqual(['Personne au standard', 'Horaires trop courts']));
    // What a screen reader heard last (dnd-kit's assertive live region).
    expect(document.querySelector('[aria-live="assertive"]')?.textContent).toBe(nb('Post-it « Horaires trop courts » déposé sur : Accueil.'));
    expect(await storedArea(id, null)).toEqual([]);
  });

  it('Escape during a keyboard drag puts nothing anywhere', async () => {
    fakeBoardLayout();
    const { id, groups } = await seedBoard(['Horaires trop courts'], { Accueil: ['Personne au standard'] });
    renderApp(board(id));
    const handle = await screen.findByRole('button', { name: nb('Déplacer le post-it « Horaires trop courts »') });
    handle.focus();
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await sensorListening();
    fireEvent.keyDown(document, { code: 'ArrowRight', key: 'ArrowRight' });
    await heard('Au-dessus de : Accueil.');
    fireEvent.keyDown(document, { code: 'Escape', key: 'Escape' });
    await screen.findByText('Déplacement annulé.');
    expect(await storedArea(id, groups.get('Accueil')!)).toEqual(['Personne au standard']);
  });

  it('select two post-its, « Déplacer vers… » a group: both move, in board order; the dialog closes and the selection clears', async () => {
    const { id, groups } = await seedBoard(['Horaires trop courts', 'Pas de parking', 'Formulaires illisibles'], { Accueil: ['Personne au standard'] });
    renderApp(board(id));
    fireEvent.click(await screen.findByRole('button', { name: /Formulaires illisibles/, pressed: false }));
    fireEvent.click(card('Horaires trop courts'));
    expect(screen.getByText('2 post-its sélectionnés')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Déplacer vers…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Déplacer 2 post-its vers…' });
    const target = within(dialog).getByRole('radio', { name: /^Accueil/ });
    expect(target).toHaveProperty('checked', true); // the likeliest destination is offered first
    expect(document.activeElement).toBe(target);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Au début' }));
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Déplacer' }).closest('form')!);
    await waitFor(async () => expect(await storedArea(id, groups.get('Accueil')!)).toEqual(['Horaires trop courts', 'Formulaires illisibles', 'Personne au standard']));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText('2 post-its sélectionnés')).toBeNull();
    // Focus follows the first moved post-it to its new place.
    await waitFor(() => expect(document.activeElement?.closest('ul')?.getAttribute('aria-label')).toBe('Accueil'));
    expect(document.activeElement?.textContent).toContain('Horaires trop courts');
    expect(await storedArea(id, null)).toEqual(['Pas de parking']);
  });

  it('« Déplacer vers… » a new group names it; Monter/Descendre reorder one post-it; Ctrl+Z and Ctrl+Y undo and redo', async () => {
    const { id } = await seedBoard(['Horaires trop courts', 'Pas de parking']);
    renderApp(board(id));
    fireEvent.click(await screen.findByRole('button', { name: /Pas de parking/, pressed: false }));
    fireEvent.click(screen.getByRole('button', { name: 'Déplacer vers…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Déplacer le post-it vers…' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Nouveau regroupement' }));
    fireEvent.input(within(dialog).getByLabelText('Nom du nouveau regroupement'), { target: { value: 'Stationnement' } });
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Déplacer' }).closest('form')!);
    await waitFor(() => expect(shownIn('Stationnement')).toEqual(['Pas de parking']));

    fireEvent.click(card('Horaires trop courts'));
    fireEvent.click(screen.getByRole('button', { name: 'Déplacer vers…' }));
    fireEvent.submit(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Déplacer' }).closest('form')!);
    await waitFor(() => expect(shownIn('Stationnement')).toEqual(['Pas de parking', 'Horaires trop courts']));
    fireEvent.click(card('Horaires trop courts'));
    fireEvent.click(screen.getByRole('button', { name: /Monter/ }));
    await waitFor(() => expect(shownIn('Stationnement')).toEqual(['Horaires trop courts', 'Pas de parking']));

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(shownIn('Stationnement')).toEqual(['Pas de parking', 'Horaires trop courts']));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(shownIn('Post-its non classés')).toEqual(['Horaires trop courts']));
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(shownIn('Stationnement')).toEqual(['Pas de parking', 'Horaires trop courts']));
    // Undo the group's creation: the group is hidden again (a tombstone), its post-it unsorted.
    fireEvent.click(screen.getByRole('button', { name: starts('Annuler : déplacement') }));
    fireEvent.click(await screen.findByRole('button', { name: starts('Annuler : nouveau regroupement') }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Stationnement' })).toBeNull());
    expect((await db().groups.where('sessionId').equals(id).toArray()).map((g) => [g.title, g.deleted])).toEqual([['Stationnement', true]]);
    expect(await storedArea(id, null)).toEqual(['Horaires trop courts', 'Pas de parking']);
  });
});

describe('board route', () => {
  it('a board link to a séance that no longer exists says so in French, with a way back', async () => {
    renderApp(routeHref({ name: 'board', id: 'gone' as SessionId, tab: 'postits' }));
    await screen.findByText("Cette séance n'existe pas ou a été supprimée.");
    expect(screen.getByRole('link', { name: 'Retour aux séances' }).getAttribute('href')).toBe('#/');
  });
});

describe('groups', () => {
  it('deleting a group sends its post-its back to the unsorted area; « Annuler » restores the group with them', async () => {
    const { id, groups } = await seedBoard(['Pas de parking'], { Accueil: ['Personne au standard', 'Horaires trop courts'] });
    renderApp(board(id));
    fireEvent.click(await screen.findByRole('button', { name: starts('Supprimer le regroupement « Accueil »') }));
    await toasts().findByText(/Regroupement « Accueil » supprimé/);
    await waitFor(async () => expect(await storedArea(id, null)).toEqual(['Pas de parking', 'Personne au standard', 'Horaires trop courts']));
    expect((await storedCards(id)).every((c) => !c.deleted)).toBe(true);
    fireEvent.click(toasts().getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(shownIn('Accueil')).toEqual(['Personne au standard', 'Horaires trop courts']));
    expect((await db().groups.get(groups.get('Accueil')!))?.deleted).toBe(false);
  });

  it('« Nouveau regroupement » makes an empty group whose name is typed inline and saved', async () => {
    const { id } = await seedBoard(['Pas de parking']);
    renderApp(board(id));
    fireEvent.click(await screen.findByRole('button', { name: /^Nouveau regroupement/ }));
    const name = await screen.findByRole('textbox', { name: 'Nom du regroupement' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: 'Accès au bâtiment\n' } });
    await waitFor(async () => expect((await db().groups.where('sessionId').equals(id).toArray()).map((g) => g.title)).toEqual(['Accès au bâtiment ']));
    expect(screen.getByText('0 post-it')).toBeTruthy();
  });
});

describe('editing a post-it', () => {
  it('written for a participant, then edited (text, kind, author); emptying the text is refused', async () => {
    const { id } = await seedBoard([]);
    await seedParticipants(id, ['Alice', 'Bruno']);
    renderApp(board(id));
    const alice = (await db().participants.where('sessionId').equals(id).toArray()).find((p) => p.pseudonym === 'Alice')!;
    choose(await screen.findByLabelText('Au nom de'), alice.id);
    fireEvent.input(screen.getByLabelText('Nouveau post-it'), { target: { value: 'Horaires trop courts' } });
    fireEvent.click(screen.getByRole('button', { name: 'Irritant' }));
    await screen.findByText('Écrit pour Alice');
    fireEvent.click(card('Horaires trop courts'));
    fireEvent.click(screen.getByRole('button', { name: 'Modifier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le post-it' });
    const text = within(dialog).getByLabelText('Texte');
    fireEvent.input(text, { target: { value: '  ' } });
    fireEvent.submit(text.closest('form')!);
    await within(dialog).findByText('Écrivez d’abord le texte du post-it.');
    fireEvent.input(text, { target: { value: 'Horaires trop courts le samedi' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Attente' }));
    choose(within(dialog).getByLabelText('Au nom de'), '');
    fireEvent.submit(text.closest('form')!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [stored] = await storedCards(id);
    expect([stored?.text, stored?.kind, stored?.polarity, stored?.onBehalfOf]).toEqual(['Horaires trop courts le samedi', 'attente', 'neutral', null]);
  });
});

describe('writing post-its: bad input', () => {
  const field = () => screen.getByLabelText('Nouveau post-it');

  it('an empty post-it is not created, with a French message', async () => {
    const { id } = await seedBoard([]);
    renderApp(board(id));
    await screen.findByLabelText('Nouveau post-it');
    fireEvent.input(field(), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Idée' }));
    await screen.findByText('Écrivez d’abord le texte du post-it.');
    expect(await storedCards(id)).toEqual([]);
  });

  it(`an over-long post-it is cut at ${LIMITS.postit} characters and says so`, async () => {
    const { id } = await seedBoard([]);
    renderApp(board(id));
    await screen.findByLabelText('Nouveau post-it');
    fireEvent.input(field(), { target: { value: 'é'.repeat(LIMITS.postit + 20) } });
    await screen.findByText(`Trop long : ${LIMITS.postit + 20} caractères pour ${LIMITS.postit} au plus. La fin sera coupée.`);
    fireEvent.click(screen.getByRole('button', { name: 'Attente' }));
    await screen.findByText(`Post-it ajouté mais coupé à ${LIMITS.postit} caractères : un post-it doit rester court.`);
    const [stored] = await storedCards(id);
    expect([stored?.text.length, stored?.kind, stored?.polarity]).toEqual([LIMITS.postit, 'attente', 'neutral']);
  });

  it.each([
    ['markup', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'],
    ['emoji', '👍 Accueil souriant 👨‍👩‍👧'],
    ['right-to-left', 'الانتظار طويل جدًا'],
  ])('%s is stored and shown as plain text', async (_, text) => {
    const { id } = await seedBoard([]);
    renderApp(board(id));
    await screen.findByLabelText('Nouveau post-it');
    fireEvent.input(field(), { target: { value: text } });
    fireEvent.submit(field().closest('form')!);
    await waitFor(() => expect(shownIn('Post-its non classés')).toEqual([text]));
    expect(document.querySelector('.board img, .board script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(document.querySelector('.postit-text')?.getAttribute('dir')).toBe('auto');
    expect((await storedCards(id)).map((c) => c.text)).toEqual([text]);
  });

  it('deleting selected post-its is a tombstone; « Annuler » brings them back where they were', async () => {
    const { id } = await seedBoard(['Pas de parking', 'Horaires trop courts']);
    renderApp(board(id));
    fireEvent.click(await screen.findByRole('button', { name: /Pas de parking/, pressed: false }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer' }));
    await toasts().findByText('Post-it supprimé.');
    await waitFor(() => expect(shownIn('Post-its non classés')).toEqual(['Horaires trop courts']));
    expect((await storedCards(id)).find((c) => c.text === 'Pas de parking')?.deleted).toBe(true);
    fireEvent.click(toasts().getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(shownIn('Post-its non classés')).toEqual(['Pas de parking', 'Horaires trop courts']));
  });
});
