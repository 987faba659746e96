// One séance on the home screen: title, date, place, status, number of participants, its last copy, its actions.
import { useLive } from '../../db/live';
import { participantsOf } from '../../db/queries';
import { purgeDue } from '../../domain/session';
import type { Session } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { routeHref } from '../common/routes';
import type { DeviceRole } from '../../domain/device';
import { ReportLink } from '../report/ReportLink';
import { lazyPart } from '../common/lazyPart';

// The copy line and its offer load just after Accueil: the export they start is not first-screen code.
const CopyStatus = lazyPart(() => import('./CopyStatus').then((m) => m.CopyStatus), ['shared']);
// The return to participants' reminder likewise: its rule and this tablet's record of it are not first-screen code.
const ReturnReminder = lazyPart(() => import('./ReturnReminder').then((m) => m.ReturnReminder), ['shared']);

interface Props {
  session: Session;
  today: string;
  role: DeviceRole;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function SessionCard({ session, today, role, onDuplicate, onDelete }: Props) {
  const { t, intl } = useI18n();
  const people = useLive(() => participantsOf(session.id), [session.id]);
  const title = session.title || t('home.untitled');
  const count = people.status === 'ready' ? people.value.length : null;
  const running = session.status === 'en_cours';
  // Once the séance is closed, what is left to do is the rapport de synthèse: it becomes the first action.
  const closed = session.status === 'terminee';
  const openHref = running ? routeHref({ name: 'room', id: session.id }) : routeHref({ name: 'prepare', id: session.id, tab: 'seance' });
  const headingId = `session-${session.id}`;
  return (
    <article class={`session-card status-${session.status}`} aria-labelledby={headingId}>
      <p class={`status-badge badge-${session.status}`}>{t(`home.status.${session.status}`)}</p>
      <h2 id={headingId} class="session-title">
        {title}
      </h2>
      <p class="session-meta">
        <span>{session.date ? formatDay(session.date, intl) : t('home.noDate')}</span>
        {session.startTime && <span> · {session.startTime.replace(':', ' h ')}</span>}
      </p>
      <p class="session-meta">{session.place || t('home.noPlace')}</p>
      {count !== null && <p class="session-meta">{t(countKey('home.participants', count), { n: count })}</p>}
      <CopyStatus session={session} role={role} title={title} />
      {purgeDue(session, today) && (
        <div class="purge-due">
          <p class="warning-text">{t('home.purgeDue')}</p>
          <a class="btn btn-tertiary" href={routeHref({ name: 'prepare', id: session.id, tab: 'seance', section: 'rgpd' })} aria-label={t('home.purgeLink.label', { title })}>
            {t('home.purgeLink')}
          </a>
        </div>
      )}
      <ReturnReminder session={session} today={today} title={title} />
      <div class="card-actions">
        {closed && <ReportLink id={session.id} label={t('reportScreen.open.label', { title })} />}
        {role === 'secretaire' && (
          <a class={closed ? 'btn btn-secondary' : 'btn btn-primary'} href={routeHref({ name: 'notes', id: session.id })}>
            {t('notes.fullScreen')}
          </a>
        )}
        <a class={role === 'secretaire' || closed ? 'btn btn-secondary' : 'btn btn-primary'} href={openHref}>
          {running ? t('home.resume') : session.status === 'terminee' ? t('home.view') : t('home.open')}
        </a>
        <button type="button" class="btn btn-secondary" aria-label={t('home.duplicate.label', { title })} onClick={onDuplicate}>
          {t('home.duplicate')}
        </button>
        <a class="btn btn-secondary" href={routeHref({ name: 'files', id: session.id })} aria-label={t('transfer.card.files.label', { title })}>
          {t('transfer.card.files')}
        </a>
        <button type="button" class="btn btn-tertiary btn-danger-text" aria-label={t('home.delete.label', { title })} onClick={onDelete}>
          {t('home.delete')}
        </button>
      </div>
    </article>
  );
}
