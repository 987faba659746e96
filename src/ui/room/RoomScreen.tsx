// The room: phase stepper, the current phase with its timer and content, and talk-turn tracking.
import { useState } from 'preact/hooks';
import { closeSession, goToPhase, reopenSession } from '../../actions/room';
import { rememberSession } from '../../actions/prefs';
import type { Phase, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { useWakeLock } from '../../pwa/wakeLock';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { routeHref } from '../common/routes';
import { ClosingSummary } from './ClosingSummary';
import { PhaseBrief } from './PhaseBrief';
import { PhaseClock } from './PhaseClock';
import { PhaseStepper } from './PhaseStepper';
import { PromptList } from './PromptList';
import { SessionClock } from './SessionClock';
import { TalkPanel } from './TalkPanel';
import { TourDeTable } from './TourDeTable';
import { useNow } from './useNow';
import { useRoomData } from './useRoomData';
import { useEffect } from 'preact/hooks';

export function RoomScreen({ id }: { id: SessionId }) {
  const { t } = useI18n();
  const data = useRoomData(id);
  const now = useNow();
  const [closing, setClosing] = useState(false);
  const running = data.status === 'ready' && data.value?.session.status === 'en_cours';
  useWakeLock(running);
  useEffect(() => {
    void rememberSession(id);
  }, [id]);

  if (data.status !== 'ready') return <main id="main" class="page" aria-busy="true" />;
  if (!data.value) {
    return (
      <main id="main" class="page">
        <p role="alert">{t('prepare.notFound')}</p>
        <a class="btn btn-secondary" href={routeHref({ name: 'home' })}>
          {t('prepare.back')}
        </a>
      </main>
    );
  }
  const { session, phases, participants, everyone, turns } = data.value;
  const closed = session.status === 'terminee';

  if (session.currentPhase === null) {
    return (
      <main id="main" class="page room">
        <p class="eyebrow">{session.title}</p>
        <h1>{t('room.notStarted')}</h1>
        <button type="button" class="btn btn-primary btn-large" onClick={() => void goToPhase(id, 1)}>
          {t('room.start')}
        </button>
      </main>
    );
  }
  const phase = phases.find((p) => p.index === session.currentPhase) as Phase;

  return (
    <main id="main" class={`room-layout ${closed ? 'is-closed' : ''}`}>
      <div class="room-top">
        <PhaseStepper sessionId={id} phases={phases} current={session.currentPhase} disabled={closed} />
        <SessionClock session={session} phases={phases} now={now} />
      </div>
      {closed && (
        <div class="banner banner-info room-closed" role="status">
          <p>
            <strong>{t('room.closed')}</strong>
          </p>
          <button type="button" class="btn btn-secondary" onClick={() => void reopenSession(id)}>
            {t('room.reopen')}
          </button>
        </div>
      )}
      <div class="room-main">
        {/* Each column scrolls on its own in landscape, so each must be reachable by keyboard. */}
        <div class="room-left" tabIndex={0} role="region" aria-label={t('room.currentPhase')}>
          <PhaseClock session={session} phase={phase} now={now} />
          {closed && <ClosingSummary phases={phases} everyone={everyone} turns={turns} now={now} />}
          {phase.index === 1 && <PhaseBrief session={session} participants={participants} />}
          {phase.index === 2 && <TourDeTable session={session} phase={phase} participants={participants} turns={turns} now={now} />}
          <PromptList sessionId={id} phase={phase} />
          {phase.index === 5 && !closed && (
            <button type="button" class="btn btn-danger btn-large close-btn" onClick={() => setClosing(true)}>
              {t('room.close')}
            </button>
          )}
        </div>
        <div class="room-right" tabIndex={0} role="region" aria-label={t('talk.title')}>
          <TalkPanel
            session={session}
            phase={phase.index}
            participants={participants}
            everyone={everyone}
            turns={turns}
            now={now}
            flagLeastHeard={phase.index >= 2 && phase.index <= 4}
          />
        </div>
      </div>
      {closing && (
        <ConfirmDialog
          title={t('room.close.title')}
          confirmLabel={t('room.close.yes')}
          onCancel={() => setClosing(false)}
          onConfirm={() => {
            setClosing(false);
            void closeSession(id);
          }}
        >
          <p>{t('room.close.body')}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
