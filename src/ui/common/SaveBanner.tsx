// The save indicator in the header and, when a write failed, a French banner with a retry.
import { dismissFailure, onSaveState, retryFailedWrites, saveState } from '../../actions/status';
import { useI18n } from '../../i18n';
import { useStore } from './useStore';

export function SaveIndicator() {
  const { t } = useI18n();
  const state = useStore(saveState, onSaveState);
  const label = state.failure ? t('save.failed') : state.pending > 0 ? t('save.saving') : t('save.saved');
  const tone = state.failure ? 'failed' : state.pending > 0 ? 'saving' : 'saved';
  return (
    <span class={`save-indicator save-${tone}`} data-testid="save-indicator">
      <span aria-hidden="true" class="save-dot" />
      {label}
    </span>
  );
}

export function SaveBanner() {
  const { t } = useI18n();
  const state = useStore(saveState, onSaveState);
  if (!state.failure || state.dismissed) return null;
  return (
    <div class="banner banner-error" role="alert">
      <p>{state.failure === 'quota' ? t('save.quota') : t('save.error')}</p>
      <div class="banner-actions">
        <button type="button" class="btn btn-primary" onClick={() => void retryFailedWrites()}>
          {t('save.retry')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={dismissFailure}>
          {t('common.dismiss')}
        </button>
      </div>
    </div>
  );
}
