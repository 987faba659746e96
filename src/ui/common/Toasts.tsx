// The toast area: polite live region, each toast with its undo and a close button.
import { useI18n } from '../../i18n';
import { currentToasts, dismissToast, onToasts } from './toasts';
import { useStore } from './useStore';

export function Toasts() {
  const { t } = useI18n();
  const toasts = useStore(currentToasts, onToasts);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div class="toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              class="btn btn-inverse"
              onClick={() => {
                toast.undo?.();
                dismissToast(toast.id);
              }}
            >
              {t('common.undo')}
            </button>
          )}
          <button type="button" class="btn-icon btn-inverse" aria-label={t('common.close')} onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
