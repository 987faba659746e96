// Public API of the file format: build and write exports, read and check imports, merge, anonymise.
export { buildEnvelope, emptyRecordSet, serialise, toRecordSet, FORMAT, FORMAT_VERSION } from './envelope';
export type { Envelope, EnvelopeMeta, RecordSet } from './envelope';
export { FILE_LIMITS, RECORD_SCHEMAS, parseRecord } from './schema';
export type { RecordIssue } from './schema';
export { readExport } from './read';
export type { ReadError, ReadOptions, ReadResult, ReadWarning } from './read';
export { MIGRATIONS, migrate } from './migrations';
export type { Migration } from './migrations';
export { compareRevisions, covers, effectiveSeen, highestRevIn, mergeKind, mergePair, mergeRecords } from './merge';
export type { Conflict, KindPreview, MergeResult, Preview, TextConflict } from './merge';
export { highestRev } from '../domain/records';
export { TEXT_FIELDS } from './textFields';
export { anonymise, anonymiseRecords, pseudonymLabels } from './anonymise';
export type { RoleLabels } from './anonymise';
export { canonicalJson } from './canonical';
