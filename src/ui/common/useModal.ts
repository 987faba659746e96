// Modal behaviour shared by every dialog, on a native <dialog> opened with showModal(): the page behind is inert (no
// focus, no click, hidden from screen readers), Escape arrives as `cancel`, and closing gives focus back to the
// opener. The hook adds what the browser leaves out: focus starts on the chosen control, the dialog is closed before
// its owner removes it (removal alone gives no focus back), and Tab wraps inside (Chromium lets Tab leave the page).
import { useLayoutEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** `initial` picks where focus starts (the safe choice, the checked option); the first control otherwise. */
export function useModal(onClose: () => void, initial?: (box: HTMLElement) => HTMLElement | null) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  // Before paint: the dialog never shows for a frame as a plain, non-modal box.
  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    let closed = false;
    const finish = () => {
      if (closed) return;
      closed = true;
      close.current();
    };
    // The owner removes the dialog; refusing the browser's own close keeps the two in step.
    const onCancel = (e: Event) => {
      e.preventDefault();
      finish();
    };
    el.addEventListener('cancel', onCancel);
    // A cancel the page may not refuse (Escape pressed again without a tap in between) closes it anyway.
    el.addEventListener('close', finish);
    if (!el.open) el.showModal();
    (initial?.(el) ?? el.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    return () => {
      el.removeEventListener('cancel', onCancel);
      el.removeEventListener('close', finish);
      // Closing, not removal, is what hands focus back to the opener.
      el.close();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    // Unchecked radios are not tab stops: the group is one stop, on its checked option.
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  /** A click on the dialog itself, not on its box, is a click on the dimmed page around it: it cancels. */
  const onClick = (e: MouseEvent) => {
    if (e.target === e.currentTarget) close.current();
  };

  return { dialog, onKeyDown, onClick };
}
