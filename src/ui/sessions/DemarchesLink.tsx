// Accueil's way to the démarches: loaded after the first screen with its own text, so the first screen stays as small as it was.
import { useI18n } from '../../i18n';
import { routeHref } from '../common/routes';

export function DemarchesLink() {
  const { t } = useI18n();
  return (
    <a class="btn btn-secondary btn-large" href={routeHref({ name: 'demarches' })}>
      {t('demarche.home.link')}
    </a>
  );
}
