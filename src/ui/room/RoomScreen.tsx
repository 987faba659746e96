// The room: the current phase and its timer, read from stored timestamps (the full room comes with the "run the room" issue).
import { useEffect, useState } from 'preact/hooks';
import { usePhases, useSession } from '../../db/queries';
import type { SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatClock, formatMinutes } from '../../i18n/format';
import { now } from '../../platform/clock';
import { routeHref } from '../common/routes';

function useNow(intervalMs = 1000): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const id = setInterval(() => setTime(now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return time;
}

export function RoomScreen({ id }: { id: SessionId }) {
  const { t, intl } = useI18n();
  const session = useSession(id);
  const phases = usePhases(id);
  const time = useNow();
  if (session.status !== 'ready' || phases.status !== 'ready') return <main id="main" class="page" aria-busy="true" />;
  const s = session.value;
  if (!s) {
    return (
      <main id="main" class="page">
        <p role="alert">{t('prepare.notFound')}</p>
      </main>
    );
  }
  const phase = phases.value.find((p) => p.index === s.currentPhase) ?? phases.value[0];
  const elapsed = phase?.startedAt != null ? Math.max(0, (phase.endedAt ?? time) - phase.startedAt) : 0;
  return (
    <main id="main" class="page room">
      <p class="eyebrow">{s.title}</p>
      {phase && (
        <section class="current-phase" aria-labelledby="phase-title">
          <p class="phase-of">{t('room.phaseOf', { n: phase.index })}</p>
          <h1 id="phase-title">{phase.title}</h1>
          <p class="big-timer" aria-label={`${t('room.elapsed')} ${formatClock(elapsed)}`}>
            {formatClock(elapsed)}
          </p>
          <p class="hint">{t('room.planned', { planned: formatMinutes(phase.plannedMinutes, intl) })}</p>
          <h2>{t('room.prompts')}</h2>
          <ul class="room-prompts">
            {phase.prompts.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </section>
      )}
      <a class="btn btn-secondary" href={routeHref({ name: 'prepare', id, tab: 'seance' })}>
        {t('room.back')}
      </a>
    </main>
  );
}
