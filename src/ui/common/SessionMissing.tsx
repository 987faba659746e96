// What a séance screen shows while its data loads, and when the séance is gone (deleted, purged, bad link).
import { useI18n } from '../../i18n';
import { routeHref } from './routes';

export function Loading() {
  return <main id="main" class="page" aria-busy="true" />;
}

export function SessionMissing() {
  const { t } = useI18n();
  return (
    <main id="main" class="page">
      <p role="alert">{t('prepare.notFound')}</p>
      <a class="btn btn-secondary" href={routeHref({ name: 'home' })}>
        {t('prepare.back')}
      </a>
    </main>
  );
}
