// One post-it: tap to select it, long-press (or its grip and the keyboard) to drag it, drop another on it to group.
import { Component } from 'preact';
import type { Card, CardId } from '../../domain/types';
import type { Translate } from '../../i18n';
import { gripUse, KIND_LABEL, kindUse } from './kinds';

/** The hidden instructions every grip points to (rendered once by the board). */
export const DND_HELP_ID = 'board-dnd-help';

interface BodyProps {
  t: Translate;
  card: Card;
  author: string | null;
  selected: boolean;
  /** Omitted in the drag preview, which is not a control. */
  onToggle?: (id: CardId) => void;
  extra?: number;
}

/** The visible post-it; also the drag preview. */
export function PostItBody({ t, card, author, selected, onToggle, extra }: BodyProps) {
  const content = (
    <>
      {/* Keeps the grip's corner free: the text flows around it and then uses the card's full width. */}
      <span class="grip-space" aria-hidden="true" />
      <span class="postit-kind">
        {kindUse(card.kind)}
        {t(KIND_LABEL[card.kind])}
        {selected && (
          <span class="postit-check" aria-hidden="true">
            ✓
          </span>
        )}
      </span>
      <span class="postit-text" dir="auto">
        {card.text}
      </span>
      {author && (
        <span class="postit-author" dir="auto">
          {t('board.card.author', { name: author })}
        </span>
      )}
      {extra ? <span class="postit-extra">{t('board.card.more', { n: extra })}</span> : null}
    </>
  );
  if (!onToggle) return <div class="postit-body">{content}</div>;
  return (
    <button type="button" class="postit-body" aria-pressed={selected} onClick={() => onToggle(card.id)}>
      {content}
    </button>
  );
}

export interface PostItProps {
  t: Translate;
  card: Card;
  author: string | null;
  selected: boolean;
  /** Part of what is being dragged right now (shown faded in place). */
  lifted: boolean;
  onToggle: (id: CardId) => void;
}

const sameCard = (a: Card, b: Card) => a.id === b.id && a.rev === b.rev && a.deviceId === b.deviceId && a.text === b.text && a.kind === b.kind;

/**
 * A board holds hundreds of these, so each is a single component that re-renders only when its own
 * post-it changes (the live query hands new objects for every record after any write), and none holds
 * a dnd-kit hook or a context: the board hands its presses to one shared draggable (CardDragSource).
 */
export class PostIt extends Component<PostItProps> {
  override shouldComponentUpdate(next: PostItProps): boolean {
    const p = this.props;
    return !sameCard(p.card, next.card) || p.author !== next.author || p.selected !== next.selected || p.lifted !== next.lifted || p.onToggle !== next.onToggle || p.t !== next.t;
  }

  override render() {
    const { t, card, author, selected, lifted, onToggle } = this.props;
    const summary = card.text.length > 60 ? `${card.text.slice(0, 60)}…` : card.text;
    return (
      <li class={`postit kind-${card.kind}${selected ? ' is-selected' : ''}${lifted ? ' is-lifted' : ''}`} data-card={card.id}>
        {PostItBody({ t, card, author, selected, onToggle })}
        {/* The keyboard picks the post-it up by its grip, so Enter on the post-it itself still selects it. */}
        <button
          type="button"
          class="postit-grip"
          aria-label={t('board.card.grip', { text: summary })}
          aria-roledescription={t('board.dnd.role')}
          aria-describedby={DND_HELP_ID}
        >
          {gripUse()}
        </button>
      </li>
    );
  }
}
