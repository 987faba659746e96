// Route "action": one fiche action's follow-up after the séance — statut with its dated history, jalons, indicateurs de suivi, points d'étape.
import { useFiche } from '../../db/ficheQueries';
import { currentStatus, lateness } from '../../domain/plan';
import { isoDay } from '../../domain/session';
import type { ActionId, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { now } from '../../platform/clock';
import { actionHeading } from '../../report/outline';
import { routeHref } from '../common/routes';
import { Loading } from '../common/SessionMissing';
import { FicheFacts } from './FicheFacts';
import { FollowUpsPanel } from './FollowUpsPanel';
import { IndicatorsPanel } from './IndicatorsPanel';
import { MilestonesPanel } from './MilestonesPanel';
import { StatusPanel } from './StatusPanel';
import './fiche.css';

export function FicheScreen({ id, actionId }: { id: SessionId; actionId: ActionId }) {
  const { t } = useI18n();
  const data = useFiche(id, actionId);
  if (data.status !== 'ready') return <Loading />;
  if (!data.value) {
    return (
      <main id="main" class="page">
        <p role="alert">{t('fiche.missing')}</p>
        <a class="btn btn-secondary" href={routeHref({ name: 'home' })}>
          {t('fiche.backHome')}
        </a>
      </main>
    );
  }
  const { session, action, changes, milestones, indicators, measures, followUps } = data.value;
  const today = isoDay(new Date(now()));
  // An anonymised séance's plan is an archive: shown whole, changed nowhere (the use cases refuse it too).
  const readOnly = session.anonymised;
  const late = lateness(action, currentStatus(changes), milestones, today);
  return (
    <main id="main" class="page fiche-page">
      <div class="page-head">
        <div>
          <p class="eyebrow">{t('fiche.eyebrow', { title: session.title || t('home.untitled') })}</p>
          <h1 dir="auto">{actionHeading(action, t)}</h1>
        </div>
        {!readOnly && (
          <a class="btn btn-tertiary" href={`${routeHref({ name: 'report', id, audience: 'equipe', anonymised: false, print: false })}`}>
            <span aria-hidden="true">←</span> {t('fiche.editInReport')}
          </a>
        )}
      </div>
      {readOnly && (
        <p class="banner banner-info" role="status">
          {t('fiche.archive')}
        </p>
      )}
      <FicheFacts action={action} late={late} />
      <div class="fiche-grid">
        <div class="fiche-column">
          <StatusPanel actionId={action.id} changes={changes} today={today} readOnly={readOnly} />
          <MilestonesPanel action={action} milestones={milestones} missed={new Set(late.missed.map((m) => m.id))} today={today} readOnly={readOnly} />
        </div>
        <div class="fiche-column">
          <IndicatorsPanel actionId={action.id} indicators={indicators} measures={measures} today={today} readOnly={readOnly} />
          <FollowUpsPanel actionId={action.id} followUps={followUps} today={today} readOnly={readOnly} />
        </div>
      </div>
    </main>
  );
}
