// Dragging post-its: presses heard once for the whole board, the post-it under the pointer, what a drop means.
import type { DragEndEvent } from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardId } from '../../domain/types';
import type { DragStarter, StartEvent } from './CardDragSource';
import { makeCollide, parseTarget, type DropTarget, type Hover } from './dnd';

interface Options {
  /** The selected post-its, in board order: dragging one of them drags them all. */
  selection: readonly CardId[];
  onDrop: (ids: CardId[], target: DropTarget) => void;
}

export function useCardDrag({ selection, onDrop }: Options) {
  const board = useRef<HTMLDivElement>(null);
  const starter = useRef<DragStarter | null>(null);
  const pressed = useRef<CardId | null>(null);
  const moving = useRef<CardId[]>([]);
  const latest = useRef({ selection, onDrop });
  latest.current = { selection, onDrop };
  const [dragging, setDragging] = useState<CardId[] | null>(null);
  const hover = useMemo<Hover>(() => ({ card: null, element: null }), []);
  const collide = useMemo(() => makeCollide(hover, () => moving.current), [hover]);

  // One listener per kind of press for the whole board, instead of three on each of 300 post-its.
  useLayoutEffect(() => {
    const root = board.current;
    if (!root) return;
    const press = (kind: StartEvent) => (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const card = target?.closest<HTMLElement>('li[data-card]');
      if (!card || !root.contains(card)) return;
      const grip = target?.closest<HTMLElement>('.postit-grip') ?? null;
      if (kind === 'onKeyDown' && !grip) return;
      pressed.current = card.getAttribute('data-card') as CardId;
      starter.current?.offer(kind, event, card, grip);
    };
    const down = press('onPointerDown');
    const touch = press('onTouchStart');
    const key = press('onKeyDown');
    root.addEventListener('pointerdown', down);
    root.addEventListener('touchstart', touch, { passive: true });
    root.addEventListener('keydown', key);
    return () => {
      root.removeEventListener('pointerdown', down);
      root.removeEventListener('touchstart', touch);
      root.removeEventListener('keydown', key);
    };
  }, []);

  const reset = () => {
    hover.element?.classList.remove('is-over');
    hover.card = null;
    hover.element = null;
    moving.current = [];
    setDragging(null);
  };

  const onDragStart = () => {
    const id = pressed.current;
    if (!id) return;
    const { selection: picked } = latest.current;
    moving.current = picked.includes(id) ? [...picked] : [id];
    setDragging(moving.current);
  };

  const onDragEnd = ({ over }: DragEndEvent) => {
    const ids = moving.current;
    // A post-it under the finger is a more precise target than the area around it.
    const target: DropTarget | null = hover.card ? { kind: 'card', id: hover.card } : parseTarget(over?.id);
    reset();
    if (target && ids.length > 0) latest.current.onDrop(ids, target);
  };

  /** The post-it being picked up right now, for the screen reader and the preview. */
  const lifted = () => moving.current[0] ?? pressed.current;
  return { board, starter, dragging, collide, lifted, onDragStart, onDragEnd, onDragCancel: reset };
}
