// The secrétaire's pane: Enter stores a verbatim with the phase and the speaker who has the floor, tags, star, post-it.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { removeParticipant } from '../../src/actions/participants';
import { giveFloor, startSession } from '../../src/actions/room';
import { addVerbatim } from '../../src/actions/verbatims';
import { draftKey, readDraft, saveDraft } from '../../src/db/drafts';
import { LIMITS } from '../../src/domain/limits';
import type { SessionId } from '../../src/domain/types';
import { setClock } from '../../src/platform/clock';
import { routeHref } from '../../src/ui/common/routes';
import { T0, makeVerbatim } from '../factories';
import { db, renderApp, seedParticipants, seedSession } from './render';

const field = () => screen.getByLabelText<HTMLTextAreaElement>('Verbatim ou note');
const verbatims = async (id: SessionId) => (await db().verbatims.where('sessionId').equals(id).toArray()).sort((a, b) => a.capturedAt - b.capturedAt);

function type(text: string) {
  fireEvent.input(field(), { target: { value: text } });
}
/** Presses Enter; true when the app left the key to the browser (which would then insert a new line). */
function enter(shiftKey = false): boolean {
  return fireEvent.keyDown(field(), { key: 'Enter', shiftKey });
}

async function openSplit(names = ['Amina', 'Bruno', 'Chloé']) {
  setClock(() => T0);
  const id = await seedSession();
  const ids = await seedParticipants(id, names);
  await startSession(id);
  renderApp(routeHref({ name: 'room', id }));
  fireEvent.click(await screen.findByRole('button', { name: 'Afficher la prise de notes' }));
  await screen.findByLabelText('Verbatim ou note');
  return { id, ids };
}

