// e2e helpers for files (export/import): downloads saved to disk, files chosen through the picker, what a tablet stores.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createRecord } from '../../src/domain/records';
import type { DeviceId, ParticipantId, PhaseIndex, SessionId, Verbatim, VerbatimId } from '../../src/domain/types';
import { buildEnvelope, serialise } from '../../src/format/envelope';
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

/** Read one key of an IndexedDB object store in the page (no app code involved). */
export function idbGet(page: Page, db: string, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([db, store, key]) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open(db);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).get(key);
          req.onsuccess = () => {
            ok(req.result);
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
    [db, store, key] as const,
  );
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

const SAID = [
  'On attend debout, il n’y a pas assez de chaises.',
  'Le ticket ne dit pas combien de temps il reste.',
  'Au téléphone, personne ne décroche après 16 h.',
  'L’agent a pris le temps de tout m’expliquer.',
  'Je suis venu trois fois pour le même papier.',
  'Un SMS quand c’est bientôt mon tour, ce serait bien.',
];

/**
 * A file as the secrétaire's tablet would write it after capturing `count` verbatims in the séance of
 * `exported` (an animateur's export): made with this tablet's device id, revs above what it had seen.
 * Stands in for the capture screen, which does not exist yet.
 */
export function verbatimsFile(exported: string, deviceId: string, count: number, at: number): string {
  const file = JSON.parse(exported) as { data: { sessions: { id: string; rev: number }[]; participants: { id: string; pseudonym: string; rev: number; deleted: boolean }[] } };
  const session = file.data.sessions[0]!;
  const people = file.data.participants.filter((p) => !p.deleted);
  let clock = Math.max(session.rev, ...people.map((p) => p.rev));
  const verbatims: Verbatim[] = [];
  for (let i = 0; i < count; i++) {
    const who = people[i % people.length]!;
    const phase = (2 + (i % 4)) as PhaseIndex;
    const v = createRecord<Verbatim>(
      `verbatim-e2e-${i + 1}` as VerbatimId,
      session.id as SessionId,
      { phase, speaker: who.id as ParticipantId, speakerName: who.pseudonym, text: `${SAID[i % SAID.length]} (${i + 1})`, capturedAt: at + i * 60_000, tags: [], key: i % 7 === 0, kind: 'verbatim' },
      { now: at + i * 60_000, deviceId: deviceId as DeviceId, clock },
    );
    clock = v.rev;
    verbatims.push(v);
  }
  return serialise(buildEnvelope({ verbatims }, { appVersion: '0.1.0', exportedAt: at + count * 60_000, deviceId }));
}
