// The démarche screens as the animateur sees them: the list and a new démarche, its fiche (fields, séances in and out, mirror, export), Ce qui a été dit, Pistes.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addVerbatim } from '../../src/actions/verbatims';
import { readExport } from '../../src/format/read';
import type { DemarcheId, SessionId, TrackId } from '../../src/domain/types';
import { makeActionSheet, makeCard, makeDemarche, makeGroup, makeSession, makeStatusChange, makeTheme, makeThemeLink, makeTrack, makeVerbatim, makeVote } from '../factories';
import { db, renderApp, seedSession } from './render';
import { captureDownloads, dumpDb, seedRecords } from './transfer-helpers';

const D = 'demarche-accueil' as DemarcheId;
const ficheHash = `#/demarche/${D}`;

async function seedDemarche(over = {}) {
  await seedRecords({ demarches: [makeDemarche({ id: D, title: 'Accueil 2027', ...over })] });
}

describe('Accueil and the list of démarches', () => {
  it('leads from Accueil to the démarches, which explain themselves when there is none', async () => {
    renderApp('#/');
    const link = await screen.findByRole('link', { name: 'Démarches' });
    expect(link.getAttribute('href')).toBe('#/demarches');
  });

  it('explains what a démarche is for when there is none', async () => {
    renderApp('#/demarches');
    expect(await screen.findByRole('heading', { name: 'Aucune démarche sur cette tablette' })).toBeTruthy();
    expect(screen.getByText(/des usagers puis des agents en miroir, ou plusieurs sites/)).toBeTruthy();
  });

  it('creates a démarche from its title and opens its fiche', async () => {
    renderApp('#/demarches');
    fireEvent.input(await screen.findByLabelText('Titre de la nouvelle démarche'), { target: { value: 'Accueil des usagers 2027' } });
    fireEvent.click(screen.getByRole('button', { name: /Nouvelle démarche/ }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/demarche\/[^/]+$/));
    const stored = await db().demarches.toArray();
    expect(stored.map((d) => d.title)).toEqual(['Accueil des usagers 2027']);
    expect(window.location.hash).toBe(`#/demarche/${stored[0]!.id}`);
  });

  it('lists each démarche with its thématique, period, séances and their publics', async () => {
    await seedDemarche();
    await seedRecords({ sessions: [makeSession({ id: 's-u' as SessionId, demarcheId: D }), makeSession({ id: 's-a' as SessionId, audience: ['agents'], demarcheId: D }), makeSession({ id: 's-alone' as SessionId, audience: ['elus'] })] });
    renderApp('#/demarches');
    const card = (await screen.findByRole('link', { name: 'Accueil 2027' })).closest('article')!;
    await waitFor(() => expect(card.textContent).toContain('2 séances · Usagers, Agents'));
    expect(card.textContent).toContain('Accueil');
    expect(card.textContent).toContain('Du 1er janvier 2027 au 30 juin 2027');
  });
});

