// The post-it board: unsorted post-its beside the groups, dragged by finger, mouse or keyboard, or moved by menu.
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { deleteGroup, dropOnto, moveCards, newGroup, stepCard, undoStep } from '../../actions/board';
import { deleteCards, restoreCards } from '../../actions/cards';
import { byOrder } from '../../domain/board';
import type { Card, CardId, Group, GroupId } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { showToast } from '../common/toasts';
import { AddCardForm } from './AddCardForm';
import { GroupColumn, NewGroupTarget, UnsortedArea } from './Areas';
import { BoardToolbar } from './BoardToolbar';
import { CardDragSource } from './CardDragSource';
import { announcements, parseTarget, type DropTarget } from './dnd';
import { useBoardSensors } from './dndSensors';
import { EditCardDialog } from './EditCardDialog';
import { followCard } from './focus';
import { BoardSymbols } from './kinds';
import { MoveDialog } from './MoveDialog';
import { DND_HELP_ID, PostItBody } from './PostIt';
import { useCardDrag } from './useCardDrag';
import type { BoardData } from './useBoardData';

const NONE: ReadonlySet<CardId> = new Set();
const END = Number.MAX_SAFE_INTEGER;

export function BoardView({ data }: { data: BoardData }) {
  const { t } = useI18n();
  const sid = data.session.id;
  const [picked, setPicked] = useState<ReadonlySet<CardId>>(NONE);
  const [dialog, setDialog] = useState<'move' | 'edit' | null>(null);
  const [focusGroup, setFocusGroup] = useState<GroupId | null>(null);
  const [follow, setFollow] = useState<(() => void) | null>(null);
  const sensors = useBoardSensors();

  const { areas, byId } = useMemo(() => {
    const m = new Map<GroupId | null, Card[]>();
    for (const c of data.cards) m.set(c.groupId, [...(m.get(c.groupId) ?? []), c]);
    for (const list of m.values()) list.sort(byOrder);
    return { areas: m, byId: new Map(data.cards.map((c) => [c.id, c])) };
  }, [data.cards]);
  const names = useMemo(() => new Map(data.everyone.map((p) => [p.id, p.pseudonym])), [data.everyone]);
  const authorOf = useCallback((c: Card) => (c.onBehalfOf ? (names.get(c.onBehalfOf) ?? null) : null), [names]);

  // The selection in board order (unsorted first, then group by group), without post-its deleted meanwhile.
  const ordered = [...(areas.get(null) ?? []), ...data.groups.flatMap((g) => areas.get(g.id) ?? [])].map((c) => c.id);
  const selection = ordered.filter((id) => picked.has(id));
  const selected = useMemo(() => new Set(selection), [selection.join()]);
  const toggle = useCallback((id: CardId) => setPicked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id]))), []);
  const clear = () => setPicked(NONE);
  const untitled = () => t('board.group.untitled', { n: data.groups.length + 1 });

  const drop = async (ids: CardId[], target: DropTarget) => {
    // A keyboard drag ends with focus on the grip: it should stay on that post-it, in its new place.
    const refocus = document.activeElement?.classList.contains('postit-grip') && ids[0] ? followCard(ids[0], '.postit-grip') : null;
    let step: unknown = null;
    if (target.kind === 'card') step = ids.includes(target.id) ? null : await dropOnto(sid, ids, target.id, untitled());
    else if (target.kind === 'group') step = await moveCards(sid, ids, { groupId: target.id, index: END });
    else if (target.kind === 'unsorted') step = await moveCards(sid, ids, { groupId: null, index: END });
    else step = await newGroup(sid, untitled(), ids);
    if (step) clear();
    refocus?.();
  };
  const drag = useCardDrag({ selection, onDrop: (ids, target) => void drop(ids, target) });
  const lifted = useMemo(() => new Set(drag.dragging ?? []), [drag.dragging]);

  const where = (key: string | number) => {
    const target = parseTarget(key);
    if (target?.kind === 'group') return data.groups.find((g) => g.id === target.id)?.title || t('board.group.noName');
    return target?.kind === 'newGroup' ? t('board.group.new') : t('board.unsorted');
  };
  const what = () => t('board.dnd.card', { text: byId.get(drag.lifted() as CardId)?.text ?? '' });

  const removeGroup = async (group: Group) => {
    const step = await deleteGroup(sid, group.id);
    if (step) showToast(t('board.group.deleted', { name: group.title || t('board.group.noName') }), () => void undoStep(sid, step));
  };
  const removeCards = async () => {
    const ids = selection;
    const n = await deleteCards(ids);
    clear();
    showToast(t(countKey('board.card.deleted', n), { n }), () => void restoreCards(sid, ids));
  };
  const makeGroup = async () => {
    const made = await newGroup(sid, untitled(), selection);
    clear();
    setFocusGroup(made);
  };

  const one = selection.length === 1 ? byId.get(selection[0]!) : undefined;
  const preview = drag.dragging?.[0] ? byId.get(drag.dragging[0]) : undefined;
  const list = { selected, lifted, authorOf, onToggle: toggle };
  return (
    <>
      <BoardToolbar
        sessionId={sid}
        selected={selection.length}
        onMove={() => {
          setFollow(() => (selection[0] ? followCard(selection[0], '.postit-body') : null));
          setDialog('move');
        }}
        onStep={(d) => one && void stepCard(sid, one.id, d)}
        onEdit={() => setDialog('edit')}
        onDelete={() => void removeCards()}
        onClear={clear}
      />
      <DndContext
        sensors={sensors}
        collisionDetection={drag.collide}
        // Only a narrow band at a pane's edge scrolls it, so the last post-it on screen can still be a target.
        autoScroll={{ threshold: { x: 0, y: 0.1 } }}
        onDragStart={drag.onDragStart}
        onDragEnd={drag.onDragEnd}
        onDragCancel={drag.onDragCancel}
        accessibility={{ announcements: announcements(t, what, where), screenReaderInstructions: { draggable: t('board.dnd.instructions') } }}
      >
        <CardDragSource starter={drag.starter} />
        <BoardSymbols />
        <p id={DND_HELP_ID} class="visually-hidden">
          {t('board.dnd.instructions')}
        </p>
        <div class="board" ref={drag.board}>
          <div class="board-side">
            <UnsortedArea cards={areas.get(null) ?? []} {...list}>
              <AddCardForm sessionId={sid} participants={data.participants} />
            </UnsortedArea>
          </div>
          <section class="board-groups" aria-labelledby="groups-title">
            <h2 id="groups-title" class="area-title">
              {t('board.groups')} <span class="count-badge">{data.groups.length}</span>
            </h2>
            <ul class="group-grid">
              {data.groups.map((g) => (
                <GroupColumn key={g.id} group={g} cards={areas.get(g.id) ?? []} {...list} autoFocus={focusGroup === g.id} onDelete={(group) => void removeGroup(group)} />
              ))}
              <NewGroupTarget onClick={() => void makeGroup()} withSelection={selection.length > 0} />
            </ul>
          </section>
        </div>
        <DragOverlay dropAnimation={null} className="drag-overlay">
          {preview && (
            <div class={`postit postit-overlay kind-${preview.kind}`}>
              <PostItBody t={t} card={preview} author={authorOf(preview)} selected={false} extra={(drag.dragging?.length ?? 1) - 1} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {dialog === 'move' && selection.length > 0 && (
        <MoveDialog
          sessionId={sid}
          ids={selection}
          cards={data.cards}
          groups={data.groups}
          defaultTitle={untitled()}
          onDone={(moved, made) => {
            setDialog(null);
            if (moved) clear();
            if (made) setFocusGroup(made);
            else if (moved) follow?.();
          }}
        />
      )}
      {dialog === 'edit' && one && (
        <EditCardDialog card={one} participants={data.everyone.filter((p) => !p.deleted || p.id === one.onBehalfOf)} onDone={() => setDialog(null)} />
      )}
    </>
  );
}
