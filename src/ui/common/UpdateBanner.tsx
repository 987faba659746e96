// Offers a new version; stays silent while a séance is running so nothing reloads in the room.
import { useSessionRunning } from '../../db/queries';
import { useI18n } from '../../i18n';
import { applyUpdate, onUpdateState, updateState } from '../../pwa/updates';
import { useState } from 'preact/hooks';
import { useStore } from './useStore';

export function UpdateBanner() {
  const { t } = useI18n();
  const update = useStore(updateState, onUpdateState);
  const running = useSessionRunning();
  const [later, setLater] = useState(false);
  if (!update.waiting || later || running.status !== 'ready' || running.value) return null;
  return (
    <div class="banner banner-info" role="region" aria-label={t('update.ready')}>
      <p>
        <strong>{t('update.ready')}</strong>
      </p>
      <div class="banner-actions">
        <button type="button" class="btn btn-primary" disabled={update.applying} onClick={applyUpdate}>
          {update.applying ? t('update.applying') : t('update.apply')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => setLater(true)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
