// The one dnd-kit draggable of the board: it takes the place of whichever post-it a finger, mouse or key picks up.
import { useDraggable } from '@dnd-kit/core';
import type { RefObject } from 'preact';
import { DRAGGED } from './dnd';

export type StartEvent = 'onPointerDown' | 'onTouchStart' | 'onKeyDown';

export interface DragStarter {
  /** Offer `event` on `card` to dnd-kit's sensors, which decide whether a drag begins (long press, distance, key). */
  offer(kind: StartEvent, event: Event, card: HTMLElement, grip: HTMLElement | null): void;
}

/**
 * A draggable per post-it would re-render 300 components on every change of drop target. Instead the
 * board listens once for presses and hands each to this single draggable, pointed at the pressed post-it.
 */
export function CardDragSource({ starter }: { starter: RefObject<DragStarter | null> }) {
  const drag = useDraggable({ id: DRAGGED });
  const listeners = drag.listeners as Record<string, (event: Event) => void> | undefined;
  starter.current = {
    offer(kind, event, card, grip) {
      drag.setNodeRef(card);
      drag.setActivatorNodeRef(grip);
      // dnd-kit's activators read React's synthetic event: the native one with `nativeEvent`.
      Object.assign(event, { nativeEvent: event });
      listeners?.[kind]?.(event);
    },
  };
  return null;
}
