// Bench: files are the sync — a 5 MB file imported end to end (read, check, merge, preview, one transaction), and the pure merge of 2 × 10,000 records.
import { applyImport, prepareImport } from '../../src/actions/importFile';
import { openDatabase, setDeviceId } from '../../src/db/connection';
import type { DeviceId } from '../../src/domain/types';
import { mergeRecords } from '../../src/format/merge';
import { summarise, type Summary } from './stats';
import { bigSeance, twoTablets } from './transferData';

async function freshDatabase(): Promise<void> {
  const failure = await openDatabase(`cercle-bench-import-${Date.now()}-${Math.random()}`);
  if (failure) throw new Error(`IndexedDB: ${failure}`);
  setDeviceId('tablette-animateur' as DeviceId);
}

/** File → preview → "Importer", as the import screen runs it; `File.text()` included. */
async function importOnce(file: File): Promise<number> {
  const t0 = performance.now();
  const prepared = await prepareImport(file);
  if (!prepared.ok) throw new Error(`import refused: ${JSON.stringify(prepared.problem)}`);
  await applyImport(prepared.value, new Map(), '— Autre version —');
  return performance.now() - t0;
}

export async function importFile(): Promise<Record<string, Summary & { records?: number; megabytes?: number }>> {
  const { data, text } = bigSeance(5 * 1024 * 1024);
  const file = new File([text], 'cercle-bench-secretaire.json', { type: 'application/json' });
  const records = Object.values(data).reduce((n, list) => n + list.length, 0);
  const fresh: number[] = [];
  const again: number[] = [];
  for (let run = 0; run < 3; run++) {
    await freshDatabase();
    fresh.push(await importOnce(file));
    // The same file a second time: every record compared, nothing written.
    again.push(await importOnce(file));
  }
  const meta = { records, megabytes: text.length / 1024 / 1024 };
  return { 'into a tablet without the séance': { ...summarise(fresh), ...meta }, 'the same file again': { ...summarise(again), ...meta } };
}

export async function mergeTwo(): Promise<Record<string, Summary>> {
  const { local, incoming } = twoTablets(10_000);
  // Warm-up: the first calls pay for compiling the merge.
  for (let i = 0; i < 3; i++) mergeRecords(local, incoming);
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    mergeRecords(local, incoming);
    samples.push(performance.now() - t0);
  }
  return { 'mergeRecords, 2 × 10,000 records': summarise(samples) };
}
