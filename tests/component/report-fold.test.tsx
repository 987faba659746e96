// The report screen folds long runs of quotes (a séance of thousands of verbatims opens at once); print shows them all.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { VerbatimId } from '../../src/domain/types';
import { makeVerbatim } from '../factories';
import { openReport } from './reportHelpers';
import { seedReport } from './reportHelpers';

const MIN = 60_000;

async function seedManyIrritants(n: number) {
  return seedReport((s) => {
    const base = s.verbatims[0]!;
    for (let i = 0; i < n; i++) {
      s.verbatims.push(makeVerbatim(s.session.id, { id: `v-irritant-${i}` as VerbatimId, phase: 3, speaker: 'groupe', speakerName: '', text: `Irritant numéro ${i + 1}.`, tags: ['irritant'], capturedAt: base.capturedAt + (i + 30) * MIN }));
    }
  });
}

const negative = () => within(screen.getByRole('region', { name: 'Avis positifs et négatifs' }));
const irritantsShown = () => negative().queryAllByText(/^«\sIrritant numéro \d+\.\s»$/).length;

describe('long runs of quotes on the report screen', () => {
  it('shows the first six, then a button with the count of the others; the button shows them all and takes the focus there', async () => {
    const { session } = await seedManyIrritants(20);
    await openReport(session.id);
    const more = negative().getByRole('button', { name: /^Afficher les \d+ autres citations$/ });
    const quotes = () => negative().getAllByRole('figure').length;
    const before = quotes();
    const hidden = Number(/\d+/.exec(more.textContent!)![0]);
    expect(before).toBeGreaterThanOrEqual(6);
    expect(irritantsShown()).toBeLessThan(20);
    fireEvent.click(more);
    await waitFor(() => expect(quotes()).toBe(before + hidden));
    expect(irritantsShown()).toBe(20);
    expect(negative().queryByRole('button', { name: /autres citations/ })).toBeNull();
    expect(document.activeElement?.classList.contains('doc-revealed')).toBe(true);
  });

  it('a short run is not folded', async () => {
    const { session } = await seedManyIrritants(1);
    await openReport(session.id);
    expect(screen.queryByRole('button', { name: /autres citations/ })).toBeNull();
    expect(irritantsShown()).toBe(1);
  });

  it('the print view never folds', async () => {
    const { session } = await seedManyIrritants(20);
    await openReport(session.id, 'equipe', false, true);
    expect(screen.queryByRole('button', { name: /autres citations/ })).toBeNull();
    expect(screen.getAllByText(/^«\sIrritant numéro \d+\.\s»$/)).toHaveLength(20);
  });
});
