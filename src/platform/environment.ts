// Where Cercle runs: installed or in a tab, which engine family, and whether the browser's install prompt was kept.
import { engineFamily, type EngineFamily } from '../domain/durability';
import { install } from './installPrompt';

export interface Where {
  installed: boolean;
  family: EngineFamily;
  /** A `beforeinstallprompt` was kept: « Installer Cercle » can open the browser's own dialog. */
  canPrompt: boolean;
}

type Listener = (w: Where) => void;
const listeners = new Set<Listener>();

/** Any display mode but the browser's own tab means the app was installed (Home Screen, Dock, Chrome's window). */
const INSTALLED_MODES = ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'];

function detect(): Where {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia.bind(window) : null;
  const standalone = (nav as { standalone?: boolean } | undefined)?.standalone === true; // iOS Safari's own flag
  const installed = install.installed || standalone || (media !== null && INSTALLED_MODES.some((m) => media(`(display-mode: ${m})`).matches));
  return { installed, family: engineFamily(nav?.userAgent ?? '', nav?.maxTouchPoints ?? 0), canPrompt: install.deferred !== null && !installed };
}

let state: Where = detect();
// What boot's watcher notices (a prompt, an install) reaches the screens through this store.
install.changed = () => publish();

function publish(): void {
  state = detect();
  for (const l of listeners) l(state);
}

export const whereWeRun = (): Where => state;

export function onWhereChange(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Read the browser again (tests stub the user agent or the display mode, then call this). */
export function redetect(): Where {
  publish();
  return state;
}

/** Tests: forget a kept prompt and an install seen earlier. */
export function resetInstallState(): void {
  install.deferred = null;
  install.installed = false;
  publish();
}

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

/** Open the browser's install dialog; a prompt can be used only once, so it is dropped whatever the answer. */
export async function promptInstall(): Promise<InstallOutcome> {
  const event = install.deferred;
  if (!event) return 'unavailable';
  install.deferred = null;
  try {
    await event.prompt();
    const { outcome } = await event.userChoice;
    return outcome;
  } catch {
    return 'unavailable';
  } finally {
    publish();
  }
}
