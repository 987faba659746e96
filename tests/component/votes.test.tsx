// Pistes and dot voting on one tablet: proxy votes within each person's allowance, raised hands, priorities, deleted groups.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { deleteGroup } from '../../src/actions/board';
import { createTrack } from '../../src/actions/tracks';
import { addProxyVote } from '../../src/actions/votes';
import type { SessionId, TrackId, Vote } from '../../src/domain/types';
import { routeHref } from '../../src/ui/common/routes';
import { nb, seedBoard, starts } from './boardHelpers';
import { db, renderApp, seedParticipants } from './render';

const votesOf = async (id: SessionId): Promise<Vote[]> => (await db().votes.where('sessionId').equals(id).toArray()).filter((v) => !v.deleted);
const tracksOf = async (id: SessionId) => (await db().tracks.where('sessionId').equals(id).toArray()).sort((a, b) => a.order - b.order);

async function seedVote(): Promise<{ id: SessionId; tracks: TrackId[]; people: string[] }> {
  const { id } = await seedBoard([]);
  await seedParticipants(id, ['Alice', 'Bruno', 'Chloé']);
  const tracks: TrackId[] = [];
  for (const title of ['Ouvrir le samedi', 'Des courriers clairs']) {
    const r = await createTrack(id, { title, description: '', groupIds: [] });
    if (r.ok) tracks.push(r.id);
  }
  return { id, tracks, people: ['Alice', 'Bruno', 'Chloé'] };
}

const plus = (who: string, track: string) => screen.getByRole('button', { name: nb(`+1 point : ${who} pour « ${track} »`) });

