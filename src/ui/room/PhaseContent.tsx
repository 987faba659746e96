// What the current phase shows under its timer: the brief, the tour de table, the questions, closing.
import type { Participant, Phase, Session, Turn } from '../../domain/types';
import { useI18n } from '../../i18n';
import { BoardLink } from '../board/BoardLink';
import { ReportLink } from '../report/ReportLink';
import { ClosingSummary } from './ClosingSummary';
import { PhaseBrief } from './PhaseBrief';
import { PromptList } from './PromptList';
import { TourDeTable } from './TourDeTable';

export interface PhaseProps {
  session: Session;
  phase: Phase;
  phases: readonly Phase[];
  participants: readonly Participant[];
  everyone: readonly Participant[];
  turns: readonly Turn[];
  now: number;
  onClose: () => void;
}

export function PhaseContent({ session, phase, phases, participants, everyone, turns, now, onClose }: PhaseProps) {
  const { t } = useI18n();
  const closed = session.status === 'terminee';
  return (
    <>
      {closed && <ClosingSummary phases={phases} everyone={everyone} turns={turns} now={now} />}
      {phase.index === 1 && <PhaseBrief session={session} participants={participants} />}
      {phase.index === 2 && <TourDeTable session={session} phase={phase} participants={participants} turns={turns} now={now} />}
      <BoardLink sessionId={session.id} phase={phase.index} />
      <PromptList sessionId={session.id} phase={phase} />
      {phase.index === 5 && !closed && (
        <>
          {/* The secrétaire may start the synthesis while the group is still recalling the results. */}
          <ReportLink id={session.id} class="btn btn-secondary report-link" />
          <button type="button" class="btn btn-danger btn-large close-btn" onClick={onClose}>
            {t('room.close')}
          </button>
        </>
      )}
    </>
  );
}
