// Component tests: a fake IndexedDB, a fresh Cercle database and empty drafts/prefs for every test, a fixed clock.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { loadLocale } from '../../src/i18n';
import { forgetCopyDates } from '../../src/actions/copies';
import { forgetChangesTold } from '../../src/actions/returnDate';
import { keepDraft } from '../../src/actions/prefs';
import { retryFailedWrites, saveState } from '../../src/actions/status';
import { openDatabase, setDeviceId } from '../../src/db/connection';
import { dropDrafts } from '../../src/db/drafts';
import { clearPrefsKeepingDevice } from '../../src/db/prefs';
import { setClock } from '../../src/platform/clock';
import { resetInstallState } from '../../src/platform/environment';
import { setApplyUpdate, setUpdateState } from '../../src/pwa/updates';
import { resetInstallBanner } from '../../src/ui/sessions/InstallBanner';
import { currentToasts, dismissToast } from '../../src/ui/common/toasts';
import { T0, TEST_DEVICE } from '../factories';

// These machines are shared and slow at times: waiting longer never makes a wrong screen pass.
configure({ asyncUtilTimeout: 5000 });

// jsdom 29 has <dialog> but neither showModal() nor close(): the little the dialogs rely on, done as Chromium does it
// (Escape fires a cancelable `cancel`, then closes unless refused). Inertness, focus and Tab are checked for real in
// tests/e2e/dialog.e2e.ts.
if (!('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
  document.addEventListener('keydown', (e) => {
    const open = [...document.querySelectorAll('dialog[open]')].at(-1);
    if (e.key !== 'Escape' || !(open instanceof HTMLDialogElement)) return;
    if (open.dispatchEvent(new Event('cancel', { cancelable: true }))) open.close();
  });
}

// English loads on demand in the app (main.tsx, Paramètres); tests render either language at once.
beforeAll(() => loadLocale('en'));

let count = 0;
let restoreClock: () => void = () => undefined;

beforeEach(async () => {
  window.location.hash = '';
  restoreClock = setClock(() => T0);
  // A database of its own per test: no rows, no Lamport counter, nothing left by a previous test.
  const failure = await openDatabase(`cercle-test-${++count}`);
  if (failure) throw new Error(`test database did not open: ${failure}`);
  setDeviceId(TEST_DEVICE);
  await dropDrafts('');
  await clearPrefsKeepingDevice();
  forgetCopyDates();
  forgetChangesTold();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  // The small module stores outlive a test: put them back as a fresh page would have them.
  for (const toast of currentToasts()) dismissToast(toast.id);
  // A write a test made fail is replayed (faults removed) so the next test starts with "Enregistré".
  await retryFailedWrites();
  if (saveState().failure) throw new Error(`a test left a failed write behind (${saveState().failure})`);
  // A draft write a test made fail: one that lands tells the banner drafts work again (dropped by the next beforeEach).
  if (!(await keepDraft('setup:drafts-work', ''))) throw new Error('a test left the drafts store failing');
  setUpdateState({ supported: false, offlineReady: false, waiting: false, applying: false });
  setApplyUpdate(() => undefined);
  resetInstallState();
  resetInstallBanner();
  restoreClock();
  // The database stays open until the next test opens its own, so a late write of this test never hits a closed one.
});

// Preact runs effects after paint (a timer); let the last ones fire before jsdom's window is torn down.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
