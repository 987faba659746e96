// Registers the service worker with workbox-window; updates are offered, never forced.
import { Workbox } from 'workbox-window';
import { setApplyUpdate, setUpdateState } from './updates';

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  setUpdateState({ supported: true, offlineReady: navigator.serviceWorker.controller !== null });
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });

  wb.addEventListener('controlling', (event) => {
    setUpdateState({ offlineReady: true });
    // Only a version the person chose to apply reloads the page; the first install never does.
    if (event.isUpdate) window.location.reload();
  });
  wb.addEventListener('activated', () => setUpdateState({ offlineReady: true }));
  wb.addEventListener('waiting', () => setUpdateState({ waiting: true }));
  setApplyUpdate(() => wb.messageSkipWaiting());

  try {
    await wb.register();
  } catch {
    setUpdateState({ supported: false });
  }
}
