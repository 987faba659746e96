// Boot: open the database and the preferences, then render the app or a clear French failure page.
import { render } from 'preact';
import { openDatabase, setDeviceId, type OpenFailure } from '../db/connection';
import { loadPrefs, type Prefs } from '../db/prefs';
import { I18nContext, loadLocale, makeI18n } from '../i18n';
import { watchInstall } from '../platform/installPrompt';
import { newId } from '../platform/ids';
import { FatalScreen } from '../ui/common/FatalScreen';
import { App } from './App';
import '../ui/styles.css';

async function boot(root: HTMLElement): Promise<void> {
  let failure: OpenFailure | null = await openDatabase();
  let prefs: Prefs | null = null;
  if (!failure) {
    try {
      prefs = await loadPrefs(newId);
    } catch {
      failure = 'unavailable';
    }
  }
  if (failure || !prefs) {
    render(
      <I18nContext.Provider value={makeI18n('fr')}>
        <FatalScreen reason={failure ?? 'failed'} />
      </I18nContext.Provider>,
      root,
    );
  } else {
    setDeviceId(prefs.deviceId);
    if (prefs.locale !== 'fr') await loadLocale(prefs.locale).catch(() => undefined);
    render(<App prefs={prefs} />, root);
  }
  // Even the failure page should keep working offline next time. workbox-window comes after the
  // first paint: registering is not needed to draw Accueil, and it kept the first screen over budget.
  void import('../pwa/register').then((m) => m.registerServiceWorker());
}

// Before anything awaits: Chromium may offer its install prompt as soon as the page loads.
watchInstall();
void boot(document.getElementById('app')!);
