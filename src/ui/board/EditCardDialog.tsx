// Edit one post-it: its text (never emptied), its kind and whom it was written for.
import { useState } from 'preact/hooks';
import { editCard } from '../../actions/cards';
import { CARD_KINDS } from '../../domain/board';
import { LIMITS } from '../../domain/limits';
import type { Card, CardKind, Participant, ParticipantId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { Dialog } from './Dialog';
import { KIND_LABEL, KindIcon } from './kinds';

interface Props {
  card: Card;
  participants: readonly Participant[];
  onDone: () => void;
}

export function EditCardDialog({ card, participants, onDone }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(card.text);
  const [kind, setKind] = useState<CardKind>(card.kind);
  const [author, setAuthor] = useState<string>(card.onBehalfOf ?? '');
  const [error, setError] = useState<string | null>(null);
  const over = text.trim().length > LIMITS.postit;

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await editCard(card.id, { text, kind, onBehalfOf: (author || null) as ParticipantId | null });
    if (!result.ok) return setError(t('board.add.empty'));
    onDone();
  };

  return (
    <Dialog id="edit-card" title={t('board.edit.title')} onClose={onDone}>
      <form onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="edit-card-text">{t('board.edit.text')}</label>
          <textarea id="edit-card-text" dir="auto" rows={3} value={text} aria-describedby="edit-card-msg" onInput={(e) => (setText(e.currentTarget.value), setError(null))} />
          <p id="edit-card-msg" class={error || over ? 'error-text' : 'hint'} role="alert">
            {error ?? (over ? t('board.add.tooLong', { max: LIMITS.postit, n: text.trim().length }) : '')}
          </p>
        </div>
        <fieldset class="kind-choices">
          <legend>{t('board.edit.kind')}</legend>
          {CARD_KINDS.map((k) => (
            <label key={k} class={`kind-button kind-${k} ${kind === k ? 'is-checked' : ''}`}>
              <input type="radio" name="edit-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <KindIcon kind={k} />
              {t(KIND_LABEL[k])}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="edit-card-author">{t('board.add.author')}</label>
          <select id="edit-card-author" value={author} onChange={(e) => setAuthor(e.currentTarget.value)}>
            <option value="">{t('board.add.authorGroup')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.pseudonym}
              </option>
            ))}
          </select>
        </div>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="btn btn-primary">
            {t('board.edit.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
