// The report screen of a long séance: long runs of quotes fold behind « Afficher… », the print view keeps them all.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeVerbatim } from '../factories';
import { renderApp } from './render';
import { openReport, reportHref, seedReport } from './reportHelpers';

/** The fixture's 3 positive quotes and 150 more. */
async function seedLong() {
  return seedReport((s) => {
    for (let i = 0; i < 150; i++) {
      s.verbatims.push(makeVerbatim(s.session.id, { text: `Avis positif n° ${i + 1}`, tags: ['positif'], capturedAt: s.session.createdAt + i }));
    }
  });
}

const positive = () => {
  const views = within(screen.getByRole('region', { name: 'Avis positifs et négatifs' }));
  return views.getByRole('heading', { level: 3, name: 'Avis positifs' }).closest('.doc-column') as HTMLElement;
};
const quotesIn = (el: HTMLElement) => el.querySelectorAll('figure.doc-quote').length;

describe('rapport de synthèse — a long séance', () => {
  it('shows the first quotes of a long run and a button with the count; each tap shows more, the last one all', async () => {
    const { session } = await seedLong();
    await openReport(session.id);
    expect(quotesIn(positive())).toBe(3);
    const more = within(positive()).getByRole('button', { name: 'Afficher 100 verbatims de plus (sur 150 restants)' });
    fireEvent.click(more);
    await waitFor(() => expect(quotesIn(positive())).toBe(103));
    fireEvent.click(within(positive()).getByRole('button', { name: 'Afficher les 50 autres verbatims' }));
    await waitFor(() => expect(quotesIn(positive())).toBe(153));
    expect(within(positive()).queryByRole('button', { name: /^Afficher/ })).toBeNull();
    expect(within(positive()).getByText(/Avis positif n° 150\b/)).toBeTruthy();
    // A run one past the fold is not folded: the four starred quotes all show, with no button.
    const learnings = screen.getByRole('region', { name: 'Principaux enseignements' });
    expect(quotesIn(learnings)).toBe(4);
    expect(within(learnings).queryByRole('button', { name: /^Afficher/ })).toBeNull();
  });

  it('the print view carries every quote, folded nowhere', async () => {
    const { session } = await seedLong();
    renderApp(reportHref(session.id, 'equipe', false, true));
    await screen.findByRole('heading', { level: 1, name: 'Rapport de synthèse — Accueil de la mairie' });
    const quotes = [...document.querySelectorAll('figure.doc-quote')].map((f) => f.textContent ?? '');
    expect(quotes.filter((q) => /Avis positif n° \d+/.test(q))).toHaveLength(150);
    expect(screen.queryByRole('button', { name: /^Afficher/ })).toBeNull();
  });
});
