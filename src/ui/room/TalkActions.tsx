// Mending a tap: undo the last one, or say who really spoke during the last turn.
import { correctSpeaker, undoLastTap } from '../../actions/room';
import type { Participant, Session, Speaker, Turn } from '../../domain/types';
import { useI18n } from '../../i18n';

interface Props {
  session: Session;
  participants: readonly Participant[];
  lastTurn: Turn | undefined;
  hasTurns: boolean;
  compact?: boolean;
}

export function TalkActions({ session, participants, lastTurn, hasTurns, compact = false }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div class="talk-actions">
        <button type="button" class="btn btn-secondary" disabled={!hasTurns} onClick={() => void undoLastTap(session.id)}>
          {t('talk.undo')}
        </button>
        {lastTurn && (
          <label class="correct">
            <span>{t('talk.correct')}</span>
            <select value={lastTurn.speaker} onChange={(e) => void correctSpeaker(lastTurn.id, e.currentTarget.value as Speaker)}>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.pseudonym}
                </option>
              ))}
              <option value="animateur">{t('talk.animateur')}</option>
            </select>
          </label>
        )}
      </div>
      {!compact && <p class="hint">{t('talk.keys')}</p>}
    </>
  );
}
