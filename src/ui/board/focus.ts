// Keyboard focus follows a moved post-it to its new place, instead of falling back to the top of the page.
import type { CardId } from '../../domain/types';

const find = (id: CardId) => [...document.querySelectorAll<HTMLElement>('li[data-card]')].find((li) => li.getAttribute('data-card') === id) ?? null;

/**
 * Call before a move: returns what to call after it. The post-it is redrawn in its new area when the
 * stored move comes back through the live query, so this waits (a few frames at most) for that new element.
 */
export function followCard(id: CardId, part: '.postit-body' | '.postit-grip'): () => void {
  const before = find(id);
  return () => {
    let frames = 0;
    const look = () => {
      const el = find(id);
      if ((el && el !== before) || frames++ > 30) el?.querySelector<HTMLElement>(part)?.focus();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  };
}
