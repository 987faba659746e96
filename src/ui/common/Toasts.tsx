// The toast area: polite live region, each toast with its undo and a close button, clear of the field in use.
import { useLayoutEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { currentToasts, dismissToast, onToasts, toastEdge, type Span } from './toasts';
import { useStore } from './useStore';

/** The field being typed in, if any: a toast over it would hide what the person is writing. */
function typingSpan(): Span | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !el.matches('input, textarea, select, [contenteditable="true"]')) return null;
  const { top, bottom } = el.getBoundingClientRect();
  return { top, bottom };
}

export function Toasts() {
  const { t } = useI18n();
  const toasts = useStore(currentToasts, onToasts);
  const [edge, setEdge] = useState<'top' | 'bottom'>('bottom');
  // Decided when a toast shows and whenever focus moves while one is up.
  useLayoutEffect(() => {
    if (toasts.length === 0) return;
    const place = () => setEdge(toastEdge(typingSpan(), window.innerHeight));
    place();
    document.addEventListener('focusin', place);
    return () => document.removeEventListener('focusin', place);
  }, [toasts]);
  return (
    <div class={`toasts ${edge === 'top' ? 'at-top' : ''}`} role="status" aria-live="polite">
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
