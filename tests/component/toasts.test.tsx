// Toasts never cover the field being typed in: they leave the bottom edge when that field sits low on the screen.
import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Toasts } from '../../src/ui/common/Toasts';
import { currentToasts, dismissToast, showToast } from '../../src/ui/common/toasts';

/** A field drawn at `top`–`bottom` of a 768 px tall tablet screen (jsdom lays nothing out). */
function fieldAt(label: string, top: number, bottom: number) {
  const field = screen.getByLabelText(label);
  field.getBoundingClientRect = () => ({ top, bottom, left: 0, right: 500, width: 500, height: bottom - top, x: 0, y: top, toJSON: () => ({}) });
  return field;
}
const area = () => document.querySelector('.toasts')!;

describe('toasts', () => {
  afterEach(() => currentToasts().forEach((t) => dismissToast(t.id)));

  it('go to the top while a field low on the screen is being typed in, and back to the bottom after', () => {
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 768 });
    render(
      <>
        <label>
          Objectif de la fiche <textarea />
        </label>
        <label>
          Titre <input />
        </label>
        <Toasts />
      </>,
    );
    const low = fieldAt('Objectif de la fiche', 600, 700);
    const high = fieldAt('Titre', 90, 140);
    act(() => low.focus());
    act(() => showToast('3 fiches action créées'));
    expect(screen.getByText('3 fiches action créées')).toBeTruthy();
    expect(area().classList.contains('at-top')).toBe(true);
    act(() => high.focus());
    expect(area().classList.contains('at-top')).toBe(false);
    act(() => high.blur());
    act(() => showToast('Post-it supprimé.'));
    expect(area().classList.contains('at-top')).toBe(false);
  });
});
