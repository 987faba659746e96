// Phase 2: who introduces themself next (seat order), "Passer" to revisit later, who has not spoken yet.
import { giveFloor, skipInTour } from '../../actions/room';
import { turnDuration } from '../../domain/talk';
import { tourState } from '../../domain/tour';
import type { Participant, ParticipantId, Phase, Session, Turn } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatClock } from '../../i18n/format';

interface Props {
  session: Session;
  phase: Phase;
  participants: readonly Participant[];
  turns: readonly Turn[];
  now: number;
  /** Beside the notes: only who is next, with « Donner la parole » and « Passer ». */
  compact?: boolean;
}

export function TourDeTable({ session, phase, participants, turns, now, compact = false }: Props) {
  const { t } = useI18n();
  const phaseTurns = turns.filter((x) => x.phase === phase.index);
  const spoken = new Set(phaseTurns.map((x) => x.speaker).filter((s): s is ParticipantId => s !== 'animateur'));
  const state = tourState(
    participants.map((p) => p.id),
    spoken,
    phase.skipped,
  );
  const name = (id: ParticipantId) => participants.find((p) => p.id === id)?.pseudonym ?? '?';
  const targetMs = participants.length > 0 ? (phase.plannedMinutes * 60_000) / participants.length : 0;
  const open = phaseTurns.find((x) => x.endedAt === null);
  const openMs = open && open.speaker !== 'animateur' ? turnDuration(open, now) : 0;
  const closed = session.status === 'terminee';
  return (
    <section class={`tour ${compact ? 'is-compact' : ''}`} aria-labelledby="tour-title">
      <h2 id="tour-title" class={compact ? 'visually-hidden' : ''}>
        {t('tour.title')}
      </h2>
      {targetMs > 0 && !compact && <p class={`hint ${openMs > targetMs ? 'warning-text' : ''}`}>{t('tour.target', { time: formatClock(targetMs) })}</p>}
      {state.next ? (
        <div class="tour-next">
          <p class={`tour-next-name ${compact ? 'visually-hidden' : ''}`}>{t('tour.next', { name: name(state.next) })}</p>
          <div class="tour-actions">
            <button type="button" class="btn btn-primary btn-large" disabled={closed} onClick={() => void giveFloor(session.id, state.next!)}>
              {t('tour.giveNext', { name: name(state.next) })}
            </button>
            <button type="button" class="btn btn-secondary" disabled={closed} aria-label={t('tour.skip.label', { name: name(state.next) })} onClick={() => void skipInTour(session.id, phase.index, state.next!)}>
              {t('tour.skip')}
            </button>
          </div>
        </div>
      ) : (
        <p class="success-text">{t('tour.done')}</p>
      )}
      {state.notYet.length > 0 && !compact && <p>{t('tour.notYet', { names: state.notYet.map(name).join(', ') })}</p>}
      {state.queue.length > 0 && <p class="warning-text">{t('tour.queue', { names: state.queue.map(name).join(', ') })}</p>}
    </section>
  );
}
