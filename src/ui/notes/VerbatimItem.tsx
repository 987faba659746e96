// One verbatim in the timeline: when, who, tags, star, the words as typed; edit, delete, make a post-it.
import { useState } from 'preact/hooks';
import { editVerbatim, setVerbatimDeleted, verbatimToCard } from '../../actions/verbatims';
import type { Verbatim } from '../../domain/types';
import { useI18n } from '../../i18n';
import { showToast } from '../common/toasts';
import { formatTime } from '../../i18n/format';

interface Props {
  verbatim: Verbatim;
  speaker: string;
  carded: boolean;
  /** The verbatim a search result opened: marked, and focusable so the timeline can bring the person to it. */
  target?: boolean;
}

export function VerbatimItem({ verbatim: v, speaker, carded, target = false }: Props) {
  const { t, intl } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const time = formatTime(v.capturedAt, intl);

  const saveEdit = async () => {
    if (editing === null) return;
    const result = await editVerbatim(v.id, { text: editing });
    if (result.ok) setEditing(null);
  };
  const remove = async () => {
    await setVerbatimDeleted(v.id, true);
    showToast(t('notes.deleted'), () => void setVerbatimDeleted(v.id, false));
  };
  const toCard = async () => {
    if ((await verbatimToCard(v.id)) !== null) showToast(t('notes.cardMade'));
  };

  return (
    <li class={`verbatim ${v.kind === 'note' ? 'is-note' : ''} ${v.key ? 'is-key' : ''} ${target ? 'is-target' : ''}`} tabIndex={target ? -1 : undefined} aria-current={target ? 'true' : undefined}>
      <div class="verbatim-head">
      <p class="verbatim-meta">
        {target && <span class="badge badge-found">{t('notes.found')}</span>}
        <time dateTime={new Date(v.capturedAt).toISOString()}>{time}</time> · <strong>{speaker}</strong>
        {v.kind === 'note' && <span class="badge">{t('notes.kind.note')}</span>}
        {v.key && (
          <span class="badge badge-key">
            <span aria-hidden="true">★ </span>
            {t('notes.keyMark')}
          </span>
        )}
        {v.tags.map((tag) => (
          <span key={tag} class={`badge tag-${tag}`}>
            {t(`notes.tag.${tag}`)}
          </span>
        ))}
      </p>
      {editing === null && (
          <div class="verbatim-actions">
            <button type="button" class="btn btn-tertiary btn-small" aria-label={t('notes.editLabel', { time })} onClick={() => setEditing(v.text)}>
              {t('notes.edit')}
            </button>
            <button type="button" class="btn btn-tertiary btn-small" disabled={carded} aria-label={carded ? undefined : t('notes.toCardLabel', { time })} onClick={() => void toCard()}>
              {carded ? t('notes.isCard') : t('notes.toCard')}
            </button>
            <button type="button" class="btn btn-tertiary btn-small btn-danger-text" aria-label={t('notes.deleteLabel', { time })} onClick={() => void remove()}>
              {t('notes.delete')}
            </button>
          </div>
        )}
      </div>
      {editing === null ? (
        <p class="verbatim-text" dir="auto">
          {v.text}
        </p>
      ) : (
        <div class="verbatim-edit">
          <label class="visually-hidden" for={`edit-${v.id}`}>
            {t('notes.editField')}
          </label>
          <textarea id={`edit-${v.id}`} dir="auto" rows={3} value={editing} onInput={(e) => setEditing(e.currentTarget.value)} />
          <button type="button" class="btn btn-primary" onClick={() => void saveEdit()}>
            {t('notes.editSave')}
          </button>
          <button type="button" class="btn btn-tertiary" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
