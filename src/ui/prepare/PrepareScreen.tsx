// Préparation: the séance, its participants and its guide, autosaved; "Démarrer la séance" opens the room.
import './prepare.css';
import { startSession } from '../../actions/room';
import { rememberSession } from '../../actions/prefs';
import { useParticipants, usePhases, useSession } from '../../db/queries';
import type { SessionId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';
import { navigate, routeHref, type PrepareSection, type PrepareTab } from '../common/routes';
import { Loading, SessionMissing } from '../common/SessionMissing';
import { installAdvice } from '../../domain/durability';
import { ReportLink } from '../report/ReportLink';
import { useWhere } from '../common/useWhere';
import { GuideEditor } from './GuideEditor';
import { ParticipantsEditor } from './ParticipantsEditor';
import { PrivacyPanel } from './PrivacyPanel';
import { SessionForm } from './SessionForm';
import { useEffect } from 'preact/hooks';

const TABS: readonly { tab: PrepareTab; label: MessageKey }[] = [
  { tab: 'seance', label: 'prepare.section.session' },
  { tab: 'participants', label: 'prepare.section.participants' },
  { tab: 'guide', label: 'prepare.section.guide' },
];

export function PrepareScreen({ id, tab, section }: { id: SessionId; tab: PrepareTab; section?: PrepareSection | undefined }) {
  const { t } = useI18n();
  const session = useSession(id);
  const participants = useParticipants(id);
  const phases = usePhases(id);
  const where = useWhere();

  useEffect(() => {
    void rememberSession(id);
  }, [id]);

  if (session.status === 'loading') return <Loading />;
  if (session.status === 'error' || !session.value) return <SessionMissing />;
  const s = session.value;
  const closed = s.status === 'terminee';
  const start = async () => {
    await startSession(id);
    navigate({ name: 'room', id });
  };
  const onTabKey = (e: KeyboardEvent, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = TABS[(index + delta + TABS.length) % TABS.length]!;
    navigate({ name: 'prepare', id, tab: next.tab });
    requestAnimationFrame(() => document.getElementById(`tab-${next.tab}`)?.focus());
  };

  return (
    <main id="main" class="page prepare">
      <div class="page-head">
        <div>
          <p class="eyebrow">{t('prepare.title')}</p>
          <h1 class="prepare-title">{s.title || t('home.untitled')}</h1>
        </div>
        <div class="start-box">
          {/* Once the séance is closed, what is left to do is its report: it comes first. */}
          {closed && <ReportLink id={id} class="btn btn-primary btn-large" />}
          <button type="button" class={closed ? 'btn btn-secondary' : 'btn btn-primary btn-large'} onClick={() => void start()} aria-describedby="start-hint">
            {s.status === 'preparation' ? t('prepare.start') : t('prepare.resume')}
          </button>
          <p class="hint" id="start-hint">
            {t('prepare.startHint')}
          </p>
          <a class="btn btn-tertiary" href={routeHref({ name: 'files', id })}>
            {t('transfer.files.link')}
          </a>
        </div>
      </div>
      {/* Said before « Démarrer la séance », never in the room; it blocks nothing. */}
      {s.status === 'preparation' && installAdvice({ ...where, persisted: null }, false) === 'homeScreen' && (
        <p class="start-reminder" data-testid="start-reminder">
          {t('install.homeScreen')}
        </p>
      )}
      <div role="tablist" aria-label={t('prepare.tabs')} class="tabs">
        {TABS.map((item, index) => (
          <a
            key={item.tab}
            id={`tab-${item.tab}`}
            role="tab"
            href={routeHref({ name: 'prepare', id, tab: item.tab })}
            aria-selected={tab === item.tab}
            aria-controls={`panel-${item.tab}`}
            tabIndex={tab === item.tab ? 0 : -1}
            class="tab"
            onKeyDown={(e) => onTabKey(e, index)}
          >
            {t(item.label)}
            {item.tab === 'participants' && participants.status === 'ready' && <span class="tab-count">&nbsp;({participants.value.length})</span>}
          </a>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tab-panel">
        {tab === 'seance' && (
          <>
            <SessionForm session={s} />
            <PrivacyPanel session={s} focus={section === 'rgpd'} />
          </>
        )}
        {tab === 'participants' && participants.status === 'ready' && <ParticipantsEditor session={s} participants={participants.value} />}
        {tab === 'guide' && phases.status === 'ready' && <GuideEditor session={s} phases={phases.value} />}
      </section>
    </main>
  );
}
