// RGPD actions of the préparation: "Anonymiser la séance" and "Supprimer définitivement", checked on everything stored.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { anonymiseSession, deleteSessionForever } from '../../src/actions/privacy';
import type { SessionId } from '../../src/domain/types';
import { startSession } from '../../src/actions/room';
import { saveSynthesis } from '../../src/actions/report';
import { addCard } from '../../src/actions/cards';
import { retryFailedWrites, saveState } from '../../src/actions/status';
import * as writeModule from '../../src/db/write';
import { WriteError } from '../../src/db/write';
import { prepareHref, renderApp, seedParticipants, seedSession, toasts } from './render';
import { OTHER_PEOPLE, OTHER_TITLE, PEOPLE, ROLES, TITLE, dump, namesIn, rowsOf, seedNamedSession, seedOtherSession, traceOf, type Dump } from './privacyHelpers';

const NAMES = [...PEOPLE, ...Object.values(ROLES)];

async function openPanel(id: SessionId) {
  renderApp(prepareHref(id));
  return within(await screen.findByRole('region', { name: 'Données personnelles (RGPD)' }));
}

const dialog = (name: RegExp) => within(screen.getByRole('alertdialog', { name }));

/** Every row of one séance, by table and id, to compare before and after. */
const rowsById = (d: Dump, id: SessionId) =>
  Object.fromEntries(Object.entries(rowsOf(d, id)).map(([table, rows]) => [table, new Map(rows.map((r) => [r.id as string, r]))]));

