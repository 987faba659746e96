// dnd-kit set-up for the board: who may start a drag (finger, mouse, keyboard), what a drop lands on.
import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type PointerActivationConstraint,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import type { CardId, GroupId } from '../../domain/types';
import type { Translate } from '../../i18n';
import { TOUCH_DELAY_MS } from './touch';

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

/** The keyboard has moved the post-it onto an area's aim point (see jumpToNeighbour): the smallest area holding it. */
const underKeyboard: CollisionDetection = (args) => {
  const { collisionRect: r, droppableContainers, droppableRects } = args;
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  let best: { id: string | number; area: number } | null = null;
  for (const c of droppableContainers) {
    const rect = droppableRects.get(c.id);
    if (!rect || x < rect.left || x > rect.right || y < rect.top || y > rect.bottom) continue;
    const area = rect.width * rect.height;
    if (!best || area < best.area) best = { id: c.id, area };
  }
  const hit = best && droppableContainers.find((c) => c.id === best.id);
  return hit ? [{ id: hit.id, data: { droppableContainer: hit, value: 0 } }] : closestCenter(args);
};

/** Mouse and pen only: a finger goes through the TouchSensor and its long press, so a swipe still scrolls. */
class MousePenSensor extends PointerSensor {
  static override activators: typeof PointerSensor.activators = [
    {
      eventName: 'onPointerDown',
      handler: ({ nativeEvent: event }: { nativeEvent: PointerEvent }, { onActivation }: PointerSensorOptions) => {
        if (!event.isPrimary || event.button !== 0 || event.pointerType === 'touch') return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

/** A long press picks a post-it up; moving the finger sooner is a scroll. */
const TOUCH: PointerActivationConstraint = { delay: TOUCH_DELAY_MS, tolerance: 8 };
const MOUSE: PointerActivationConstraint = { distance: 8 };

/**
 * Arrow keys jump from one drop area to the nearest one in that direction (not 25 px at a time),
 * so a keyboard user crosses the board in a few presses.
 */
export const jumpToNeighbour: KeyboardCoordinateGetter = (event, { context: { collisionRect, droppableRects, droppableContainers } }) => {
  const dir = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[event.code];
  if (!dir || !collisionRect) return undefined;
  event.preventDefault();
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  const [dx, dy] = dir as [number, number];
  let best: { x: number; y: number; score: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    // Aim at the top of tall areas (a group's column): that is where its name is read.
    const x = rect.left + rect.width / 2;
    const y = rect.top + Math.min(rect.height / 2, 60);
    const along = (x - cx) * dx + (y - cy) * dy;
    if (along <= 1) continue;
    const across = Math.abs((x - cx) * dy) + Math.abs((y - cy) * dx);
    const score = along + 2 * across;
    if (!best || score < best.score) best = { x, y, score };
  }
  return best ? { x: best.x - collisionRect.width / 2, y: best.y - collisionRect.height / 2 } : undefined;
};

export function useBoardSensors() {
  return useSensors(
    useSensor(MousePenSensor, { activationConstraint: MOUSE }),
    useSensor(TouchSensor, { activationConstraint: TOUCH }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpToNeighbour }),
  );
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
