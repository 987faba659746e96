// Accueil's calm advice to install Cercle: the Home Screen steps on an iPad in a Safari tab, the browser's prompt elsewhere.
import { useState } from 'preact/hooks';
import { useSessionRunning } from '../../db/queries';
import { installAdvice } from '../../domain/durability';
import { useI18n } from '../../i18n';
import { promptInstall } from '../../platform/environment';
import { SafariSteps } from '../common/SafariSteps';
import { useWhere } from '../common/useWhere';

/** « Plus tard » holds until the app is opened again: Accueil is visited often, and it must not nag. */
let laterThisLaunch = false;

export function InstallBanner() {
  const { t } = useI18n();
  const where = useWhere();
  const running = useSessionRunning();
  const [later, setLater] = useState(laterThisLaunch);
  if (running.status !== 'ready' || later) return null;
  const advice = installAdvice({ ...where, persisted: null }, running.value);
  if (!advice) return null;
  const dismiss = () => {
    laterThisLaunch = true;
    setLater(true);
  };
  const homeScreen = advice === 'homeScreen';
  return (
    <section class="install-banner" aria-labelledby="install-title">
      <div>
        <h2 id="install-title">{homeScreen ? t('install.homeScreen.title') : t('install.prompt.title')}</h2>
        <p>{homeScreen ? t('install.homeScreen') : t('install.prompt')}</p>
        {homeScreen && <SafariSteps />}
      </div>
      <div class="banner-actions">
        {!homeScreen && (
          <button type="button" class="btn btn-primary" onClick={() => void promptInstall()}>
            {t('install.prompt.button')}
          </button>
        )}
        <button type="button" class="btn btn-secondary" onClick={dismiss}>
          {t('install.later')}
        </button>
      </div>
    </section>
  );
}

/** Tests: a new launch. */
export function resetInstallBanner(): void {
  laterThisLaunch = false;
}
