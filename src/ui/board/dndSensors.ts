// dnd-kit's sensors for dragging by finger (long press), mouse or keyboard, and the keyboard's drop rule: the board's and the démarche themes' alike (no texts here).
import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type PointerActivationConstraint,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import { TOUCH_DELAY_MS } from './touch';

/** The keyboard has moved the post-it onto an area's aim point (see jumpToNeighbour): the smallest area holding it. */
export const underKeyboard: CollisionDetection = (args) => {
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
