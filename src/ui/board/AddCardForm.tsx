// Write a post-it fast: type the text, then tap its kind — that tap adds it. Kept as a draft while typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addCard } from '../../actions/cards';
import { forgetDraft, keepDraft, recallDraft } from '../../actions/prefs';
import { CARD_KINDS } from '../../domain/board';
import { LIMITS } from '../../domain/limits';
import type { CardKind, Participant, ParticipantId, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { KIND_LABEL, KindIcon } from './kinds';

interface Props {
  sessionId: SessionId;
  participants: readonly Participant[];
}

export function AddCardForm({ sessionId, participants }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState<ParticipantId | ''>('');
  const [lastKind, setLastKind] = useState<CardKind>('idee');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const draftKey = `${sessionId}:postit:new`;

  useEffect(() => {
    void recallDraft(draftKey).then((draft) => draft && setText((now) => now || draft));
  }, [draftKey]);

  const onInput = (value: string) => {
    setText(value);
    setMessage(null);
    void keepDraft(draftKey, value);
  };

  const add = async (kind: CardKind) => {
    setLastKind(kind);
    const result = await addCard(sessionId, { text, kind, onBehalfOf: author || null });
    if (!result.ok) {
      setMessage({ text: t('board.add.empty'), error: true });
      input.current?.focus();
      return;
    }
    setText('');
    void forgetDraft(draftKey);
    setMessage(
      result.truncated ? { text: t('board.add.truncated', { max: LIMITS.postit }), error: true } : { text: t('board.add.done', { kind: t(KIND_LABEL[kind]) }), error: false },
    );
    input.current?.focus();
  };

  const over = text.trim().length > LIMITS.postit;
  return (
    <form
      class="add-card"
      aria-labelledby="add-card-title"
      onSubmit={(e) => {
        e.preventDefault();
        void add(lastKind);
      }}
    >
      <h2 id="add-card-title" class="visually-hidden">
        {t('board.add.title')}
      </h2>
      <label for="new-postit">{t('board.add.label')}</label>
      <input
        id="new-postit"
        type="text"
        ref={input}
        dir="auto"
        value={text}
        autoComplete="off"
        enterKeyHint="done"
        aria-describedby="new-postit-hint new-postit-msg"
        aria-invalid={over || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p class="hint" id="new-postit-hint">
        {over ? t('board.add.tooLong', { max: LIMITS.postit, n: text.trim().length }) : t('board.add.hint', { kind: t(KIND_LABEL[lastKind]) })}
      </p>
      <div class="kind-buttons" role="group" aria-label={t('board.add.kinds')}>
        {CARD_KINDS.map((kind) => (
          <button key={kind} type="button" class={`kind-button kind-${kind}`} onClick={() => void add(kind)}>
            <KindIcon kind={kind} />
            {t(KIND_LABEL[kind])}
          </button>
        ))}
      </div>
      <div class="add-author">
        <label for="new-postit-author">{t('board.add.author')}</label>
        <select id="new-postit-author" value={author} onChange={(e) => setAuthor(e.currentTarget.value as ParticipantId | '')}>
          <option value="">{t('board.add.authorGroup')}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.pseudonym}
            </option>
          ))}
        </select>
      </div>
      {/* Both live regions exist from the start, so the first message is announced too. */}
      <p id="new-postit-msg" class="error-text add-msg" role="alert">
        {message?.error ? message.text : ''}
      </p>
      <p class="success-text add-msg" role="status">
        {message && !message.error ? message.text : ''}
      </p>
    </form>
  );
}
