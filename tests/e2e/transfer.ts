// e2e helpers for files (export/import): downloads saved to disk, files chosen through the picker, what a tablet stores.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { visible } from './app';

/** Click an export button and keep the downloaded file in `dir`; returns its path and the name the app gave it. */
export async function exportTo(page: Page, button: string, dir: string): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const name = download.suggestedFilename();
  // A folder per download keeps the app's own file name (the preview shows it) without overwriting an earlier one.
  const path = join(mkdtempSync(join(dir, 'download-')), name);
  await download.saveAs(path);
  await visible(page.getByText(new RegExp(`^Fichier\\s«\\s${name.replace(/\./g, '\\.')}\\s»\\senregistré dans les téléchargements\\.$`)));
  return { path, name };
}

/** Choose `path` in the system file picker opened by `trigger` (a "Choisir un fichier"-like button). */
export async function chooseFile(page: Page, trigger: Locator, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger.click()]);
  await chooser.setFiles(path);
}

/** Live (not deleted) records of a kind stored for a séance on this tablet. */
export function storedLive(page: Page, kind: string, sessionId: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([kind, sessionId]) =>
      new Promise<Record<string, unknown>[]>((ok, fail) => {
        const open = indexedDB.open('cercle');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(kind).objectStore(kind).getAll();
          req.onsuccess = () => {
            ok((req.result as Record<string, unknown>[]).filter((r) => r.sessionId === sessionId && !r.deleted));
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
    [kind, sessionId] as const,
  );
}
