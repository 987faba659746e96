// What one file of an import brings: its séances, the counts per kind, what is set aside, the conflicts to settle.
import type { ImportPreview } from '../../actions/importFile';
import { KINDS, type DemarcheId, type Kind } from '../../domain/types';
import type { Conflict } from '../../format/merge';
import { conflictKey, DEFAULT_CHOICE, type ConflictChoice } from '../../format/settle';
import { statusConflictKey } from '../../format/statusConflicts';
import { countKey, useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ConflictItem } from './ConflictItem';
import { CountsTable } from './CountsTable';
import { DemarcheChoices } from './DemarcheChoices';
import { kindsInSentence } from './messages';
import { StatusConflictItem } from './StatusConflictItem';

/** Whether the file brings anything a person would see (new, changed or deleted records, or something to decide). */
export function hasAnything(value: ImportPreview): boolean {
  const { preview } = value;
  return (
    KINDS.some((k) => preview[k].new + preview[k].updated + preview[k].deleted > 0 || preview[k].conflicts.length > 0) ||
    value.statusConflicts.length > 0 ||
    value.moves.length > 0 ||
    value.attachOffer
  );
}

interface Props {
  value: ImportPreview;
  /** 2 when the file is the whole import, 3 when it is one file of several (under the import's own heading). */
  headingLevel: 2 | 3;
  choices: ReadonlyMap<string, ConflictChoice>;
  /** The key of a conflict's choice within the whole import (a record may conflict in two files). */
  choiceKey: (key: string) => string;
  onChoose: (key: string, choice: ConflictChoice) => void;
  /** The batch's démarche that files of another may join, and the title of every démarche named. */
  target: DemarcheId | null;
  titles: ReadonlyMap<string, string>;
  /** « Rattacher à … » chosen for this file. */
  attached: boolean;
  onAttach: (attached: boolean) => void;
}

export function FilePreview({ value, headingLevel, choices, choiceKey, onChoose, target, titles, attached, onAttach }: Props) {
  const { t, intl } = useI18n();
  const { preview, envelope } = value;
  const conflicts = KINDS.flatMap((k) => preview[k].conflicts as Conflict[]);
  const steps = value.statusConflicts;
  const exportedAt = Date.parse(envelope.exportedAt);
  const anything = hasAnything(value);
  const one = headingLevel === 2;
  const H = one ? 'h2' : 'h4';
  const fileLine = t('transfer.preview.file', { name: value.fileName, date: Number.isFinite(exportedAt) ? formatDateTime(exportedAt, intl, true) : envelope.exportedAt });
  // A file of several gets a heading of its own, so a screen reader can go from file to file.
  const idPrefix = one ? '' : `file-${value.fileName.replace(/[^A-Za-z0-9_-]/g, '_')}-`;
  return (
    <section class={one ? 'transfer-file-preview' : 'transfer-file-preview is-one-of-many'} aria-label={one ? undefined : value.fileName}>
      {one ? <p class="transfer-file">{fileLine}</p> : <h3 class="transfer-file">{fileLine}</h3>}
      {envelope.anonymised && <p class="hint">{t('transfer.preview.anonymised')}</p>}
      {value.sessions.length > 0 && (
        <ul class="transfer-sessions">
          {value.sessions.map((s) => (
            <li key={s.id} class={s.isNew ? 'is-new' : undefined}>
              {t(s.isNew ? 'transfer.preview.sessionNew' : anything ? 'transfer.preview.sessionKnown' : 'transfer.preview.sessionUpToDate', { title: s.title || t('home.untitled') })}
            </li>
          ))}
        </ul>
      )}
      {anything ? <CountsTable preview={preview} caption={t('transfer.preview.table')} /> : <p class="banner banner-info transfer-nothing">{t(one ? 'transfer.preview.nothing' : 'transfer.preview.nothingInFile')}</p>}
      {value.setAside.map((w) => {
        const n = Object.values(w.counts).reduce((a, b) => a + (b ?? 0), 0);
        const details = (Object.entries(w.counts) as [Kind, number][]).map(([k, count]) => `${kindsInSentence(t, k)}\u00a0: ${count}`).join(', ');
        return (
          <p key={w.sessionId} class="warning-text">
            {t(countKey('transfer.preview.setAside', n), { n, details })}
          </p>
        );
      })}
      <DemarcheChoices
        value={value}
        target={target}
        titles={titles}
        attached={attached}
        onAttach={onAttach}
        choices={choices}
        choiceKey={choiceKey}
        onChoose={onChoose}
        heading={H}
        idPrefix={idPrefix}
      />
      {conflicts.length > 0 && (
        <section class="transfer-conflicts" aria-labelledby={`${idPrefix}conflicts-title`}>
          <H id={`${idPrefix}conflicts-title`}>{t('transfer.preview.conflicts.title', { n: conflicts.length })}</H>
          <p class="hint">{t('transfer.preview.conflicts.hint')}</p>
          <ol class="conflict-list">
            {conflicts.map((c) => {
              const key = choiceKey(conflictKey(c));
              return <ConflictItem key={key} conflict={c} choice={choices.get(key) ?? DEFAULT_CHOICE} onChoose={(choice) => onChoose(key, choice)} />;
            })}
          </ol>
        </section>
      )}
      {steps.length > 0 && (
        <section class="transfer-conflicts" aria-labelledby={`${idPrefix}status-conflicts-title`}>
          <H id={`${idPrefix}status-conflicts-title`}>{t('transfer.status.title', { n: steps.length })}</H>
          <p class="hint">{t('transfer.status.hint')}</p>
          <ol class="conflict-list">
            {steps.map((c) => {
              const key = choiceKey(statusConflictKey(c));
              const chosen = choices.get(key);
              return (
                <StatusConflictItem
                  key={key}
                  conflict={c}
                  action={envelope.data.actions.find((a) => a.id === c.actionId)}
                  choice={chosen === 'local' || chosen === 'incoming' ? chosen : c.winner}
                  onChoose={(choice) => onChoose(key, choice)}
                />
              );
            })}
          </ol>
        </section>
      )}
    </section>
  );
}
