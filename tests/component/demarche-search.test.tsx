// The démarche's search screen: accent- and case-insensitive, filters that combine, results that name no one and open their séance.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeParticipant, T0 } from '../factories';
import { importAll, twoSeances, verbatim } from './demarcheHelpers';
import { renderApp } from './render';

const searchHref = (id: string) => `#/demarche/${id}/recherche`;
const field = () => screen.findByLabelText('Rechercher dans tous les verbatims');
const type = async (text: string) => fireEvent.input(await field(), { target: { value: text } });
const results = () => [...document.querySelectorAll('.search-hit')] as HTMLElement[];
const status = () => document.querySelector('.search-status')?.textContent ?? '';

async function seeded() {
  const s = twoSeances();
  const paul = makeParticipant(s.lyon.id, { pseudonym: 'Paul Durand' });
  s.set.participants = [paul];
  s.set.verbatims = [
    verbatim(s.lyon.id, 'Le délai de rappel est trop long.', { speaker: paul.id, speakerName: 'Paul Durand', phase: 3, tags: ['irritant'], key: true }),
    verbatim(s.lyon.id, 'Les DÉLAIS sont annoncés à l’accueil.', { phase: 4, tags: ['positif'], capturedAt: T0 + 60_000 }),
    verbatim(s.orleans.id, 'On manque de temps pour expliquer les délais.', { speaker: 'animateur', phase: 3, tags: ['irritant'] }),
    verbatim(s.orleans.id, 'Rien à voir.', { phase: 3 }),
  ];
  await importAll(s.set);
  renderApp(searchHref(s.demarche.id));
  return s;
}

describe('the démarche’s search', () => {
  it('shows a hint and no result while the field is empty; says so in French when nothing matches', async () => {
    await seeded();
    expect((await screen.findByText(/Tapez un ou plusieurs mots pour chercher parmi les 4 verbatims/)).textContent).toBeTruthy();
    expect(results()).toHaveLength(0);
    await type('guichetier');
    await waitFor(() => expect(status()).toContain('Aucun verbatim ne correspond à'));
    expect(results()).toHaveLength(0);
  });

  it('finds « délai » typed without accent or capitals, marks the words, names no participant, opens the right séance', async () => {
    const { lyon, orleans, set } = await seeded();
    await type('DELAI');
    await waitFor(() => expect(status()).toBe('3 verbatims trouvés'));
    const [first, second, third] = results();
    // Orléans is the earlier séance: its verbatims come first.
    expect(first!.textContent).toContain('On manque de temps pour expliquer les délais.');
    expect([...first!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['délai']);
    expect([...third!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['DÉLAI']);
    expect(first!.textContent).toContain('Animateur');
    expect(first!.textContent).toContain('séance d’Orléans, 1er février 2027');
    expect(second!.textContent).toContain('Usager');
    expect(second!.textContent).toContain('Citation clé');
    expect(second!.textContent).toContain('séance de Lyon, 2 mars 2027');
    expect(second!.textContent).toMatch(/Phase 3/);
    expect(document.querySelector('.search')!.textContent).not.toContain('Paul');
    // Each opens its séance's notes at that very verbatim.
    expect(within(second!).getByRole('link', { name: 'Ouvrir les notes de la séance' }).getAttribute('href')).toBe(`#/seance/${lyon.id}/notes/${set.verbatims[0]!.id}`);
    expect(within(first!).getByRole('link').getAttribute('href')).toBe(`#/seance/${orleans.id}/notes/${set.verbatims[2]!.id}`);
  });

  it('filters combine (public, phase, étiquette, citation clé) and « Effacer les filtres » brings every result back', async () => {
    await seeded();
    await type('délai');
    await waitFor(() => expect(results()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Public'), { target: { value: 'usagers' } });
    await waitFor(() => expect(status()).toBe('2 verbatims trouvés'));
    fireEvent.change(screen.getByLabelText('Phase'), { target: { value: '3' } });
    await waitFor(() => expect(status()).toBe('1 verbatim trouvé'));
    expect(results()[0]!.textContent).toContain('Le délai de rappel');
    fireEvent.change(screen.getByLabelText('Étiquette'), { target: { value: 'positif' } });
    await waitFor(() => expect(status()).toContain('Aucun verbatim'));
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(results()).toHaveLength(3));
    fireEvent.click(screen.getByLabelText('Citations clés seulement'));
    await waitFor(() => expect(results()).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Séance'), { target: { value: 'seance-orleans' } });
    await waitFor(() => expect(status()).toContain('Aucun verbatim'));
  });

  it('shows 20 results at first, then 20 more with each « Afficher plus », the count saying them all', async () => {
    const s = twoSeances();
    s.set.verbatims = Array.from({ length: 45 }, (_, i) => verbatim(s.lyon.id, `Attente numéro ${i + 1}`, { capturedAt: T0 + i }));
    await importAll(s.set);
    renderApp(searchHref(s.demarche.id));
    await type('attente');
    await waitFor(() => expect(status()).toBe('45 verbatims trouvés'));
    expect(results()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus (20 sur 45)' }));
    await waitFor(() => expect(results()).toHaveLength(40));
    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus (40 sur 45)' }));
    await waitFor(() => expect(results()).toHaveLength(45));
    expect(results()[44]!.textContent).toContain('Attente numéro 45');
    expect(screen.queryByRole('button', { name: /Afficher plus/ })).toBeNull();
  });
});