describe('Anonymiser la séance', () => {
  it('leaves no name of the séance anywhere, keeps the substance as new revisions, and leaves the other séance alone', async () => {
    const { id, ids } = await seedNamedSession();
    const other = await seedOtherSession();
    const before = await dump();
    // The search can fail: every name is stored somewhere before.
    expect(namesIn(before, NAMES)).toEqual(NAMES);
    const panel = await openPanel(id);

    fireEvent.click(panel.getByRole('button', { name: 'Anonymiser la séance' }));
    fireEvent.click(dialog(/^Anonymiser la séance/).getByRole('button', { name: 'Oui, anonymiser' }));

    expect(await toasts().findByText('Séance anonymisée : les participants s’appellent désormais P1, P2… ; les noms des rôles et le texte du consentement sont effacés.')).toBeTruthy();
    const after = await dump();
    expect(namesIn(after, NAMES)).toEqual([]);
    expect(namesIn(after, OTHER_PEOPLE)).toEqual([...OTHER_PEOPLE]);

    const old = rowsById(before, id);
    const now = rowsById(after, id);
    // Nothing removed or added: same rows in every table, tombstones still tombstones.
    for (const table of Object.keys(old)) {
      expect([...now[table]!.keys()].sort(), table).toEqual([...old[table]!.keys()].sort());
      for (const [rowId, row] of old[table]!) expect(now[table]!.get(rowId)!.deleted, `${table} ${rowId}`).toBe(row.deleted);
    }
    // Every record that named someone is a new revision; records that named nobody keep theirs.
    for (const table of Object.keys(old)) {
      for (const [rowId, row] of old[table]!) {
        const named = namesIn({ tables: { x: [row] }, stores: {} }, NAMES).length > 0;
        const rev = (now[table]!.get(rowId)!.rev as number) - (row.rev as number);
        if (named) expect(rev, `${table} ${rowId} names someone`).toBeGreaterThan(0);
      }
    }
    for (const table of ['turns', 'votes', 'phases']) for (const [rowId, row] of old[table]!) expect(now[table]!.get(rowId)!.rev).toBe(row.rev);

    const participants = now.participants!;
    expect(Object.fromEntries(PEOPLE.map((name) => [name, participants.get(ids[name])!.pseudonym]))).toEqual({ Ghislaine: 'P1', Anatole: 'P2', Zoé: 'P3', Perrine: 'P4' });
    expect([...participants.values()].map((p) => p.consentWording)).toEqual(['', '', '', '']);
    expect(participants.get(ids.Ghislaine)).toMatchObject({ consent: true });
    expect(participants.get(ids.Anatole)!.tags).toEqual(['Voisin de P1']);
    expect(now.sessions!.get(id)).toMatchObject({ title: TITLE, consentWording: '', animateur: '', secretaire: '', superviseur: '' });
    const texts = (table: string, field: string) => [...now[table]!.values()].map((r) => r[field]).sort();
    expect(texts('verbatims', 'text')).toEqual(['Animateur relance P3 sur les horaires.', 'Moi, P4, je viens tous les mois.', 'P2 a raison, on attend trop au guichet.', 'P3 ne veut pas être citée.']);
    expect(texts('cards', 'text')).toEqual(['Ouvrir le samedi (idée de P3)', 'P2 a raison, on attend trop au guichet.']);
    expect(texts('tracks', 'description')).toEqual(['Proposé par P3 et P1']);
    expect(now.actions!.size).toBe(1);
    expect([...now.actions!.values()][0]).toMatchObject({ owner: 'Animateur', description: 'P2 relira le courrier.' });
    expect(texts('syntheses', 'text')).toEqual(['P1 et P2 attendent surtout d’être rappelés.']);

    expect(traceOf(after, id).keyval['cercle-drafts/drafts']).toEqual([]);
    // The other séance: every row, draft and pref exactly as it was.
    expect(rowsOf(after, other)).toEqual(rowsOf(before, other));
    expect(traceOf(after, other).keyval).toEqual(traceOf(before, other).keyval);

    // The screen shows what is stored: no role names, and P1…P3 in the circle.
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Animateur').value).toBe(''));
    fireEvent.click(screen.getByRole('tab', { name: /^Participants/ }));
    for (const [i, label] of ['P1', 'P2', 'P3'].entries()) expect(await screen.findByRole('listitem', { name: `Place ${i + 1} : ${label}` })).toBeTruthy();
  });

  it('writes all or nothing: a full disk on one table changes no record, says so, and « Réessayer » completes it', async () => {
    const { id } = await seedNamedSession();
    const before = await dump();
    const panel = await openPanel(id);
    const put = IDBObjectStore.prototype.put;
    const disk = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'cards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });

    fireEvent.click(panel.getByRole('button', { name: 'Anonymiser la séance' }));
    fireEvent.click(dialog(/^Anonymiser la séance/).getByRole('button', { name: 'Oui, anonymiser' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Espace de stockage plein/);
    expect((await dump()).tables).toEqual(before.tables);
    disk.mockRestore();
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(async () => expect(namesIn(await dump(), NAMES)).toEqual([]));
  });
});

describe('Supprimer définitivement', () => {
  it('erases every row, draft and pref of the séance, goes home, and leaves the other séance alone', async () => {
    const { id } = await seedNamedSession();
    const other = await seedOtherSession();
    const before = await dump();
    expect(Object.values(traceOf(before, id).rows).filter((rows) => rows.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(traceOf(before, id).keyval['cercle-prefs/prefs']!.length).toBe(2);
    const panel = await openPanel(id);

    fireEvent.click(panel.getByRole('button', { name: 'Supprimer définitivement' }));
    fireEvent.click(dialog(/^Supprimer définitivement la séance/).getByRole('button', { name: 'Oui, supprimer définitivement' }));

    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(await toasts().findByText(`Séance « ${TITLE} » supprimée définitivement de cette tablette.`)).toBeTruthy();
    expect(await screen.findByRole('article', { name: OTHER_TITLE })).toBeTruthy();
    expect(screen.queryByRole('article', { name: TITLE })).toBeNull();

    const after = await dump();
    const trace = traceOf(after, id);
    for (const [table, rows] of Object.entries(trace.rows)) expect(rows, table).toEqual([]);
    for (const [store, pairs] of Object.entries(trace.keyval)) expect(pairs, store).toEqual([]);
    expect(JSON.stringify(after)).not.toContain(id);
    expect(namesIn(after, NAMES)).toEqual([]);
    expect(rowsOf(after, other)).toEqual(rowsOf(before, other));
    expect(traceOf(after, other).keyval).toEqual(traceOf(before, other).keyval);
  });
});

describe('RGPD panel', () => {
  it.each([
    { button: 'Anonymiser la séance', title: /^Anonymiser la séance/, how: 'Annuler' },
    { button: 'Supprimer définitivement', title: /^Supprimer définitivement la séance/, how: 'Annuler' },
    { button: 'Supprimer définitivement', title: /^Supprimer définitivement la séance/, how: 'Escape' },
  ])('"$button" then $how changes nothing', async ({ button, title, how }) => {
    const { id } = await seedNamedSession();
    await seedOtherSession();
    const before = await dump();
    const panel = await openPanel(id);

    fireEvent.click(panel.getByRole('button', { name: button }));
    const box = screen.getByRole('alertdialog', { name: title });
    expect(box.textContent).toMatch(/C’est définitif/);
    if (how === 'Escape') fireEvent.keyDown(box, { key: 'Escape' });
    else fireEvent.click(within(box).getByRole('button', { name: 'Annuler' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(window.location.hash).toBe(prepareHref(id));
    expect(await dump()).toEqual(before);
  });

  it('refuses both while the séance is running in the room, on screen and in the actions', async () => {
    const id = await seedSession({ title: 'En salle' });
    await startSession(id);
    const panel = await openPanel(id);
    // Opening the préparation remembers the séance as the last one: the snapshot is taken after that.
    await waitFor(async () => expect(traceOf(await dump(), id).keyval['cercle-prefs/prefs']).toEqual([['lastSessionId', id]]));
    const before = await dump();

    expect(panel.getByText('La séance est en cours dans la salle : clôturez-la avant de l’anonymiser ou de la supprimer.')).toBeTruthy();
    expect(panel.getByRole('button', { name: 'Anonymiser la séance' }).hasAttribute('disabled')).toBe(true);
    expect(panel.getByRole('button', { name: 'Supprimer définitivement' }).hasAttribute('disabled')).toBe(true);
    expect(await anonymiseSession(id)).toEqual({ ok: false, problem: 'running' });
    expect(await deleteSessionForever(id)).toEqual({ ok: false, problem: 'running' });
    expect(await dump()).toEqual(before);
  });

  it('« Réessayer » after an erasure or an anonymisation never writes back what was removed', async () => {
    const erased = await seedSession({ title: 'À effacer' });
    const named = await seedSession({ title: 'À anonymiser' });
    await seedParticipants(named, ['Bérénice']);
    const fullDisk = () => vi.spyOn(writeModule, 'transact').mockRejectedValueOnce(new WriteError('quota', new Error('full')));

    // A post-it failed to save (full disk): the banner offers « Réessayer »; then the séance is erased.
    let quota = fullDisk();
    await expect(addCard(erased, { text: 'Post-it resté en échec', kind: 'idee', onBehalfOf: null })).rejects.toThrow();
    quota.mockRestore();
    expect(saveState().failure).toBe('quota');
    expect(await deleteSessionForever(erased)).toEqual({ ok: true, revised: 0 });
    expect(saveState().failure).toBeNull();
    await retryFailedWrites();
    expect(Object.values(rowsOf(await dump(), erased)).flat()).toEqual([]);

    // A synthesis naming someone failed to save; then the séance is anonymised.
    quota = fullDisk();
    await expect(saveSynthesis(named, 'learnings', 'Bérénice a tout dit')).rejects.toThrow();
    quota.mockRestore();
    expect((await anonymiseSession(named)).ok).toBe(true);
    expect(saveState().failure).toBeNull();
    await retryFailedWrites();
    expect(namesIn(await dump(), ['Bérénice'])).toEqual([]);
  });

  it('a report screen left open on an erased séance stores no orphan text', async () => {
    const id = await seedSession({ title: 'Effacée' });
    expect(await deleteSessionForever(id)).toEqual({ ok: true, revised: 0 });
    await saveSynthesis(id, 'learnings', 'Tapé après l’effacement');
    expect(Object.values(rowsOf(await dump(), id)).flat()).toEqual([]);
  });

  it('the purge reminder on Accueil opens the panel with focus on its heading', async () => {
    const id = await seedSession({ title: 'Ancienne séance', date: '2026-01-10', purgeAfter: '2026-04-10' });
    renderApp('#/');
    const card = within(await screen.findByRole('article', { name: 'Ancienne séance' }));
    const link = card.getByRole('link', { name: /^Anonymiser ou supprimer les données de «\sAncienne séance\s»$/ });
    expect(link.textContent).toBe('Anonymiser ou supprimer');
    expect(link.getAttribute('href')).toBe(`#/seance/${id}/preparation/seance/rgpd`);

    fireEvent.click(link);

    const heading = await screen.findByRole('heading', { level: 2, name: 'Données personnelles (RGPD)' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
