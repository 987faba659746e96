// The preview of an import: which séances, what is new or changed per kind, what is set aside, the conflicts to settle.
import type { ImportPreview } from '../../actions/importFile';
import type { SaveFailure } from '../../actions/status';
import { KINDS, type Kind } from '../../domain/types';
import type { Conflict } from '../../format/merge';
import { conflictKey, DEFAULT_CHOICE, type ConflictChoice } from '../../format/settle';
import { countKey, useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ConflictItem } from './ConflictItem';
import { StatusConflictItem } from './StatusConflictItem';
import { statusConflictKey } from '../../format/statusConflicts';
import { CountsTable } from './CountsTable';
import { kindsInSentence } from './messages';

interface Props {
  value: ImportPreview;
  choices: ReadonlyMap<string, ConflictChoice>;
  onChoose: (key: string, choice: ConflictChoice) => void;
  onApply: () => void;
  onCancel: () => void;
  /** Nothing to import that a person would see: close, keeping the file's invisible bookkeeping. */
  onClose: () => void;
  applying: boolean;
  applyError: SaveFailure | null;
}

export function ImportPreviewView({ value, choices, onChoose, onApply, onCancel, onClose, applying, applyError }: Props) {
  const { t, intl } = useI18n();
  const { preview, envelope } = value;
  const conflicts = KINDS.flatMap((k) => preview[k].conflicts as Conflict[]);
  const exportedAt = Date.parse(envelope.exportedAt);
  const steps = value.statusConflicts;
  const anything = KINDS.some((k) => preview[k].new + preview[k].updated + preview[k].deleted > 0) || conflicts.length > 0 || steps.length > 0;
  return (
    <section class="transfer-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" tabIndex={-1}>
        {t('transfer.preview.title')}
      </h2>
      <p class="transfer-file">{t('transfer.preview.file', { name: value.fileName, date: Number.isFinite(exportedAt) ? formatDateTime(exportedAt, intl, true) : envelope.exportedAt })}</p>
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
      {anything ? <CountsTable preview={preview} caption={t('transfer.preview.table')} /> : <p class="banner banner-info transfer-nothing">{t('transfer.preview.nothing')}</p>}
      {value.setAside.map((w) => {
        const n = Object.values(w.counts).reduce((a, b) => a + (b ?? 0), 0);
        const details = (Object.entries(w.counts) as [Kind, number][]).map(([k, count]) => `${kindsInSentence(t, k)}\u00a0: ${count}`).join(', ');
        return (
          <p key={w.sessionId} class="warning-text">
            {t(countKey('transfer.preview.setAside', n), { n, details })}
          </p>
        );
      })}
      {conflicts.length > 0 && (
        <section class="transfer-conflicts" aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">{t('transfer.preview.conflicts.title', { n: conflicts.length })}</h2>
          <p class="hint">{t('transfer.preview.conflicts.hint')}</p>
          <ol class="conflict-list">
            {conflicts.map((c) => {
              const key = conflictKey(c);
              return <ConflictItem key={key} conflict={c} choice={choices.get(key) ?? DEFAULT_CHOICE} onChoose={(choice) => onChoose(key, choice)} />;
            })}
          </ol>
        </section>
      )}
      {steps.length > 0 && (
        <section class="transfer-conflicts" aria-labelledby="status-conflicts-title">
          <h2 id="status-conflicts-title">{t('transfer.status.title', { n: steps.length })}</h2>
          <p class="hint">{t('transfer.status.hint')}</p>
          <ol class="conflict-list">
            {steps.map((c) => {
              const key = statusConflictKey(c);
              const chosen = choices.get(key);
              const action = envelope.data.actions.find((a) => a.id === c.actionId);
              return (
                <StatusConflictItem
                  key={key}
                  conflict={c}
                  action={action}
                  choice={chosen === 'local' || chosen === 'incoming' ? chosen : c.winner}
                  onChoose={(choice) => onChoose(key, choice)}
                />
              );
            })}
          </ol>
        </section>
      )}
      {applyError && (
        <div class="banner banner-error transfer-apply-error" role="alert">
          <p>
            {t(applyError === 'quota' ? 'transfer.error.applyQuota' : 'transfer.error.applyFailed')} {t('transfer.error.unchanged')}
          </p>
        </div>
      )}
      {anything ? (
        <div class="transfer-actions">
          <button type="button" class="btn btn-primary btn-large" onClick={onApply} disabled={applying} aria-busy={applying || undefined}>
            {applying ? t('transfer.preview.applying') : applyError ? t('transfer.error.applyRetry') : t('transfer.preview.apply')}
          </button>
          <button type="button" class="btn btn-secondary btn-large" onClick={onCancel} disabled={applying}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div class="transfer-actions">
          <button type="button" class="btn btn-primary btn-large" onClick={onClose} disabled={applying}>
            {t('common.close')}
          </button>
        </div>
      )}
    </section>
  );
}
