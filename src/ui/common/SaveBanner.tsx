// The save indicator in the header and, when a write failed, a French banner with a retry.
import { draftState, onDraftState } from '../../actions/prefs';
import { dismissFailure, onSaveState, retryFailedWrites, saveState } from '../../actions/status';
import { useI18n, type MessageKey } from '../../i18n';
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
  // A full disk refuses the draft too: then the text lives only in the field, and the banner must say so.
  const draftKept = useStore(draftState, onDraftState);
  if (!state.failure || state.dismissed) return null;
  const message: MessageKey = state.failure === 'quota' ? (draftKept ? 'save.quota' : 'save.quota.unkept') : draftKept ? 'save.error' : 'save.error.unkept';
  return (
    <div class="banner banner-error" role="alert">
      <p>{t(message)}</p>
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
