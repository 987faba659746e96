// The drop areas of the board: the unsorted post-its, one column per group, and the "new group" target.
import { useDroppable } from '@dnd-kit/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { renameGroup } from '../../actions/board';
import { LIMITS } from '../../domain/limits';
import type { Card, CardId, Group } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { useAutosave } from '../common/useAutosave';
import { groupKey, NEW_GROUP, UNSORTED } from './dnd';
import { PostIt } from './PostIt';

export interface CardListProps {
  cards: readonly Card[];
  selected: ReadonlySet<CardId>;
  lifted: ReadonlySet<CardId>;
  authorOf: (card: Card) => string | null;
  onToggle: (id: CardId) => void;
}

function CardList({ cards, selected, lifted, authorOf, onToggle, label }: CardListProps & { label: string }) {
  const { t } = useI18n();
  return (
    <ul class="postit-list" aria-label={label}>
      {cards.map((c) => (
        <PostIt key={c.id} t={t} card={c} author={authorOf(c)} selected={selected.has(c.id)} lifted={lifted.has(c.id)} onToggle={onToggle} />
      ))}
    </ul>
  );
}

export function UnsortedArea(props: CardListProps & { children?: ComponentChildren }) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: UNSORTED });
  const count = t(countKey('board.cards.count', props.cards.length), { n: props.cards.length });
  return (
    <section class={`area area-unsorted${isOver ? ' is-over' : ''}`} aria-labelledby="unsorted-title" ref={setNodeRef} data-drop={UNSORTED}>
      <h2 id="unsorted-title" class="area-title">
        {t('board.unsorted')} <span class="count-badge">{count}</span>
      </h2>
      {props.children}
      {props.cards.length === 0 ? <p class="hint area-empty">{t('board.unsorted.empty')}</p> : <CardList {...props} label={t('board.unsorted')} />}
    </section>
  );
}

interface GroupProps extends CardListProps {
  group: Group;
  autoFocus: boolean;
  onDelete: (group: Group) => void;
}

export function GroupColumn({ group, autoFocus, onDelete, ...list }: GroupProps) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: groupKey(group.id) });
  const title = useAutosave({ draftKey: `${group.sessionId}:group:${group.id}`, stored: group.title, max: LIMITS.short, save: (v) => renameGroup(group.id, v) });
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    input.current?.focus();
    input.current?.select();
  }, [autoFocus]);
  const name = group.title.trim() || t('board.group.noName');
  const count = t(countKey('board.cards.count', list.cards.length), { n: list.cards.length });
  return (
    <li class={`area area-group${isOver ? ' is-over' : ''}`} ref={setNodeRef} aria-label={`${name} (${count})`} data-drop={groupKey(group.id)}>
      <div class="group-head">
        <label class="visually-hidden" for={`group-${group.id}`}>
          {t('board.group.rename')}
        </label>
        {/* A textarea so a long name wraps instead of being cut; Enter ends the edit, a name has no line breaks. */}
        <textarea
          id={`group-${group.id}`}
          ref={input}
          class="group-title"
          dir="auto"
          rows={1}
          value={title.value}
          placeholder={t('board.group.noName')}
          onInput={(e) => title.onInput(e.currentTarget.value.replace(/[\r\n]+/g, ' '))}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), e.currentTarget.blur())}
          autoComplete="off"
        />
        <button type="button" class="btn-icon group-delete" aria-label={t('board.group.delete', { name })} onClick={() => onDelete(group)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="group-count">
        <span class="count-badge">{count}</span>
      </p>
      {title.truncated && (
        <p class="error-text" role="alert">
          {t('common.tooLong', { max: LIMITS.short })}
        </p>
      )}
      {list.cards.length === 0 ? <p class="hint area-empty">{t('board.group.empty')}</p> : <CardList {...list} label={name} />}
    </li>
  );
}

/** A drop target for starting a group with what is dragged; tapped, it makes an empty group (or one of the selection). */
export function NewGroupTarget({ onClick, withSelection }: { onClick: () => void; withSelection: boolean }) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: NEW_GROUP });
  return (
    <li class="new-group-slot">
      <button type="button" ref={setNodeRef} class={`new-group${isOver ? ' is-over' : ''}`} onClick={onClick} data-drop={NEW_GROUP}>
        <span aria-hidden="true" class="new-group-plus">
          +
        </span>
        {withSelection ? t('board.group.newWithSelection') : t('board.group.new')}
        <span class="hint">{t('board.group.dropHere')}</span>
      </button>
    </li>
  );
}
