// Full-screen notes for the secrétaire's own tablet: pick the phase, then type; the field stays above the keyboard.
import { useEffect, useState } from 'preact/hooks';
import { chooseNotesPhase, notesPhase, rememberSession } from '../../actions/prefs';
import type { PhaseIndex, SessionId, VerbatimId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { routeHref } from '../common/routes';
import { Loading, SessionMissing } from '../common/SessionMissing';
import { useRoomData } from '../common/useRoomData';
import { NotesPane } from './NotesPane';
import { useVisualViewport } from './useVisualViewport';

/** `verbatim`: opened at that verbatim, marked, instead of at the latest (a search result of the démarche). */
export function NotesScreen({ id, verbatim }: { id: SessionId; verbatim?: VerbatimId | undefined }) {
  const { t } = useI18n();
  const data = useRoomData(id);
  const [phase, setPhase] = useState<PhaseIndex | null>(null);
  useVisualViewport();
  useEffect(() => {
    void rememberSession(id);
    void notesPhase(id).then((p) => p && setPhase(p));
  }, [id]);

  if (data.status !== 'ready') return <Loading />;
  if (!data.value) return <SessionMissing />;
  const { session, phases, participants, everyone, turns } = data.value;
  const current = phase ?? session.currentPhase ?? 1;
  const open = turns.find((x) => x.endedAt === null);
  const choose = (p: PhaseIndex) => {
    setPhase(p);
    void chooseNotesPhase(id, p);
  };
  return (
    <main id="main" class="notes-screen">
      <div class="notes-head">
        <h1 class="notes-title">
          {t('notes.title')} — <span class="notes-session">{session.title}</span>
        </h1>
        <fieldset class="phase-picker">
          <legend class="visually-hidden">{t('notes.phase')}</legend>
          {phases.map((p) => (
            <label key={p.id} class={`pick ${current === p.index ? 'is-on' : ''}`}>
              <input type="radio" name="notes-phase" checked={current === p.index} onChange={() => choose(p.index)} />
              <span>
                {p.index}. {p.title}
              </span>
            </label>
          ))}
        </fieldset>
        <a class="btn btn-tertiary btn-small" href={routeHref({ name: 'room', id })}>
          {t('room.title')}
        </a>
        {verbatim && session.demarcheId && (
          // Opened from a search result: back to those results (the search keeps its words in its address; an installed
          // app has no back button). Opened on its own, the link still leads to the démarche's search.
          <a
            class="btn btn-secondary btn-small"
            href={routeHref({ name: 'demarche', id: session.demarcheId, tab: 'recherche', print: false })}
            onClick={(e) => {
              if (history.length > 1) {
                e.preventDefault();
                history.back();
              }
            }}
          >
            {t('notes.backToResults')}
          </a>
        )}
      </div>
      <NotesPane sessionId={id} phase={current} participants={participants} everyone={everyone} floor={open?.speaker ?? null} target={verbatim} />
    </main>
  );
}
