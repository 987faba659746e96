// The top bar: app name, navigation between séances and settings, and the save indicator.
import { useI18n } from '../../i18n';
import { routeHref, type Route } from './routes';
import { SaveIndicator } from './SaveBanner';

export function Header({ route }: { route: Route }) {
  const { t } = useI18n();
  // Préparation and the room belong to "Séances": the menu says where the person is. The démarches have no tab (their
  // way in is Accueil's button, kept out of the first screen): on their screens no tab claims the person.
  const section = route.name === 'settings' ? 'settings' : route.name === 'demarches' || route.name === 'demarche' ? null : 'home';
  const current = (name: 'home' | 'settings') => (section === name ? (route.name === name ? 'page' : 'location') : undefined);
  return (
    <header class="app-header">
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <a class="brand" href={routeHref({ name: 'home' })}>
        <svg aria-hidden="true" viewBox="0 0 32 32" width="32" height="32" class="brand-logo">
          <circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" stroke-width="3" />
          <circle cx="16" cy="5" r="3.5" fill="#e1000f" />
        </svg>
        <span class="brand-name">{t('app.name')}</span>
        <span class="brand-tagline">{t('app.tagline')}</span>
      </a>
      <nav aria-label={t('nav.main')} class="main-nav">
        <a href={routeHref({ name: 'home' })} aria-current={current('home')}>
          {t('nav.sessions')}
        </a>
        <a href={routeHref({ name: 'settings' })} aria-current={current('settings')}>
          {t('nav.settings')}
        </a>
      </nav>
      <SaveIndicator />
    </header>
  );
}
