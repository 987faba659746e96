// "Effacer toutes les données de cette tablette": every séance, draft and preference, after a plain confirmation.
import { useRef, useState } from 'preact/hooks';
import { eraseAllData } from '../../actions/privacy';
import { DEFAULT_LOCALE } from '../../db/prefs';
import { useSessionRunning } from '../../db/queries';
import { translator, useI18n } from '../../i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { navigate } from '../common/routes';
import { currentToasts, dismissToast, showToast } from '../common/toasts';

export function EraseAllData({ onPrefsErased }: { onPrefsErased: () => void }) {
  const { t } = useI18n();
  const running = useSessionRunning();
  const [asked, setAsked] = useState(false);
  const busy = useRef(false);
  const sessionRunning = running.status === 'ready' && running.value;

  const erase = async () => {
    setAsked(false);
    busy.current = true;
    // A failed write shows the save banner (tracked); a séance started meanwhile is said in a toast.
    const result = await eraseAllData().catch(() => null);
    busy.current = false;
    if (!result) return;
    if (!result.ok) {
      showToast(t('settings.privacy.all.refused'));
      return;
    }
    // An "Annuler" offered before (a séance deleted a moment ago) has nothing left to bring back.
    for (const toast of currentToasts()) if (toast.undo) dismissToast(toast.id);
    onPrefsErased();
    navigate({ name: 'home' });
    // Said in the language the app now speaks: the chosen one went with the preferences.
    showToast(translator(DEFAULT_LOCALE)('settings.privacy.all.done'));
  };

  return (
    <div class="privacy-settings-part">
      <h3>{t('settings.privacy.all.title')}</h3>
      <p class="hint" id="privacy-all-hint">
        {t('settings.privacy.all.hint')}
      </p>
      {sessionRunning && (
        <p class="warning-text" id="privacy-all-running">
          {t('settings.privacy.all.running')}
        </p>
      )}
      <button
        type="button"
        class="btn btn-danger"
        disabled={sessionRunning}
        aria-describedby={sessionRunning ? 'privacy-all-running privacy-all-hint' : 'privacy-all-hint'}
        onClick={() => busy.current || setAsked(true)}
      >
        {t('settings.privacy.all.erase')}
      </button>
      {asked && (
        <ConfirmDialog title={t('settings.privacy.all.confirm.title')} confirmLabel={t('settings.privacy.all.yes')} danger onConfirm={() => void erase()} onCancel={() => setAsked(false)}>
          <p>{t('settings.privacy.all.confirm.what')}</p>
          <p>{t('settings.privacy.all.confirm.kept')}</p>
          <p>{t('settings.privacy.all.confirm.export', { export: t('transfer.export.all') })}</p>
          <p class="warning-text">{t('privacy.delete.confirm.final')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
