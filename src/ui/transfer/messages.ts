// French (or English) sentences for every reason an import is refused, naming the kind, the item number and the field.
import type { ImportProblem } from '../../actions/importFile';
import type { Kind } from '../../domain/types';
import type { MessageKey, Translate } from '../../i18n';

export const kindLabel = (t: Translate, kind: Kind): string => t(`transfer.kind.${kind}` as MessageKey);
/** "des verbatims", "des pistes d’amélioration": the plural label, lower-cased for the middle of a sentence. */
export const kindsInSentence = (t: Translate, kind: Kind): string => kindLabel(t, kind).toLocaleLowerCase();
/** Singular, for a conflict's heading; only kinds with typed text (TEXT_FIELDS) can conflict, the others fall back to the plural. */
export const oneKind = (t: Translate, kind: Kind): string => t(`transfer.one.${kind}` as MessageKey) ?? kindLabel(t, kind);

export function problemMessage(t: Translate, intl: string, problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooBig':
      // The cap is 50 × 1024 × 1024 bytes: said "50 Mo", as a person reads a file's size on a tablet.
      return t('transfer.error.tooBig', { max: new Intl.NumberFormat(intl, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(problem.max / 1024 / 1024) });
    case 'tooDeep':
      return t('transfer.error.tooDeep', { max: problem.max });
    case 'notJson':
      return t('transfer.error.notJson');
    case 'notCercle':
      return t('transfer.error.notCercle');
    case 'newerVersion':
      return t('transfer.error.newerVersion', { version: problem.version, current: problem.current });
    case 'badEnvelope':
      return t('transfer.error.badEnvelope', { field: problem.path || '—' });
    case 'migrationFailed':
      return t('transfer.error.migrationFailed', { step: problem.migration ?? problem.message });
    case 'tooMany':
      return t('transfer.error.tooMany', { kinds: kindsInSentence(t, problem.kind), count: problem.count, max: problem.max });
    case 'badRecord':
      // Numbers as a person counts them in the file, from 1; the field as it is spelled in the file.
      return t('transfer.error.badRecord', { kinds: kindsInSentence(t, problem.kind), n: problem.index + 1, field: problem.path || '—' });
    case 'duplicateId':
      return t('transfer.error.duplicateId', { kinds: kindsInSentence(t, problem.kind), a: problem.indexes[0] + 1, b: problem.indexes[1] + 1 });
    case 'unreadable':
      return t('transfer.error.unreadable');
    case 'anonymisedKnown':
      return t('transfer.error.anonymisedKnown', { titles: problem.titles.map((x) => x || t('home.untitled')).join('\u00a0», «\u00a0') });
  }
}
