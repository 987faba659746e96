// The room: phase stepper, the current phase with its timer and content, and talk-turn tracking.
import './room.css';
import './split.css';
import { useEffect, useState } from 'preact/hooks';
import { closeSession, goToPhase, reopenSession } from '../../actions/room';
import { rememberSession } from '../../actions/prefs';
import type { DeviceRole } from '../../domain/device';
import type { Phase, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { useWakeLock } from '../../pwa/wakeLock';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Loading, SessionMissing } from '../common/SessionMissing';
import { useRoomData } from '../common/useRoomData';
import { NotesPane } from '../notes/NotesPane';
import { ReportLink } from '../report/ReportLink';
import { CloseCopyOffer } from './CloseCopyOffer';
import { PhaseClock } from './PhaseClock';
import { PhaseContent } from './PhaseContent';
import { PhaseNext } from './PhaseNext';
import { PhaseStepper } from './PhaseStepper';
import { SessionClock } from './SessionClock';
import { TalkPanel } from './TalkPanel';
import { useNow } from './useNow';

export function RoomScreen({ id, role = 'animateur' }: { id: SessionId; role?: DeviceRole }) {
  const { t } = useI18n();
  const data = useRoomData(id);
  const now = useNow();
  const [closing, setClosing] = useState(false);
  // Split view: the secrétaire's pane beside the room, on the animateur's own tablet.
  const [notesOpen, setNotesOpen] = useState(false);
  const running = data.status === 'ready' && data.value?.session.status === 'en_cours';
  useWakeLock(running);
  useEffect(() => {
    void rememberSession(id);
  }, [id]);

  if (data.status !== 'ready') return <Loading />;
  if (!data.value) return <SessionMissing />;
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
  const open = turns.find((x) => x.endedAt === null);
  const talk = (
    <TalkPanel
      session={session}
      phase={phase.index}
      participants={participants}
      everyone={everyone}
      turns={turns}
      now={now}
      flagLeastHeard={phase.index >= 2 && phase.index <= 4}
      compact={notesOpen}
    />
  );

  // Beside the notes, the séance's time moves into the phase's block so the stepper keeps the whole top row.
  const sessionClock = <SessionClock session={session} phases={phases} now={now} />;
  const content = { session, phase, phases, participants, everyone, turns, now, onClose: () => setClosing(true) };

  return (
    <main id="main" class={`room-layout ${closed ? 'is-closed' : ''} ${notesOpen ? 'notes-open' : ''}`}>
      <div class="room-top">
        <PhaseStepper sessionId={id} phases={phases} current={session.currentPhase} disabled={closed} />
        {!notesOpen && sessionClock}
        <button
          type="button"
          class={`btn ${notesOpen ? 'btn-primary' : 'btn-secondary'} notes-toggle`}
          aria-expanded={notesOpen}
          aria-controls="room-right"
          aria-label={notesOpen ? t('notes.closeLabel') : t('notes.openLabel')}
          onClick={() => setNotesOpen(!notesOpen)}
        >
          {t('notes.open')}
        </button>
      </div>
      {closed && (
        <div class="banner banner-info room-closed" role="status">
          <p>
            <strong>{t('room.closed')}</strong>
          </p>
          <div class="banner-actions">
            <ReportLink id={id} />
            <button type="button" class="btn btn-secondary" onClick={() => void reopenSession(id)}>
              {t('room.reopen')}
            </button>
          </div>
          <CloseCopyOffer session={session} role={role} />
        </div>
      )}
      <div class={`room-main ${notesOpen ? 'with-notes' : ''}`}>
        {/* Each column scrolls on its own in landscape, so each must be reachable by keyboard. */}
        <div class="room-left" tabIndex={0} role="region" aria-label={t('room.currentPhase')}>
          <PhaseClock session={session} phase={phase} now={now} compact={notesOpen} aside={notesOpen ? sessionClock : null} />
          {notesOpen ? (
            <>
              {talk}
              <PhaseNext {...content} />
            </>
          ) : (
            <PhaseContent {...content} />
          )}
        </div>
        <div class="room-right" id="room-right" tabIndex={0} role="region" aria-label={notesOpen ? t('notes.title') : t('talk.title')}>
          {notesOpen ? <NotesPane sessionId={id} phase={phase.index} participants={participants} everyone={everyone} floor={open?.speaker ?? null} /> : talk}
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
