// The démarche screens as an animateur or a national team meets them: the header claims no séance there, the mirror shows every quote on demand, a search result opens its verbatim.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { DemarcheId, SessionId } from '../../src/domain/types';
import { makeCard, makeDemarche, makeGroup, makeSession, makeTheme, makeThemeLink, makeVerbatim, T0 } from '../factories';
import { renderApp } from './render';
import { seedRecords } from './transfer-helpers';

const D = 'demarche-accueil' as DemarcheId;

describe('the header on the démarche screens', () => {
  it('marks « Séances » on a séance’s screens but no tab on a démarche’s', async () => {
    await seedRecords({ demarches: [makeDemarche({ id: D, title: 'Accueil 2027' })] });
    renderApp(`#/demarche/${D}/pistes`);
    await screen.findByRole('heading', { level: 1, name: 'Pistes de toutes les séances' });
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('aria-current'))).toEqual([null, null]);
    window.location.hash = '#/demarches';
    await screen.findByRole('heading', { level: 1, name: 'Démarches' });
    expect(within(nav).getByRole('link', { name: 'Séances' }).getAttribute('aria-current')).toBe(null);
    window.location.hash = '#/';
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Séances' }).getAttribute('aria-current')).toBe('page'));
  });
});

describe('the mirror on « Ce qui a été dit »', () => {
  it('shows three quotes per public, every one on « Voir tout (N) », and three again on « Voir moins »', async () => {
    await seedRecords({ demarches: [makeDemarche({ id: D, title: 'Accueil 2027' })] });
    const u = makeSession({ id: 's-u' as SessionId, place: 'Lille', date: '2027-01-10', audience: ['usagers'], demarcheId: D });
    const a = makeSession({ id: 's-a' as SessionId, place: 'Roubaix', date: '2027-01-20', audience: ['agents'], demarcheId: D });
    const said = [1, 2, 3, 4, 5].map((i) => makeVerbatim(u.id, { text: `Attente ${i}`, capturedAt: 1_000 + i }));
    const va = makeVerbatim(a.id, { text: 'La file déborde' });
    const gu = makeGroup(u.id, { title: 'Attente' });
    const ga = makeGroup(a.id, { title: 'Affluence' });
    const cards = [...said.map((v, i) => makeCard(u.id, { text: `Post-it ${i}`, groupId: gu.id, order: i, sourceVerbatimId: v.id })), makeCard(a.id, { groupId: ga.id, sourceVerbatimId: va.id })];
    const theme = makeTheme(D, { title: 'Le temps d’attente' });
    await seedRecords({ sessions: [u, a], verbatims: [...said, va], groups: [gu, ga], cards, themes: [theme], themeLinks: [makeThemeLink(D, gu, theme.id), makeThemeLink(D, ga, theme.id)] });
    renderApp(`#/demarche/${D}/ce-qui-a-ete-dit`);
    const mirror = await screen.findByRole('region', { name: 'Le temps d’attente' });
    const [usagers, agents] = [...mirror.querySelectorAll<HTMLElement>('.mirror-cell')];
    const quotes = () => [...usagers!.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes()).toEqual(['«\u00a0Attente 1\u00a0»', '«\u00a0Attente 2\u00a0»', '«\u00a0Attente 3\u00a0»']);
    // One quote only on the agents' side: nothing to unfold there.
    expect(within(agents!).queryByRole('button')).toBe(null);
    const more = within(usagers!).getByRole('button', { name: 'Voir tout (5)' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    // Told apart from another public's button by its cell's heading.
    expect(more.getAttribute('aria-describedby')).toBe(usagers!.querySelector('h4')!.id);
    fireEvent.click(more);
    expect(quotes()).toHaveLength(5);
    expect(quotes()[4]).toBe('«\u00a0Attente 5\u00a0»');
    const less = within(usagers!).getByRole('button', { name: 'Voir moins' });
    expect(less.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(less);
    expect(quotes()).toHaveLength(3);
  });
});

describe('a search result opens its verbatim', () => {
  it('opens the séance’s notes at that verbatim, marked and focused, even when it is older than the latest pages', async () => {
    await seedRecords({ demarches: [makeDemarche({ id: D, title: 'Accueil 2027' })] });
    const u = makeSession({ id: 's-u' as SessionId, place: 'Lille', date: '2027-01-10', audience: ['usagers'], demarcheId: D });
    const found = makeVerbatim(u.id, { text: 'On attend debout une heure.', capturedAt: T0 });
    const later = Array.from({ length: 150 }, (_, i) => makeVerbatim(u.id, { text: `Verbatim n° ${i + 1}`, tags: [], capturedAt: T0 + (i + 1) * 1000 }));
    await seedRecords({ sessions: [u], verbatims: [found, ...later] });
    renderApp(`#/demarche/${D}/recherche`);
    const field = await screen.findByLabelText('Rechercher dans tous les verbatims');
    fireEvent.input(field, { target: { value: 'attend' } });
    // The words go in the address once typing pauses…
    await waitFor(() => expect(window.location.hash).toBe(`#/demarche/${D}/recherche/attend`));
    fireEvent.input(field, { target: { value: 'debout' } });
    const open = await screen.findByRole('link', { name: 'Ouvrir les notes de la séance' });
    // … or at once when a result is touched, before its link leaves the page.
    expect(window.location.hash).toBe(`#/demarche/${D}/recherche/attend`);
    fireEvent.click(open.closest('li')!.querySelector('.search-text')!);
    expect(window.location.hash).toBe(`#/demarche/${D}/recherche/debout`);
    window.location.hash = open.getAttribute('href')!;
    const item = await waitFor(() => {
      const li = document.querySelector<HTMLElement>('.verbatim.is-target');
      expect(li).not.toBe(null);
      return li!;
    });
    expect(item.querySelector('.verbatim-text')!.textContent).toBe('On attend debout une heure.');
    expect(item.textContent).toContain('Résultat de la recherche');
    expect(item.getAttribute('aria-current')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(item));
    // Only that one is marked; the latest are there too.
    expect(document.querySelectorAll('.verbatim.is-target')).toHaveLength(1);
    expect(screen.getByText('Verbatim n° 150')).toBeTruthy();
    // Back to the results: the search kept its words in the address.
    expect(screen.getByRole('link', { name: 'Retour aux résultats' }).getAttribute('href')).toBe(`#/demarche/${D}/recherche`);
    window.location.hash = `#/demarche/${D}/recherche/debout`;
    expect(((await screen.findByLabelText('Rechercher dans tous les verbatims')) as HTMLInputElement).value).toBe('debout');
    expect(await screen.findByRole('link', { name: 'Ouvrir les notes de la séance' })).toBeTruthy();
  });
});

describe('a note of the secrétaire among the search results', () => {
  it('is named « Observation du secrétaire », not as words someone said', async () => {
    await seedRecords({ demarches: [makeDemarche({ id: D, title: 'Accueil 2027' })] });
    const u = makeSession({ id: 's-u' as SessionId, place: 'Lille', audience: ['usagers'], demarcheId: D });
    await seedRecords({ sessions: [u], verbatims: [makeVerbatim(u.id, { text: 'Le groupe s’anime sur les horaires.', kind: 'note', tags: [] })] });
    renderApp(`#/demarche/${D}/recherche`);
    fireEvent.input(await screen.findByLabelText('Rechercher dans tous les verbatims'), { target: { value: 'horaires' } });
    await waitFor(() => expect(document.querySelector('.search-hit .search-text')?.textContent).toMatch(/^Observation du secrétaire\s: Le groupe s’anime sur les horaires\.$/));
  });
});
