// The participant list in seat order: add, rename, tags, consent, reorder, remove; the method's warnings.
import { useState } from 'preact/hooks';
import { addParticipant } from '../../actions/participants';
import { updateSession } from '../../actions/sessionFields';
import { draftKey } from '../../db/drafts';
import { LIMITS } from '../../domain/limits';
import { groupSizeWarning, withoutConsent } from '../../domain/participants';
import type { Participant, Session } from '../../domain/types';
import { countKey, useI18n, type MessageKey } from '../../i18n';
import { TextField } from '../common/TextField';
import { ParticipantRow } from './ParticipantRow';
import { PseudonymInput, pseudonymMessage } from './PseudonymInput';

const SUGGESTIONS: readonly MessageKey[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `tags.suggest.${n}` as MessageKey);

export function ParticipantsEditor({ session, participants }: { session: Session; participants: Participant[] }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const size = groupSizeWarning(participants.length);
  const missing = withoutConsent(participants);
  const usedTags = participants.flatMap((p) => p.tags);
  const suggestions = [...new Set([...SUGGESTIONS.map((k) => t(k)), ...usedTags])];

  const add = async (e: Event) => {
    e.preventDefault();
    const result = await addParticipant(session.id, name);
    if (result.ok) {
      setName('');
      setError(null);
    } else setError(pseudonymMessage(t, result.problem));
  };

  return (
    <div class="participants">
      <div class="participants-summary">
        <p class="count-line">
          <strong>{t(countKey('participants.count', participants.length), { n: participants.length })}</strong> — {t('participants.range')}
        </p>
        {size && <p class="warning-text">{t(size === 'tooFew' ? 'participants.tooFew' : 'participants.tooMany')}</p>}
        {missing.length > 0 && (
          <p class="warning-text" data-testid="consent-warning">
            {t('participants.noConsent', { names: missing.map((p) => p.pseudonym).join(', ') })}
          </p>
        )}
      </div>
      <form class="add-participant" onSubmit={(e) => void add(e)} noValidate>
        <PseudonymInput id="new-participant" label={t('participants.newPseudonym')} value={name} error={error} onInput={(v) => { setName(v); setError(null); }} />
        <button type="submit" class="btn btn-primary">
          {t('participants.add')}
        </button>
      </form>
      <datalist id="tag-suggestions">
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {participants.length === 0 ? (
        <p class="hint">{t('participants.empty')}</p>
      ) : (
        <ol class="participant-list">
          {participants.map((p, index) => (
            <ParticipantRow key={p.id} participant={p} session={session} all={participants} index={index} />
          ))}
        </ol>
      )}
      <TextField
        id="session-consentWording"
        label={t('participants.consentWording')}
        multiline
        rows={3}
        max={LIMITS.long}
        stored={session.consentWording}
        draftKey={draftKey(session.id, 'session.consentWording')}
        save={(v) => updateSession(session.id, { consentWording: v })}
      />
    </div>
  );
}