describe('prise de notes — split view', () => {
  it('type + Enter stores a verbatim with the current phase and the speaker who has the floor', async () => {
    const { id, ids } = await openSplit();
    await giveFloor(id, ids[1]!);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Bruno' })).toHaveProperty('checked', true));
    setClock(() => T0 + 90_000);
    type('On attend trop longtemps au téléphone.');
    enter();
    await waitFor(async () => expect(await verbatims(id)).toHaveLength(1));
    const [v] = await verbatims(id);
    expect(v).toMatchObject({ phase: 1, speaker: ids[1], speakerName: 'Bruno', text: 'On attend trop longtemps au téléphone.', capturedAt: T0 + 90_000, kind: 'verbatim', key: false, tags: [] });
    await waitFor(() => expect(field().value).toBe(''));
    expect(await screen.findByText('On attend trop longtemps au téléphone.')).toBeTruthy();
    expect(await readDraft(draftKey(id, 'verbatim'))).toBeUndefined();
  });

  it('the line shows the moment Enter is pressed, before its write has even started; the stored record then takes its place', async () => {
    const { id } = await openSplit();
    // The page of verbatims is read (none yet): the timeline is there to receive the line.
    await waitFor(() => expect(document.querySelector('.timeline-scroll')).not.toBeNull());
    type('Le guichet ferme trop tôt.');
    enter();
    // Only microtasks run here: fake IndexedDB answers on later tasks, so no write can have committed yet.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    const line = { selector: '.verbatim-text' };
    expect(screen.getByText('Le guichet ferme trop tôt.', line)).toBeTruthy();
    await waitFor(async () => expect(await verbatims(id)).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByText('Le guichet ferme trop tôt.', line)).toHaveLength(1));
  });

  it('a write refused by a full disk takes its line back out: the text is in the field again, with the French alert', async () => {
    await openSplit();
    const put = IDBObjectStore.prototype.put;
    const disk = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'verbatims') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await waitFor(() => expect(document.querySelector('.timeline-scroll')).not.toBeNull());
      type('Personne ne rappelle.');
      enter();
      expect(await screen.findByRole('alert')).toBeTruthy();
      await waitFor(() => expect(field().value).toBe('Personne ne rappelle.'));
      expect(screen.queryByText('Personne ne rappelle.', { selector: '.verbatim-text' })).toBeNull();
    } finally {
      disk.mockRestore();
    }
  });

  it('Shift+Enter is a new line, not a save; an empty verbatim is not saved', async () => {
    const { id } = await openSplit();
    type('   ');
    enter();
    await screen.findByText(/^Rien à enregistrer\s:\sle texte est vide\.$/);
    type('Première ligne');
    // jsdom has no default actions: do what the browser does with an Enter the app did not take.
    if (enter(true)) type('Première ligne\n');
    await waitFor(() => expect(field().value).toBe('Première ligne\n'));
    type('Première ligne\nDeuxième ligne');
    enter();
    // Captures are stored in the order of the keys: once this one shows, a save from Shift+Enter would have too.
    await screen.findByText('Première ligne Deuxième ligne');
    expect((await verbatims(id)).map((v) => v.text)).toEqual(['Première ligne\nDeuxième ligne']);
  });

  it('tags, star, kind and a chosen speaker are stored; the speaker follows the floor again when it changes', async () => {
    const { id, ids } = await openSplit();
    fireEvent.click(screen.getByRole('radio', { name: 'Groupe' }));
    fireEvent.click(screen.getByRole('button', { name: 'Irritant' }));
    fireEvent.click(screen.getByRole('button', { name: 'Attente' }));
    fireEvent.click(screen.getByRole('button', { name: /Citation clé/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Observation (pas une citation)' }));
    type('Tout le monde acquiesce.');
    enter();
    await waitFor(async () => expect(await verbatims(id)).toHaveLength(1));
    expect((await verbatims(id))[0]).toMatchObject({ speaker: 'groupe', tags: ['irritant', 'attente'], key: true, kind: 'note' });
    // Options reset after a save; the manual speaker holds until the floor moves.
    expect(screen.getByRole('button', { name: 'Irritant' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('radio', { name: 'Groupe' })).toHaveProperty('checked', true);
    await giveFloor(id, ids[2]!);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Chloé' })).toHaveProperty('checked', true));
  });

  it('verbatim → post-it creates one linked card, kind from the tag, and only one', async () => {
    const { id } = await openSplit();
    fireEvent.click(screen.getByRole('button', { name: 'Irritant' }));
    type('Le formulaire en ligne plante à la dernière étape.');
    enter();
    const make = await screen.findByRole('button', { name: /^En post-it/ });
    fireEvent.click(make);
    await screen.findByRole('button', { name: 'Post-it créé' });
    const cards = await db().cards.where('sessionId').equals(id).toArray();
    const [v] = await verbatims(id);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ text: v!.text, kind: 'irritant', polarity: 'negative', groupId: null, sourceVerbatimId: v!.id });
  });

  it('edits, deletes with undo, and filters by speaker and accent-free search', async () => {
    const { id, ids } = await openSplit();
    await addVerbatim(id, { phase: 1, speaker: ids[0]!, text: 'Les règles sont claires.', tags: ['positif'], key: false, kind: 'verbatim' });
    await addVerbatim(id, { phase: 1, speaker: ids[1]!, text: 'Je ne savais pas où aller.', tags: [], key: false, kind: 'verbatim' });
    await screen.findByText('Je ne savais pas où aller.');
    fireEvent.click(screen.getByRole('button', { name: /Rechercher, filtrer/ }));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Rechercher' }), { target: { value: 'REGLES' } });
    await waitFor(() => expect(screen.queryByText('Je ne savais pas où aller.')).toBeNull());
    expect(screen.getByText('Les règles sont claires.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Personne' }), { target: { value: ids[1] } });
    await waitFor(() => expect(screen.queryByText('Les règles sont claires.')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));

    const item = screen.getByText('Je ne savais pas où aller.').closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: /^Modifier/ }));
    fireEvent.input(within(item).getByLabelText('Texte du verbatim'), { target: { value: 'Je ne savais pas à quel guichet aller.' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Enregistrer la modification' }));
    await screen.findByText('Je ne savais pas à quel guichet aller.');
    const edited = screen.getByText('Je ne savais pas à quel guichet aller.').closest('li')!;
    fireEvent.click(within(edited).getByRole('button', { name: /^Supprimer/ }));
    await waitFor(() => expect(screen.queryByText('Je ne savais pas à quel guichet aller.')).toBeNull());
    expect((await verbatims(id)).find((v) => v.speaker === ids[1])?.deleted).toBe(true);
    fireEvent.click(within(document.querySelector<HTMLElement>('.toasts')!).getByRole('button', { name: 'Annuler' }));
    await screen.findByText('Je ne savais pas à quel guichet aller.');
  });
});

