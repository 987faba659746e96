// Modal behaviour shared by every dialog: focus goes in and comes back after, Escape closes, Tab stays inside.
import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** `initial` picks where focus starts (the safe choice, the checked option); the first control otherwise. */
export function useModal(onClose: () => void, initial?: (box: HTMLElement) => HTMLElement | null) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const el = box.current;
    if (el) (initial?.(el) ?? el.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    // Unchecked radios are not tab stops: the group is one stop, on its checked option.
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
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

  return { box, onKeyDown };
}
