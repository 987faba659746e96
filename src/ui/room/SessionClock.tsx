// The whole séance's time against the guide, the drift, and a rebalance applied only if accepted.
import { useState } from 'preact/hooks';
import { applyRebalance } from '../../actions/room';
import { driftMinutes, rebalance, sessionElapsed } from '../../domain/timer';
import type { Phase, Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatClock, formatMinutes } from '../../i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';

export function SessionClock({ session, phases, now }: { session: Session; phases: readonly Phase[]; now: number }) {
  const { t, intl } = useI18n();
  const [asking, setAsking] = useState(false);
  const elapsed = sessionElapsed(phases, now);
  const planned = phases.reduce((s, p) => s + p.plannedMinutes, 0);
  const drift = driftMinutes(phases, session.currentPhase, now);
  const plan = session.currentPhase && drift !== 0 ? rebalance(phases, session.currentPhase, drift) : new Map();
  const canRebalance = session.status === 'en_cours' && plan.size > 0 && [...plan].some(([i, m]) => phases.find((p) => p.index === i)?.plannedMinutes !== m);
  const driftText = drift > 0 ? t('room.drift.late', { minutes: drift }) : drift < 0 ? t('room.drift.early', { minutes: -drift }) : t('room.drift.onTime');
  return (
    <div class="session-clock">
      <p>
        <span class="session-clock-label">{t('room.session')}</span>{' '}
        <strong class="session-clock-time">{t('room.sessionTime', { elapsed: formatClock(elapsed), planned: formatMinutes(planned, intl) })}</strong>
      </p>
      {session.status === 'en_cours' && (
        <div class="drift-line">
          <p class={`drift ${drift > 0 ? 'drift-late' : ''}`} data-testid="drift">
            {driftText}
          </p>
          {canRebalance && (
            <button type="button" class="btn btn-tertiary btn-small" onClick={() => setAsking(true)}>
              {t('room.rebalance')}
            </button>
          )}
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title={t('room.rebalance.title')}
          confirmLabel={t('room.rebalance.yes')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void applyRebalance(session.id, plan);
          }}
        >
          <p>{t('room.rebalance.body')}</p>
          <ul>
            {phases
              .filter((p) => plan.has(p.index))
              .map((p) => (
                <li key={p.id}>{t('room.rebalance.row', { title: p.title, from: formatMinutes(p.plannedMinutes, intl), to: formatMinutes(plan.get(p.index) ?? 0, intl) })}</li>
              ))}
          </ul>
        </ConfirmDialog>
      )}
    </div>
  );
}
