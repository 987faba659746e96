// Accueil: the séances as cards, "Nouvelle séance", and an empty state saying what Cercle is for.
import { useState } from 'preact/hooks';
import { createSession, deleteSession, duplicateSession, undoDeleteSession } from '../../actions/sessions';
import { useSessions } from '../../db/queries';
import { isoDay, sortSessions } from '../../domain/session';
import type { Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { guideTexts } from '../../i18n/guideTexts';
import { now } from '../../platform/clock';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { navigate, routeHref } from '../common/routes';
import { showToast } from '../common/toasts';
import { SessionCard } from './SessionCard';
import { lazyPart } from '../common/lazyPart';

const InstallBanner = lazyPart(() => import('./InstallBanner').then((m) => m.InstallBanner), ['shared']);
// The plan d'actions button reads every fiche to count the late ones: loaded just after the first screen, which stays as small as it was.
const PlanLink = lazyPart(() => import('./PlanLink').then((m) => m.PlanLink), ['shared']);
const DemarchesLink = lazyPart(() => import('./DemarchesLink').then((m) => m.DemarchesLink), ['consolidation']);
import type { DeviceRole } from '../../domain/device';

export function HomeScreen({ role }: { role: DeviceRole }) {
  const { t, intl } = useI18n();
  const sessions = useSessions();
  const [toDelete, setToDelete] = useState<Session | null>(null);
  const today = isoDay(new Date(now()));

  const create = async () => {
    const id = await createSession(t('home.defaultTitle', { date: formatShortDay(today, intl) }), t('participants.consentWording.default'), guideTexts(t));
    navigate({ name: 'prepare', id, tab: 'seance' });
  };

  const duplicate = async (s: Session) => {
    const title = (source: string) => t('home.mirrorTitle', { title: source || t('home.untitled') });
    await duplicateSession(s.id, title);
    showToast(t('home.duplicated', { title: title(s.title) }));
  };

  const confirmDelete = async () => {
    if (!toDelete) return;
    const { id, title } = toDelete;
    setToDelete(null);
    await deleteSession(id);
    showToast(t('home.deleted', { title: title || t('home.untitled') }), () => void undoDeleteSession(id));
  };

  const list = sessions.status === 'ready' ? sortSessions(sessions.value) : [];

  return (
    <main id="main" class="page home">
      <div class="page-head">
        <h1>{t('home.title')}</h1>
        <div class="head-actions">
          <button type="button" class="btn btn-primary btn-large" onClick={() => void create()}>
            <span aria-hidden="true">+</span>
            {t('home.new')}
          </button>
          <a class="btn btn-secondary btn-large" href={routeHref({ name: 'import' })}>
            {t('transfer.import.open')}
          </a>
          {list.length > 0 && <PlanLink today={today} />}
          <DemarchesLink />
        </div>
      </div>
      <InstallBanner />
      {sessions.status === 'ready' && list.length === 0 && (
        <section class="empty-state" aria-labelledby="empty-title">
          <svg aria-hidden="true" viewBox="0 0 120 120" width="120" height="120" class="empty-art">
            <circle cx="60" cy="60" r="40" fill="none" stroke="#000091" stroke-width="4" stroke-dasharray="6 10" />
            {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
              <circle key={i} cx={60 + 40 * Math.cos((i * Math.PI) / 4)} cy={60 + 40 * Math.sin((i * Math.PI) / 4)} r="8" fill={i === 0 ? '#e1000f' : '#6a6af4'} />
            ))}
          </svg>
          <h2 id="empty-title">{t('home.empty.title')}</h2>
          <p>{t('home.empty.line1')}</p>
          <p>{t('home.empty.line2')}</p>
          {/* When the browser wiped everything, nothing of ours survives to know it: the empty list always says how to come back. */}
          <div class="empty-restore">
            <h3>{t('home.empty.restore.title')}</h3>
            {/* It names the « Importer un fichier » button above: a second link of the same name would only be noise. */}
            <p>{t('home.empty.restore')}</p>
          </div>
        </section>
      )}
      {list.length > 0 && (
        <ul class="session-grid" aria-label={t('home.list')}>
          {list.map((s) => (
            <li key={s.id}>
              <SessionCard session={s} today={today} role={role} onDuplicate={() => void duplicate(s)} onDelete={() => setToDelete(s)} />
            </li>
          ))}
        </ul>
      )}
      {toDelete && (
        <ConfirmDialog
          title={t('home.confirmDelete.title', { title: toDelete.title || t('home.untitled') })}
          confirmLabel={t('home.confirmDelete.yes')}
          danger
          onConfirm={() => void confirmDelete()}
          onCancel={() => setToDelete(null)}
        >
          <p>{t('home.confirmDelete.body')}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
