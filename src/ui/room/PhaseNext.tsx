// Beside the notes: the current phase's next step in one short bar, and the whole phase one tap away.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { BoardLink } from '../board/BoardLink';
import { ReportLink } from '../report/ReportLink';
import { PhaseContent, type PhaseProps } from './PhaseContent';
import { PromptList } from './PromptList';
import { TourDeTable } from './TourDeTable';

export function PhaseNext(props: PhaseProps) {
  const { session, phase, participants, turns, now, onClose } = props;
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const closed = session.status === 'terminee';
  const missing = participants.filter((p) => !p.consent);
  return (
    <section class="phase-next" aria-label={t('room.phaseNext')}>
      {!all && (
        <div class="phase-next-row">
          {phase.index === 1 && missing.length > 0 && (
            // A few names fit the bar; a whole circle without consent is a count, the names are in « Toute la phase ».
            <p class="warning-text">
              {missing.length <= 3 ? t('brief.consentMissingList', { names: missing.map((p) => p.pseudonym).join(', ') }) : t('brief.consentMissingCount', { n: missing.length })}
            </p>
          )}
          {phase.index === 1 && missing.length === 0 && participants.length > 0 && <p class="success-text">{t('brief.consentAllOk')}</p>}
          {phase.index === 2 && <TourDeTable session={session} phase={phase} participants={participants} turns={turns} now={now} compact />}
          {phase.index === 3 && <PromptList sessionId={session.id} phase={phase} next />}
          <BoardLink sessionId={session.id} phase={phase.index} />
          {phase.index === 5 && !closed && (
            <>
              <ReportLink id={session.id} class="btn btn-secondary report-link" />
              <button type="button" class="btn btn-danger close-btn" onClick={onClose}>
                {t('room.close')}
              </button>
            </>
          )}
        </div>
      )}
      <button type="button" class="btn btn-tertiary btn-small phase-more" aria-expanded={all} onClick={() => setAll(!all)}>
        <span aria-hidden="true">{all ? '▴ ' : '▾ '}</span>
        {t('room.phaseMore')}
      </button>
      {all && <PhaseContent {...props} />}
    </section>
  );
}
