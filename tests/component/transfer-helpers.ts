// Helpers for the files (export/import) component tests: whole-database dumps, seeded records, files handed to the app.
import { fireEvent, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { onTestFinished, vi } from 'vitest';
import { getDb } from '../../src/db/connection';
import { CLOCK_KEY } from '../../src/db/write';
import { KINDS, type AnyRecord } from '../../src/domain/types';
import type { RecordSet } from '../../src/format/envelope';
import { highestRevIn } from '../../src/format/merge';
import { readExport } from '../../src/format/read';

export const FIXTURE_TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/export-v1.json'), 'utf8');

/** The fixture's records, as a tablet that imported it would hold them. */
export function fixtureRecords(): RecordSet {
  const result = readExport(FIXTURE_TEXT);
  if (!result.ok) throw new Error('fixture unreadable');
  return result.envelope.data;
}

export const fixtureFile = (text = FIXTURE_TEXT, name = 'cercle-2026-11-23-accueil-des-usagers-secretaire.json') => new File([text], name, { type: 'application/json' });

/** Every row of every table (records and the Lamport counter), sorted, as plain data. */
export async function dumpDb(): Promise<Record<string, unknown[]>> {
  const db = getDb();
  const out: Record<string, unknown[]> = {};
  for (const name of [...KINDS, 'meta']) {
    const rows = (await db.table(name).toArray()) as { id?: string; key?: string }[];
    out[name] = rows.sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
  }
  return out;
}

/** Put records straight into the test database (kinds with no action yet), counter raised like an import. */
export async function seedRecords(records: Partial<RecordSet>): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [...KINDS.map((k) => db.table(k)), db.meta], async () => {
    for (const kind of KINDS) {
      const list = (records[kind] ?? []) as AnyRecord[];
      if (list.length) await db.table(kind).bulkPut(list);
    }
    const clock = (await db.meta.get(CLOCK_KEY))?.value ?? 0;
    await db.meta.put({ key: CLOCK_KEY, value: Math.max(clock, highestRevIn(records)) });
  });
}

/** Choose a file through the hidden input behind "Choisir un fichier" / "Importer un fichier". */
export async function pickFile(file: File, index = 0): Promise<void> {
  await pickFiles([file], index);
}

/** Several files chosen at once in the system's file chooser. */
export async function pickFiles(files: File[], index = 0): Promise<void> {
  // Screens load lazily: wait for the input to be there.
  const input = (await screen.findAllByTestId<HTMLInputElement>('import-file-input'))[index]!;
  fireEvent.change(input, { target: { files } });
}

/** Downloads made through <a download> + object URL, captured instead of navigating (jsdom has neither). */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const made: { name: string; blob: Blob }[] = [];
  const urls = new Map<string, Blob>();
  let n = 0;
  const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    urls.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  onTestFinished(() => {
    URL.createObjectURL = saved.create;
    URL.revokeObjectURL = saved.revoke;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = urls.get(this.getAttribute('href') ?? '');
    if (blob) made.push({ name: this.download, blob });
  });
  return made;
}

/** The conflict's list item, found by its heading. */
export const conflictItem = (heading: string | RegExp) => screen.getByRole('listitem', { name: heading });

/** An accessible name written with plain spaces, matching the no-break spaces of French punctuation. */
export const spaced = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`);
