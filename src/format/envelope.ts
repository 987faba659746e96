// The export envelope ("Files are the sync"): what a Cercle file is, how to build it and write it stably.
import { mapKinds, type RecordSet } from '../domain/recordSet';
import { KINDS, type AnyRecord } from '../domain/types';
import { canonicalJson, compareStrings } from './canonical';

export type { RecordSet };

export const FORMAT = 'cercle';
/** Bump only with a migration in migrations.ts and a fixture of the old version in tests/fixtures/. */
export const FORMAT_VERSION = 5;

export interface Envelope {
  format: typeof FORMAT;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601 instant the file was made, for people reading it; the merge never uses it. */
  exportedAt: string;
  /** The tablet that wrote the file. */
  deviceId: string;
  anonymised: boolean;
  data: RecordSet;
}

export interface EnvelopeMeta {
  appVersion: string;
  /** ms since epoch from the injected clock (format/ never reads the wall clock). */
  exportedAt: number;
  deviceId: string;
  anonymised?: boolean;
}

export const emptyRecordSet = (): RecordSet => mapKinds(() => []);

/** Records of one kind ordered by id, so two exports of the same data list them alike. */
export function sortById<R extends { id: string }>(records: readonly R[]): R[] {
  return [...records].sort((a, b) => compareStrings(a.id, b.id));
}

/** A complete record set: missing kinds become empty lists, every list is sorted by id. */
export function toRecordSet(records: Partial<RecordSet>): RecordSet {
  return mapKinds((kind) => sortById(records[kind] ?? []));
}

export function buildEnvelope(records: Partial<RecordSet>, meta: EnvelopeMeta): Envelope {
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: meta.appVersion,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    deviceId: meta.deviceId,
    anonymised: meta.anonymised ?? false,
    data: toRecordSet(records),
  };
}

/**
 * The file's text: envelope fields in a fixed order, kinds in KINDS order, records sorted by id and
 * written in canonical JSON, one per line. Same data → same bytes (diffable, testable); one line per
 * record keeps a 10,000-record file readable without the weight of full indentation.
 */
export function serialise(envelope: Envelope): string {
  const head = [
    `  "format": ${JSON.stringify(envelope.format)}`,
    `  "formatVersion": ${JSON.stringify(envelope.formatVersion)}`,
    `  "appVersion": ${JSON.stringify(envelope.appVersion)}`,
    `  "exportedAt": ${JSON.stringify(envelope.exportedAt)}`,
    `  "deviceId": ${JSON.stringify(envelope.deviceId)}`,
    `  "anonymised": ${JSON.stringify(envelope.anonymised)}`,
  ];
  const kinds = KINDS.map((kind) => {
    const list = sortById<AnyRecord>(envelope.data[kind]);
    if (list.length === 0) return `    ${JSON.stringify(kind)}: []`;
    return `    ${JSON.stringify(kind)}: [\n${list.map((r) => `      ${canonicalJson(r)}`).join(',\n')}\n    ]`;
  });
  return `{\n${head.join(',\n')},\n  "data": {\n${kinds.join(',\n')}\n  }\n}\n`;
}