describe('vote by proxy', () => {
  it('each participant places at most their dots: the fourth of three is refused in French, taking one back frees it', async () => {
    const { id } = await seedVote();
    renderApp(routeHref({ name: 'board', id, tab: 'votes' }));
    fireEvent.click(await screen.findByRole('radio', { name: /^Alice/ }));
    fireEvent.click(plus('Alice', 'Ouvrir le samedi'));
    fireEvent.click(plus('Alice', 'Ouvrir le samedi'));
    fireEvent.click(plus('Alice', 'Des courriers clairs'));
    await screen.findByText('Alice a placé tous ses points.');
    fireEvent.click(plus('Alice', 'Des courriers clairs'));
    await screen.findByText('Alice a déjà placé ses 3 points : retirez-en un pour voter autrement.');
    expect((await votesOf(id)).map((v) => v.method)).toEqual(['proxy', 'proxy', 'proxy']);

    fireEvent.click(screen.getByRole('button', { name: starts('−1 : retirer un point de Alice sur « Ouvrir le samedi »') }));
    await screen.findByText('Alice : encore 1 point à placer.');
    fireEvent.click(plus('Alice', 'Des courriers clairs'));
    await waitFor(async () => expect((await votesOf(id)).length).toBe(3));
    expect(document.querySelector('.vote-refusal')?.textContent).toBe('');

    // Another person has their own dots; raising the allowance gives everyone one more.
    fireEvent.click(screen.getByRole('radio', { name: /^Bruno/ }));
    fireEvent.click(plus('Bruno', 'Ouvrir le samedi'));
    fireEvent.click(screen.getByRole('button', { name: 'Un point de plus par participant' }));
    await waitFor(async () => expect((await db().sessions.get(id))?.dotsPerParticipant).toBe(4));
    fireEvent.click(screen.getByRole('radio', { name: /^Alice/ }));
    fireEvent.click(plus('Alice', 'Ouvrir le samedi'));
    await waitFor(async () => expect((await votesOf(id)).filter((v) => v.voter !== null).length).toBe(5));
    await screen.findByText('5 points placés sur 12');
  });

  it('à main levée: one record per hand, never more hands than people, a lower count withdraws the latest', async () => {
    const { id, tracks } = await seedVote();
    renderApp(routeHref({ name: 'board', id, tab: 'votes' }));
    fireEvent.click(await screen.findByRole('radio', { name: /^À main levée/ }));
    const field = await screen.findByRole('spinbutton', { name: nb('Mains levées pour « Ouvrir le samedi »') });
    fireEvent.input(field, { target: { value: '4' } });
    fireEvent.blur(field);
    await screen.findByText('Pas plus de 3 mains levées : une par participant présent.');
    expect(await votesOf(id)).toEqual([]);
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('0'));
    (field as HTMLInputElement).focus();
    fireEvent.input(field, { target: { value: '2' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(async () => expect((await votesOf(id)).map((v) => [v.trackId, v.method, v.voter])).toEqual([[tracks[0], 'mains', null], [tracks[0], 'mains', null]]));
    const less = screen.getByRole('button', { name: nb('Une main de moins pour « Ouvrir le samedi »') });
    await waitFor(() => expect((less as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(less);
    await waitFor(async () => expect((await votesOf(id)).length).toBe(1));
  });
});

describe('results and priorities', () => {
  it('ranks by dots with ties shown, orders the priorities by the vote and records which are validated', async () => {
    const { id, tracks } = await seedVote();
    const alice = (await db().participants.where('sessionId').equals(id).toArray()).find((p) => p.pseudonym === 'Alice')!;
    await addProxyVote(id, tracks[1]!, alice.id);
    renderApp(routeHref({ name: 'board', id, tab: 'votes' }));
    const results = await screen.findByRole('region', { name: 'Résultat du vote' });
    expect(within(results).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Rang 1Des courriers clairs1 point', 'Rang 2Ouvrir le samedi0 point']);
    fireEvent.click(screen.getByRole('button', { name: 'Classer selon le vote' }));
    await waitFor(async () => expect((await tracksOf(id)).map((t) => t.title)).toEqual(['Des courriers clairs', 'Ouvrir le samedi']));
    fireEvent.click(await screen.findByRole('checkbox', { name: nb('Validée : Des courriers clairs') }));
    await waitFor(async () => expect((await tracksOf(id)).map((t) => t.validated)).toEqual([true, false]));
    await screen.findByText('1 validée');
  });

  it('a tie shares the rank', async () => {
    const { id } = await seedVote();
    renderApp(routeHref({ name: 'board', id, tab: 'votes' }));
    expect(await screen.findAllByText('Rang 1, ex æquo')).toHaveLength(2);
  });
});

describe('pistes', () => {
  it('a piste whose groups are deleted keeps its title and its votes, and still names the group', async () => {
    const { id, groups } = await seedBoard([], { 'Horaires du samedi': ['Fermé le samedi'] });
    await seedParticipants(id, ['Alice']);
    const made = await createTrack(id, { title: 'Ouvrir le samedi matin', description: 'Deux samedis par mois', groupIds: [groups.get('Horaires du samedi')!] });
    if (!made.ok) throw new Error('no track');
    const alice = (await db().participants.where('sessionId').equals(id).first())!;
    await addProxyVote(id, made.id, alice.id);
    await deleteGroup(id, groups.get('Horaires du samedi')!);
    renderApp(routeHref({ name: 'board', id, tab: 'pistes' }));
    await screen.findByRole('heading', { level: 3, name: /Ouvrir le samedi matin/ });
    // Text queries compare normalised text, where the no-break spaces of French typography are plain spaces.
    expect(screen.getByText('Regroupements : Horaires du samedi (regroupement supprimé)')).toBeTruthy();
    expect(screen.getByText('1 point')).toBeTruthy();
    const [track] = await tracksOf(id);
    expect([track?.title, track?.description, track?.groupIds, track?.deleted]).toEqual(['Ouvrir le samedi matin', 'Deux samedis par mois', [groups.get('Horaires du samedi')], false]);
    expect((await votesOf(id)).length).toBe(1);
  });

  it('the form refuses a piste with neither title nor group; with groups only, it is named after them', async () => {
    const { id } = await seedBoard([], { Accueil: ['Personne au standard'], Courriers: ['Illisibles'] });
    renderApp(routeHref({ name: 'board', id, tab: 'pistes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Créer la piste' }));
    await screen.findByText('Donnez un titre à la piste, ou choisissez au moins un regroupement.');
    expect(await tracksOf(id)).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Accueil/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Courriers/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Créer la piste' }));
    await waitFor(async () => expect((await tracksOf(id)).map((t) => [t.title, t.groupIds.length])).toEqual([['Accueil · Courriers', 2]]));
  });
});
