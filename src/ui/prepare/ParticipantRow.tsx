// One participant: seat, pseudonym (saved as typed, refused if empty or taken), tags, consent, order.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addTag, moveParticipant, removeParticipant, removeTag, renameParticipant, restoreParticipant, setConsent } from '../../actions/participants';
import type { Participant, Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { now } from '../../platform/clock';
import { showToast } from '../common/toasts';
import { PseudonymInput, pseudonymMessage } from './PseudonymInput';

interface Props {
  participant: Participant;
  session: Session;
  all: readonly Participant[];
  index: number;
}

export function ParticipantRow({ participant: p, session, all, index }: Props) {
  const { t, intl } = useI18n();
  const [name, setName] = useState(p.pseudonym);
  const [error, setError] = useState<string | null>(null);
  const [tag, setTag] = useState('');
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setName(p.pseudonym);
  }, [p.pseudonym]);

  const rename = async (value: string) => {
    editing.current = true;
    setName(value);
    const problem = await renameParticipant(p.id, value);
    setError(problem ? pseudonymMessage(t, problem) : null);
    if (!problem) editing.current = false;
  };

  const submitTag = (e: Event) => {
    e.preventDefault();
    if (tag.trim() === '') return;
    void addTag(p.id, tag);
    setTag('');
  };

  const remove = async () => {
    await removeParticipant(p.id);
    showToast(t('participants.removed', { name: p.pseudonym }), () =>
      void restoreParticipant(p.id).then((renamed) => renamed && showToast(t('participants.restoredAs', { name: p.pseudonym, as: renamed }))),
    );
  };

  const rowId = `participant-${p.id}`;
  return (
    <li class={`participant-row ${p.consent ? '' : 'no-consent'}`} aria-labelledby={`${rowId}-seat`}>
      <span class="seat" id={`${rowId}-seat`} aria-label={`${t('participants.seat', { n: index + 1 })} : ${p.pseudonym}`}>
        {index + 1}
      </span>
      <div class="participant-main">
        <PseudonymInput id={`${rowId}-name`} label={t('participants.pseudonym')} value={name} error={error} hideHint onInput={(v) => void rename(v)} />
        <div class="tags">
          <span class="tags-label" id={`${rowId}-tags`}>
            {t('participants.tags')}
          </span>
          <ul class="chips" aria-labelledby={`${rowId}-tags`}>
            {p.tags.map((tg) => (
              <li key={tg} class="chip">
                {tg}
                <button type="button" class="chip-remove" aria-label={t('participants.tags.remove', { tag: tg })} onClick={() => void removeTag(p.id, tg)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <form class="tag-form" onSubmit={submitTag}>
            <label class="visually-hidden" for={`${rowId}-tag`}>
              {t('participants.tags.add')} — {p.pseudonym}
            </label>
            <input id={`${rowId}-tag`} type="text" list="tag-suggestions" value={tag} placeholder={t('participants.tags.placeholder')} onInput={(e) => setTag(e.currentTarget.value)} />
            <button type="submit" class="btn btn-secondary" aria-label={t('participants.tags.addFor', { name: p.pseudonym })}>
              {t('participants.tags.addShort')}
            </button>
          </form>
        </div>
      </div>
      <div class="participant-side">
        <label class={`consent ${p.consent ? 'is-checked' : ''}`}>
          <input type="checkbox" checked={p.consent} onChange={(e) => void setConsent(p.id, e.currentTarget.checked, session.consentWording, now())} />
          <span>{t('participants.consent')}</span>
        </label>
        <p class={p.consent ? 'hint' : 'warning-text'}>
          {p.consent && p.consentAt !== null ? (
            <>
              {t('participants.consentAt', { date: '' })}
              <span class="nowrap">{formatDateTime(p.consentAt, intl)}</span>
            </>
          ) : (
            t('participants.consentMissing')
          )}
        </p>
        <div class="row-actions">
          <button type="button" class="btn-icon" disabled={index === 0} aria-label={t('participants.moveUp', { name: p.pseudonym })} onClick={() => void moveParticipant(session.id, p.id, -1)}>
            ↑
          </button>
          <button
            type="button"
            class="btn-icon"
            disabled={index === all.length - 1}
            aria-label={t('participants.moveDown', { name: p.pseudonym })}
            onClick={() => void moveParticipant(session.id, p.id, 1)}
          >
            ↓
          </button>
          <button type="button" class="btn btn-tertiary btn-danger-text" aria-label={t('participants.remove', { name: p.pseudonym })} onClick={() => void remove()}>
            {t('common.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
