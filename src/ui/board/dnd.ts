// dnd-kit set-up for the board: what a drop lands on, what a screen reader hears (the sensors are in dndSensors.ts).
import type { Announcements, CollisionDetection } from '@dnd-kit/core';
import type { CardId, GroupId } from '../../domain/types';
import type { Translate } from '../../i18n';
import { underKeyboard } from './dndSensors';

/**
 * Drop areas (the unsorted post-its, each group, "new group") are dnd-kit droppables; post-its are not:
 * with 300 of them, each dnd-kit hook would re-render on every change of target. The post-it under the
 * pointer is found by hit testing instead (see makeCollide), and one draggable stands for whichever
 * post-it is picked up (see CardDragSource).
 */
export const UNSORTED = 'unsorted';
export const NEW_GROUP = 'new-group';
export const DRAGGED = 'dragged-post-it';
export const groupKey = (id: GroupId) => `group:${id}`;
/** Marks an element as the drop area `key`, for the hit test. */
export const DROP_ATTR = 'data-drop';

export type DropTarget = { kind: 'card'; id: CardId } | { kind: 'group'; id: GroupId } | { kind: 'unsorted' } | { kind: 'newGroup' };

export function parseTarget(key: string | number | undefined | null): DropTarget | null {
  const s = String(key ?? '');
  if (s === UNSORTED) return { kind: 'unsorted' };
  if (s === NEW_GROUP) return { kind: 'newGroup' };
  if (s.startsWith('group:')) return { kind: 'group', id: s.slice(6) as GroupId };
  return null;
}

/** The post-it under the pointer during a drag (none, or none that is being dragged). */
export interface Hover {
  card: CardId | null;
  element: Element | null;
}

/**
 * Under a finger or mouse, the browser's own hit test gives the area under the pointer, and the post-it
 * there is remembered in `hover` (and outlined): one call per move, where dnd-kit's loop over every
 * rectangle re-reads all scroll offsets for each. With the keyboard: the nearest area.
 */
export function makeCollide(hover: Hover, dragged: () => readonly CardId[]): CollisionDetection {
  let last: { x: number; y: number; result: ReturnType<CollisionDetection> } | null = null;
  const setHover = (card: CardId | null, element: Element | null) => {
    if (hover.element === element) return;
    hover.element?.classList.remove('is-over');
    element?.classList.add('is-over');
    hover.card = card;
    hover.element = element;
  };
  return (args) => {
    const p = args.pointerCoordinates;
    if (!p) {
      setHover(null, null);
      return underKeyboard(args);
    }
    // dnd-kit asks several times per frame; the answer only changes when the pointer moves.
    if (last && last.x === p.x && last.y === p.y) return last.result;
    // The preview under the finger lets hits through (pointer-events: none), so the first element is what lies below.
    const top = document.elementsFromPoint(p.x, p.y)[0];
    const card = top?.closest('li[data-card]') ?? null;
    const area = top?.closest(`[${DROP_ATTR}]`)?.getAttribute(DROP_ATTR);
    const cardId = (card?.getAttribute('data-card') ?? null) as CardId | null;
    if (cardId && !dragged().includes(cardId)) setHover(cardId, card);
    else setHover(null, null);
    const container = area ? args.droppableContainers.find((c) => c.id === area) : undefined;
    const result = container ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }] : [];
    last = { x: p.x, y: p.y, result };
    return result;
  };
}

/** What a screen reader hears while dragging, in the reader's language. */
export function announcements(t: Translate, what: () => string, where: (key: string | number) => string): Announcements {
  return {
    onDragStart: () => t('board.dnd.picked', { what: what() }),
    onDragOver: ({ over }) => (over ? t('board.dnd.over', { where: where(over.id) }) : t('board.dnd.nowhere')),
    onDragEnd: ({ over }) => (over ? t('board.dnd.dropped', { what: what(), where: where(over.id) }) : t('board.dnd.cancelled')),
    onDragCancel: () => t('board.dnd.cancelled'),
  };
}
