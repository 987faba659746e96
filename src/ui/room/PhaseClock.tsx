// The current phase's timer in big digits: elapsed, remaining or overrun, with pause and navigation.
import type { ComponentChildren } from 'preact';
import { goToPhase, togglePause } from '../../actions/room';
import { isPaused, phaseElapsed, remaining, timerTone } from '../../domain/timer';
import type { Phase, PhaseIndex, Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatClock, formatMinutes } from '../../i18n/format';

interface Props {
  session: Session;
  phase: Phase;
  now: number;
  /** Beside the notes: one short block, so the tiles and the phase's next step stay on screen. */
  compact?: boolean;
  /** Shown at the end of the title line (the séance's clock, beside the notes). */
  aside?: ComponentChildren;
}

export function PhaseClock({ session, phase, now, compact = false, aside }: Props) {
  const { t, intl } = useI18n();
  const elapsed = phaseElapsed(phase, now);
  const tone = timerTone(elapsed, phase.plannedMinutes);
  const left = remaining(elapsed, phase.plannedMinutes);
  const paused = isPaused(phase);
  const closed = session.status === 'terminee';
  const ratio = phase.plannedMinutes > 0 ? Math.min(1, elapsed / (phase.plannedMinutes * 60_000)) : 1;
  const go = (index: number) => void goToPhase(session.id, index as PhaseIndex);
  return (
    <section class={`phase-clock tone-${tone} ${paused ? 'is-paused' : ''} ${compact ? 'is-compact' : ''}`} aria-labelledby="current-phase-title">
      <div class="phase-head">
        <p class="phase-of">{t('room.phaseOf', { n: phase.index })}</p>
        <h1 id="current-phase-title" class="current-phase-title">
          {phase.title}
        </h1>
        {aside}
      </div>
      <div class="clock-row">
        <p class="big-timer" role="timer" aria-label={`${t('room.elapsed')} ${formatClock(elapsed)}`}>
          {formatClock(elapsed)}
        </p>
        <div class="clock-side">
          <p class="clock-planned">{t('room.plannedShort', { planned: formatMinutes(phase.plannedMinutes, intl) })}</p>
          {!closed && (
            <p class={`clock-left tone-text-${tone}`}>
              {left >= 0 ? t('room.remaining', { time: formatClock(left) }) : t('room.overBy', { time: formatClock(-left) })}
            </p>
          )}
          {paused && <p class="paused-badge">{t('room.paused')}</p>}
        </div>
      </div>
      <div class="progress" aria-hidden="true">
        <div class="progress-bar" style={{ width: `${ratio * 100}%` }} />
      </div>
      {!closed && (
        <div class="clock-actions">
          <button type="button" class={`btn ${paused ? 'btn-primary' : 'btn-secondary'}`} aria-pressed={paused} onClick={() => void togglePause(session.id)}>
            {paused ? t('room.resume') : t('room.pause')}
          </button>
          <button type="button" class="btn btn-tertiary" disabled={phase.index === 1} onClick={() => go(phase.index - 1)}>
            <span aria-hidden="true">←</span> <span class={compact ? 'visually-hidden' : ''}>{t('room.previous')}</span>
          </button>
          {phase.index < 5 && (
            <button type="button" class="btn btn-primary btn-large" aria-label={compact ? t('room.next') : undefined} onClick={() => go(phase.index + 1)}>
              {compact ? t('room.nextShort') : t('room.next')} <span aria-hidden="true">→</span>
            </button>
          )}
        </div>
      )}
    </section>
  );
}
