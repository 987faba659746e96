// The consolidated themes screen: what a person sees of the regroupements, and what « Déplacer vers… », a suggestion and a deletion store.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { themeLinkId } from '../../src/domain/demarche';
import { makeTheme, makeThemeLink } from '../factories';
import { importAll, twoSeances } from './demarcheHelpers';
import { db, renderApp } from './render';

/** French typography as the catalogue writes it: a no-break space inside « » and before ? and :. */
const q = (s: string) => s.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ ([?:])/g, '\u00a0$1');
const themesHref = (id: string) => `#/demarche/${id}/themes`;
const storedThemes = async () => (await db().themes.toArray()).filter((t) => !t.deleted);
const linkOf = async (groupId: string) => db().themeLinks.get(themeLinkId(groupId as never));
const unthemed = () => screen.getByRole('region', { name: /Hors thème/ });
const itemOf = (name: string) => screen.getByText(name).closest('li.regroupement') as HTMLElement;

describe('the consolidated themes screen', () => {
  it('shows each regroupement with its séance, public and post-it count, « Hors thème » until placed', async () => {
    const { demarche, set } = twoSeances();
    await importAll(set);
    renderApp(themesHref(demarche.id));
    await screen.findByRole('heading', { level: 1, name: 'Thèmes consolidés' });
    const guichet = itemOf('Attente au guichet');
    expect(within(unthemed()).getByText('Attente au guichet')).toBeTruthy();
    expect(guichet.textContent).toContain('séance de Lyon, Usagers · 2 post-its');
    expect(itemOf('Attente à l’accueil').textContent).toContain('séance d’Orléans, Agents · 1 post-it');
    expect(itemOf('Horaires d’ouverture').textContent).toContain('aucun post-it');
  });

  it('by keyboard, « Déplacer vers… » a new theme then an existing one: stored as the regroupement’s one link', async () => {
    const { demarche, groups, set } = twoSeances();
    await importAll(set);
    renderApp(themesHref(demarche.id));
    fireEvent.click(await screen.findByRole('button', { name: q('Déplacer « Attente au guichet » vers…') }));
    const dialog = await screen.findByRole('dialog', { name: q('Déplacer « Attente au guichet » vers…') });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Nouveau thème…' }));
    fireEvent.input(within(dialog).getByLabelText('Nom du nouveau thème'), { target: { value: 'Le temps d’attente' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Déplacer' }));
    await waitFor(async () => expect(await storedThemes()).toHaveLength(1));
    const [theme] = await storedThemes();
    expect(theme!.title).toBe('Le temps d’attente');
    expect(await linkOf(groups.guichet.id)).toMatchObject({ themeId: theme!.id, groupSessionId: groups.guichet.sessionId });

    // Focus follows the moved regroupement to its new place, in the new theme.
    await waitFor(() => expect(document.activeElement?.closest('li')?.textContent).toContain('Attente au guichet'));
    expect(document.activeElement?.closest('.theme-area')?.querySelector('input')?.value).toBe('Le temps d’attente');
    fireEvent.click(await screen.findByRole('button', { name: q('Déplacer « Attente à l’accueil » vers…') }));
    const again = await screen.findByRole('dialog', { name: q('Déplacer « Attente à l’accueil » vers…') });
    fireEvent.click(within(again).getByRole('radio', { name: /Le temps d’attente/ }));
    fireEvent.click(within(again).getByRole('button', { name: 'Déplacer' }));
    await waitFor(async () => expect((await linkOf(groups.accueil.id))?.themeId).toBe(theme!.id));
    const section = (await screen.findByRole('textbox', { name: q('Nom du thème « Le temps d’attente »') })).closest('li') as HTMLElement;
    await waitFor(() => expect(within(section).getByText('Attente à l’accueil')).toBeTruthy());
    expect(within(section).getByText('Attente au guichet')).toBeTruthy();
    expect(within(unthemed()).queryByText('Attente au guichet')).toBeNull();
  });

  it('a suggestion « Proche de » is only shown until « Ajouter » places the regroupement', async () => {
    const { demarche, groups, set } = twoSeances();
    const theme = makeTheme(demarche.id, { title: 'Attente au guichet', order: 0 });
    set.themes = [theme];
    set.themeLinks = [makeThemeLink(demarche.id, groups.guichet, theme.id)];
    await importAll(set);
    renderApp(themesHref(demarche.id));
    const accueil = await screen.findByText('Attente à l’accueil');
    const item = accueil.closest('li.regroupement') as HTMLElement;
    expect(within(item).getByText('Proche de « Attente au guichet »')).toBeTruthy();
    expect(within(itemOf('Horaires d’ouverture')).queryByText(/Proche de/)).toBeNull();
    expect(await linkOf(groups.accueil.id)).toBeUndefined();
    fireEvent.click(within(item).getByRole('button', { name: q('Ajouter « Attente à l’accueil » au thème « Attente au guichet »') }));
    await waitFor(async () => expect((await linkOf(groups.accueil.id))?.themeId).toBe(theme.id));
    await waitFor(() => expect(screen.queryByText(/Proche de/)).toBeNull());
  });

  it('deleting a theme asks first, then puts its regroupements back « Hors thème »; cancelling keeps it', async () => {
    const { demarche, groups, set } = twoSeances();
    const theme = makeTheme(demarche.id, { title: 'Attendre' });
    set.themes = [theme];
    set.themeLinks = [makeThemeLink(demarche.id, groups.guichet, theme.id), makeThemeLink(demarche.id, groups.accueil, theme.id)];
    await importAll(set);
    renderApp(themesHref(demarche.id));
    fireEvent.click(await screen.findByRole('button', { name: q('Supprimer le thème « Attendre »') }));
    let confirm = await screen.findByRole('alertdialog', { name: q('Supprimer le thème « Attendre » ?') });
    expect(confirm.textContent).toContain(q('Ses 2 regroupements reviennent dans « Hors thème ».'));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    expect((await db().themes.get(theme.id))!.deleted).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: q('Supprimer le thème « Attendre »') }));
    confirm = await screen.findByRole('alertdialog');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Supprimer le thème' }));
    await waitFor(async () => expect((await db().themes.get(theme.id))!.deleted).toBe(true));
    expect([(await linkOf(groups.guichet.id))!.themeId, (await linkOf(groups.accueil.id))!.themeId]).toEqual(['', '']);
    await waitFor(() => expect(within(unthemed()).getByText('Attente au guichet')).toBeTruthy());
    expect(within(unthemed()).getByText('Attente à l’accueil')).toBeTruthy();
  });

  it('creates, renames and reorders themes; an emptied name is said and not stored', async () => {
    const { demarche, set } = twoSeances();
    await importAll(set);
    renderApp(themesHref(demarche.id));
    const name = await screen.findByLabelText('Nom du nouveau thème');
    fireEvent.input(name, { target: { value: 'Accueil' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le thème' }));
    await screen.findByRole('textbox', { name: q('Nom du thème « Accueil »') });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le thème' }));
    await screen.findByRole('textbox', { name: q('Nom du thème « Thème 2 »') });
    fireEvent.click(screen.getByRole('button', { name: q('Monter le thème « Thème 2 »') }));
    await waitFor(async () => expect((await storedThemes()).sort((a, b) => a.order - b.order).map((t) => t.title)).toEqual(['Thème 2', 'Accueil']));
    await waitFor(() => expect((screen.getByRole('button', { name: q('Monter le thème « Thème 2 »') }) as HTMLButtonElement).disabled).toBe(true));

    const field = screen.getByRole('textbox', { name: q('Nom du thème « Accueil »') });
    fireEvent.input(field, { target: { value: 'Accueil au guichet' } });
    await waitFor(async () => expect((await storedThemes()).map((t) => t.title).sort()).toEqual(['Accueil au guichet', 'Thème 2']));
    fireEvent.input(await screen.findByRole('textbox', { name: q('Nom du thème « Accueil au guichet »') }), { target: { value: '  ' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Un thème a besoin d’un nom');
    expect((await storedThemes()).map((t) => t.title).sort()).toEqual(['Accueil au guichet', 'Thème 2']);
  });
});
