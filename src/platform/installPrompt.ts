// Chromium's install prompt, kept from the page's first moment (it may fire before anything renders) for our own button.

/** Chromium's event (not in the DOM typings): prompt() once, then userChoice says what the person did. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const install: { deferred: InstallPromptEvent | null; installed: boolean; changed: (() => void) | null } = {
  deferred: null,
  installed: false,
  changed: null,
};

/** At boot, before anything awaits: keep the prompt, and notice an install or a change of display mode. */
export function watchInstall(): void {
  if (typeof window === 'undefined') return;
  const changed = () => install.changed?.();
  window.addEventListener('beforeinstallprompt', (event) => {
    // Without preventDefault Chromium shows its own mini-infobar, possibly in the middle of a séance.
    event.preventDefault();
    install.deferred = event as InstallPromptEvent;
    changed();
  });
  window.addEventListener('appinstalled', () => {
    install.installed = true;
    install.deferred = null;
    changed();
  });
  window.matchMedia?.('(display-mode: standalone)').addEventListener?.('change', changed);
}