describe('prise de notes — bad input', () => {
  it('a pasted megabyte is capped with a French message', async () => {
    const { id } = await openSplit();
    type('x'.repeat(1_000_000));
    await screen.findByText(/^Texte trop long\s:\s20\s000 caractères au plus/);
    expect(field().value.length).toBe(LIMITS.long);
    enter();
    await waitFor(async () => expect((await verbatims(id))[0]?.text.length).toBe(LIMITS.long));
  });

  it('emoji, right-to-left text and markup round-trip exactly and show as text', async () => {
    const { id } = await openSplit();
    const naughty = '👩🏽‍💼 مرحبا <img src=x onerror=alert(1)> **gras** & "guillemets"';
    type(naughty);
    enter();
    await waitFor(async () => expect((await verbatims(id))[0]?.text).toBe(naughty));
    const shown = await screen.findByText((_, el) => el?.classList.contains('verbatim-text') === true && el.textContent === naughty);
    expect(shown.tagName).toBe('P');
    expect(shown.getAttribute('dir')).toBe('auto');
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('a verbatim whose speaker was removed keeps the pseudonym, shown as removed', async () => {
    const { id, ids } = await openSplit();
    await addVerbatim(id, { phase: 1, speaker: ids[0]!, text: 'Merci pour l’accueil.', tags: [], key: false, kind: 'verbatim' });
    await removeParticipant(ids[0]!);
    await waitFor(() => expect(screen.getByText('Merci pour l’accueil.').closest('li')!.textContent).toContain('Amina (retiré)'));
  });
});

describe('prise de notes — secrétaire tablet', () => {
  it('full screen: the chosen phase files the notes, and a draft left by a killed tab is back in the field', async () => {
    setClock(() => T0);
    const id = await seedSession();
    await seedParticipants(id, ['Amina']);
    await saveDraft(draftKey(id, 'verbatim'), 'La moitié d’une phr');
    renderApp(routeHref({ name: 'notes', id }), { role: 'secretaire' });
    await waitFor(() => expect(field().value).toBe('La moitié d’une phr'));
    fireEvent.click(screen.getByRole('radio', { name: /^3\. Partage/ }));
    type('La moitié d’une phrase, finie.');
    enter();
    await waitFor(async () => expect((await verbatims(id))[0]).toMatchObject({ phase: 3, speaker: 'inconnu', text: 'La moitié d’une phrase, finie.' }));
  });
});

describe('prise de notes — on-screen keyboard', () => {
  it('follows the visual viewport so the capture box stays above the keyboard', async () => {
    const listeners = new Map<string, () => void>();
    const viewport = { height: 768, offsetTop: 0, addEventListener: (type: string, fn: () => void) => listeners.set(type, fn), removeEventListener: () => undefined };
    Object.defineProperty(window, 'visualViewport', { value: viewport, configurable: true });
    try {
      setClock(() => T0);
      const id = await seedSession();
      renderApp(routeHref({ name: 'notes', id }), { role: 'secretaire' });
      await screen.findByLabelText('Verbatim ou note');
      expect(document.documentElement.style.getPropertyValue('--vv-height')).toBe('768px');
      viewport.height = 420; // the keyboard came up
      listeners.get('resize')?.();
      expect(document.documentElement.style.getPropertyValue('--vv-height')).toBe('420px');
    } finally {
      Reflect.deleteProperty(window, 'visualViewport');
    }
  });
});

describe('prise de notes — a long séance', () => {
  it('75 verbatims: one tap on « Afficher les 15 précédents » shows the first one; the label counts what is left', async () => {
    const { id } = await openSplit();
    await db().verbatims.bulkAdd(Array.from({ length: 75 }, (_, i) => makeVerbatim(id, { text: `Verbatim n° ${i + 1}`, capturedAt: T0 + i * 1000 })));
    // Leave the notes and come back, as the secrétaire did.
    fireEvent.click(screen.getByRole('button', { name: 'Masquer la prise de notes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Afficher la prise de notes' }));
    await screen.findByText('Verbatim n° 75');
    expect(screen.queryByText('Verbatim n° 15')).toBeNull();
    expect(screen.getByText('Verbatim n° 16')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Afficher les 15 précédents' }));
    await screen.findByText('Verbatim n° 1');
    expect(screen.getAllByText(/^Verbatim n° \d+$/)).toHaveLength(75);
    expect(screen.queryByRole('button', { name: /^Afficher les \d+ précédents$/ })).toBeNull();
  });

  it('150 verbatims: 60, then 60 more, then the last 30, one tap each', async () => {
    const { id } = await openSplit();
    await db().verbatims.bulkAdd(Array.from({ length: 150 }, (_, i) => makeVerbatim(id, { text: `Verbatim n° ${i + 1}`, capturedAt: T0 + i * 1000 })));
    await screen.findByText('Verbatim n° 150');
    expect(screen.getAllByText(/^Verbatim n° \d+$/)).toHaveLength(60);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher les 60 précédents' }));
    await waitFor(() => expect(screen.getAllByText(/^Verbatim n° \d+$/)).toHaveLength(120));
    fireEvent.click(await screen.findByRole('button', { name: 'Afficher les 30 précédents' }));
    await waitFor(() => expect(screen.getAllByText(/^Verbatim n° \d+$/)).toHaveLength(150));
  });
});

describe('prise de notes — one Enter, one item', () => {
  it('with more than 60 verbatims, an Enter adds one item and drops the oldest; every other item stays the same node in the page', async () => {
    const { id } = await openSplit();
    // Two phases in the window (its first section cut by the window itself), the new one in a third.
    await db().verbatims.bulkAdd(
      Array.from({ length: 80 }, (_, i) => makeVerbatim(id, { text: `Verbatim n° ${i + 1}`, phase: i < 50 ? 2 : 3, capturedAt: T0 - 100_000 + i * 1000 })),
    );
    await screen.findByText('Verbatim n° 80');
    const items = () => [...document.querySelectorAll('.timeline-scroll li.verbatim')];
    const sections = () => [...document.querySelectorAll('.timeline-scroll .phase-section')];
    const before = items();
    const sectionsBefore = sections();
    expect(before).toHaveLength(60);
    type('Un de plus');
    enter();
    await screen.findByText('Un de plus');
    await waitFor(() => expect(screen.queryByText('Verbatim n° 21')).toBeNull());
    const after = items();
    // One item in, one out: the 59 others are the very nodes that were there, not copies rebuilt with their section.
    expect(after.filter((li) => !before.includes(li)).map((li) => li.querySelector('.verbatim-text')?.textContent)).toEqual(['Un de plus']);
    expect(before.filter((li) => !after.includes(li)).map((li) => li.querySelector('.verbatim-text')?.textContent)).toEqual(['Verbatim n° 21']);
    expect(after).toHaveLength(60);
    // Its sections too (compared by identity: toEqual would accept a rebuilt copy).
    expect(sections().slice(0, 2).map((el, i) => el === sectionsBefore[i])).toEqual([true, true]);
  });
});