describe('the fiche of a démarche', () => {
  it('saves a field as typed and refuses a period ending before it starts, at the field, storing nothing', async () => {
    await seedDemarche();
    renderApp(ficheHash);
    fireEvent.input(await screen.findByLabelText('Pilote'), { target: { value: 'Mission qualité' } });
    await waitFor(async () => expect((await db().demarches.get(D))!.pilote).toBe('Mission qualité'));
    const before = await dumpDb();
    fireEvent.input(screen.getByLabelText('Fin de la période'), { target: { value: '2026-12-01' } });
    expect((await screen.findByRole('alert')).textContent).toBe('La fin ne peut pas précéder le début (1er janvier 2027)\u00a0: cette date n’est pas enregistrée.');
    expect(screen.getByLabelText('Fin de la période').getAttribute('aria-invalid')).toBe('true');
    expect(await dumpDb()).toEqual(before);
    expect((await db().demarches.get(D))!.periodEnd).toBe('2027-06-30');
  });

  it('attaches a séance of the tablet and detaches it', async () => {
    await seedDemarche();
    const id = await seedSession({ title: 'Usagers de Lille', place: 'Lille' });
    renderApp(ficheHash);
    fireEvent.click(await screen.findByRole('button', { name: 'Rattacher une séance' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Rattacher «\u00a0Usagers de Lille\u00a0» à la démarche' }));
    await waitFor(async () => expect((await db().sessions.get(id))!.demarcheId).toBe(D));
    const seances = screen.getByRole('region', { name: 'Séances de la démarche' });
    expect(await within(seances).findByRole('link', { name: 'Usagers de Lille' })).toBeTruthy();
    fireEvent.click(within(seances).getByRole('button', { name: 'Détacher «\u00a0Usagers de Lille\u00a0» de la démarche' }));
    await waitFor(async () => expect((await db().sessions.get(id))!.demarcheId).toBe(''));
  });

  it('asks before moving a séance out of another démarche', async () => {
    await seedDemarche();
    await seedRecords({ demarches: [makeDemarche({ id: 'demarche-autre' as DemarcheId, title: 'Autre démarche' })], sessions: [makeSession({ id: 's-other' as SessionId, title: 'Agents de Roubaix', demarcheId: 'demarche-autre' as DemarcheId })] });
    renderApp(ficheHash);
    fireEvent.click(await screen.findByRole('button', { name: 'Rattacher une séance' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Rattacher «\u00a0Agents de Roubaix\u00a0» à la démarche' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Déplacer «\u00a0Agents de Roubaix\u00a0» dans cette démarche\u00a0?' });
    await waitFor(() => expect(dialog.textContent).toContain('fait partie de la démarche «\u00a0Autre démarche\u00a0»'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect((await db().sessions.get('s-other' as SessionId))!.demarcheId).toBe('demarche-autre');
    fireEvent.click(screen.getByRole('button', { name: 'Rattacher «\u00a0Agents de Roubaix\u00a0» à la démarche' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Déplacer la séance' }));
    await waitFor(async () => expect((await db().sessions.get('s-other' as SessionId))!.demarcheId).toBe(D));
  });

  it('makes a mirror séance with the agents by default, the same guide, and opens its préparation', async () => {
    await seedDemarche();
    const source = await seedSession({ title: 'Usagers de Lille', place: 'Lille', audience: ['usagers'], demarcheId: D });
    renderApp(ficheHash);
    fireEvent.click(await screen.findByRole('button', { name: 'Séance miroir de «\u00a0Usagers de Lille\u00a0»' }));
    expect((screen.getByRole('radio', { name: 'Agents' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Créer la séance miroir' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/seance\/.+\/preparation/));
    const mirror = (await db().sessions.toArray()).find((s) => s.mirrorOf === source)!;
    expect(mirror).toMatchObject({ audience: ['agents'], demarcheId: D, title: 'Usagers de Lille — Agents', place: 'Lille' });
    const phases = async (id: SessionId) => (await db().phases.where('sessionId').equals(id).toArray()).map((p) => [p.index, p.title, p.prompts.map((q) => q.text)]).sort();
    expect(await phases(mirror.id)).toEqual(await phases(source));
    expect((await phases(mirror.id)).length).toBe(5);
  });

  it('exports the démarche anonymised by default; the version with names only behind a choice that says who it is for', async () => {
    await seedDemarche({ pilote: 'Nadia Roux' });
    await seedRecords({ sessions: [makeSession({ id: 's-u' as SessionId, demarcheId: D, animateur: 'Claire Morel' })] });
    const downloads = captureDownloads();
    renderApp(ficheHash);
    expect(screen.queryByRole('button', { name: 'Exporter avec les noms' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter la démarche anonymisée' }));
    await waitFor(() => expect(downloads.length).toBe(1));
    const read = readExport(await downloads[0]!.blob.text());
    if (!read.ok) throw new Error('unreadable');
    expect(read.envelope.anonymised).toBe(true);
    expect(downloads[0]!.name).toContain('anonymise');
    expect(await downloads[0]!.blob.text()).not.toMatch(/Nadia|Claire/);
    fireEvent.click(screen.getByLabelText('Je veux la version avec les noms, pour l’équipe qui a animé ces séances'));
    expect(screen.getByText(/ne le donnez qu’à l’équipe du site/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Exporter avec les noms' }));
    await waitFor(() => expect(downloads.length).toBe(2));
    expect(await downloads[1]!.blob.text()).toContain('Claire Morel');
  });
});

/** Two séances of the same site: usagers (Lille) and their agents mirror; a theme holding a regroupement of each. */
async function seedSaid() {
  await seedDemarche();
  const u = makeSession({ id: 's-u' as SessionId, title: 'Usagers', place: 'Lille', date: '2027-01-10', audience: ['usagers'], demarcheId: D });
  const a = makeSession({ id: 's-a' as SessionId, title: 'Agents', place: 'Roubaix', date: '2027-01-20', audience: ['agents'], demarcheId: D, mirrorOf: u.id });
  const vu = makeVerbatim(u.id, { text: 'On attend debout une heure', tags: ['irritant'], speakerName: 'Élise' });
  const va = makeVerbatim(a.id, { text: 'La file déborde le lundi', tags: ['irritant'], speakerName: 'Karim' });
  const gu = makeGroup(u.id, { title: 'Attente' });
  const ga = makeGroup(a.id, { title: 'Affluence' });
  const cards = [makeCard(u.id, { text: 'Attente debout', groupId: gu.id, sourceVerbatimId: vu.id }), makeCard(a.id, { text: 'Lundi chargé', kind: 'irritant', groupId: ga.id, sourceVerbatimId: va.id }), makeCard(a.id, { text: 'Équipe soudée', kind: 'positif', order: 1 })];
  const theme = makeTheme(D, { title: 'Le temps d’attente' });
  await seedRecords({ sessions: [u, a], verbatims: [vu, va], groups: [gu, ga], cards, themes: [theme], themeLinks: [makeThemeLink(D, gu, theme.id), makeThemeLink(D, ga, theme.id)] });
  return { u, a };
}

describe('Ce qui a été dit', () => {
  it('counts each heading with the séances it comes from, quotes by public and place, never a name', async () => {
    await seedSaid();
    renderApp(`${ficheHash}/ce-qui-a-ete-dit`);
    const irritants = await screen.findByRole('region', { name: 'Irritants 4' });
    expect(within(irritants).getByText(/2 verbatims, 2 post-its/).textContent).toBe('2 verbatims, 2 post-its — séance de Lille, séance de Roubaix');
    expect(within(irritants).getByRole('heading', { name: 'Usager, séance de Lille' })).toBeTruthy();
    expect(within(irritants).getByRole('heading', { name: 'Agent, séance de Roubaix' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Points positifs 1' }).textContent).toContain('Équipe soudée');
    expect(document.body.textContent).not.toMatch(/Élise|Karim/);
  });

  it('sets the publics side by side for each theme, or points to the Thèmes tab when there is none', async () => {
    await seedSaid();
    renderApp(`${ficheHash}/ce-qui-a-ete-dit`);
    const theme = await screen.findByRole('region', { name: 'Le temps d’attente' });
    const cells = [...theme.querySelectorAll('.mirror-cell')].map((c) => c.querySelector('h4')!.textContent);
    expect(cells).toEqual(['Usagers', 'Agents']);
    expect(theme.querySelectorAll('.mirror-cell')[1]!.textContent).toContain('«\u00a0La file déborde le lundi\u00a0»Agent, séance de Roubaix');
    await db().themes.clear();
    expect(await screen.findByText(/Aucun thème consolidé pour l’instant/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Construire les thèmes' }).getAttribute('href')).toBe(`${ficheHash}/themes`);
  });

  it('shows the first items of a heading and the rest on « Voir tout »', async () => {
    await seedDemarche();
    const u = makeSession({ id: 's-u' as SessionId, place: 'Lille', demarcheId: D });
    await seedRecords({ sessions: [u], cards: [1, 2, 3, 4, 5, 6, 7].map((i) => makeCard(u.id, { text: `Irritant ${i}`, order: i })) });
    renderApp(`${ficheHash}/ce-qui-a-ete-dit`);
    const irritants = await screen.findByRole('region', { name: 'Irritants 7' });
    expect(within(irritants).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Irritant 1 (post-it)', 'Irritant 2 (post-it)', 'Irritant 3 (post-it)', 'Irritant 4 (post-it)', 'Irritant 5 (post-it)']);
    fireEvent.click(within(irritants).getByRole('button', { name: 'Voir tout (7)' }));
    expect(within(irritants).getAllByRole('listitem')).toHaveLength(7);
    expect(within(irritants).getByText('aucun verbatim, 7 post-its — séance de Lille')).toBeTruthy();
  });

  it('renders with no séance, and with one', async () => {
    await seedDemarche();
    renderApp(`${ficheHash}/ce-qui-a-ete-dit`);
    expect(await screen.findByText(/Aucune séance dans cette démarche pour l’instant/)).toBeTruthy();
    await seedRecords({ sessions: [makeSession({ id: 's-u' as SessionId, place: 'Lille', demarcheId: D })] });
    expect(await screen.findByText(/Une seule séance pour l’instant/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Irritants 0' }).textContent).toContain('Rien dans cette rubrique.');
  });
});

describe('moving between the tabs', () => {
  it('shows the next tab at once, from the read the démarche already made, and still follows what is written', async () => {
    await seedSaid();
    renderApp(`${ficheHash}/ce-qui-a-ete-dit`);
    await screen.findByRole('region', { name: 'Irritants 4' });
    // Every frame the app draws from here on: a tab re-reading its démarche would draw an empty, busy page first.
    const busy: string[] = [];
    const watcher = new MutationObserver(() => document.querySelector('main[aria-busy="true"]') && busy.push(window.location.hash));
    watcher.observe(document.body, { childList: true, subtree: true, attributes: true });
    fireEvent.click(screen.getByRole('link', { name: 'Pistes' }));
    await screen.findByRole('heading', { level: 1, name: 'Pistes de toutes les séances' });
    fireEvent.click(screen.getByRole('link', { name: 'Ce qui a été dit' }));
    await screen.findByRole('region', { name: 'Irritants 4' });
    watcher.disconnect();
    expect(busy).toEqual([]);
    // One more irritant typed on this tablet (as the secrétaire types it) shows in the tab open now.
    const typed = await addVerbatim('s-u' as SessionId, { phase: 3, speaker: 'groupe', text: 'Le guichet ferme trop tôt', tags: ['irritant'], key: false, kind: 'verbatim' });
    expect(typed.ok).toBe(true);
    expect(await screen.findByRole('region', { name: 'Irritants 5' })).toBeTruthy();
  });
});

describe('Pistes', () => {
  it('ranks every piste by its share of its séance’s votes, says the rule, and opens each fiche action', async () => {
    await seedDemarche();
    const u = makeSession({ id: 's-u' as SessionId, place: 'Lille', audience: ['usagers'], demarcheId: D });
    const a = makeSession({ id: 's-a' as SessionId, place: 'Roubaix', date: '2026-11-24', audience: ['agents'], demarcheId: D });
    // Lille: 6 dots, 3 of them on «\u00a0Horaires\u00a0» (50 %); Roubaix: 2 dots, both on «\u00a0Accueil téléphonique\u00a0» (100 %).
    const horaires = makeTrack(u.id, { id: 't-h' as TrackId, title: 'Horaires', order: 0 });
    const signal = makeTrack(u.id, { id: 't-s' as TrackId, title: 'Signalétique', order: 1 });
    const tel = makeTrack(a.id, { id: 't-t' as TrackId, title: 'Accueil téléphonique', order: 0 });
    const votes = [...[1, 2, 3].map(() => makeVote(u.id, horaires.id)), ...[1, 2, 3].map(() => makeVote(u.id, signal.id)), makeVote(a.id, tel.id), makeVote(a.id, tel.id)];
    const sheet = makeActionSheet(a.id, { number: '1', title: 'Rappeler sous 48 h', trackId: tel.id });
    await seedRecords({ sessions: [u, a], tracks: [horaires, signal, tel], votes, actions: [sheet], statusChanges: [makeStatusChange(a.id, sheet.id, { status: 'en_cours', on: '2026-11-30' })] });
    renderApp(`${ficheHash}/pistes`);
    const list = await screen.findByRole('list', { name: 'Pistes classées' });
    const rows = within(list).getAllByRole('heading').map((h) => h.textContent);
    expect(rows).toEqual(['Accueil téléphonique', 'Horaires', 'Signalétique']);
    const items = within(list).getAllByRole('listitem').filter((li) => li.classList.contains('piste'));
    expect(items[0]!.textContent).toContain('Rang 1');
    expect(items[0]!.textContent).toContain('100\u00a0% 2 points sur 2 posés dans sa séance');
    expect(items[1]!.textContent).toContain('Rang 2, ex æquo');
    expect(items[2]!.textContent).toContain('Rang 2, ex æquo');
    expect(items[1]!.textContent).toContain('Usager, séance de Lille');
    expect(screen.getByRole('note', { name: 'Règle du classement' }).textContent).toContain('selon leur part des votes de leur séance');
    expect(screen.getByRole('note').textContent).toContain('ex æquo');
    const action = within(items[0]!).getByRole('link', { name: 'Fiche 1\u00a0: Rappeler sous 48 h' });
    expect(action.getAttribute('href')).toBe(`#/seance/${a.id}/action/${sheet.id}`);
    expect(items[0]!.textContent).toContain('En cours');
  });
});
