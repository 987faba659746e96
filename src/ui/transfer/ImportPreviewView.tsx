// The preview of an import of one file or several: what each brings, what is refused or set aside, the conflicts to settle.
import { batchChoiceKey, type BatchPreview } from '../../actions/importFile';
import type { SaveFailure } from '../../actions/status';
import { KINDS } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { BatchNotices } from './BatchNotices';
import { FilePreview, hasAnything } from './FilePreview';
import { problemMessage } from './messages';
import type { ConflictChoice } from '../../format/settle';

interface Props {
  value: BatchPreview;
  choices: ReadonlyMap<string, ConflictChoice>;
  onChoose: (key: string, choice: ConflictChoice) => void;
  /** The files (by index) whose séances join the batch's démarche. */
  attach: ReadonlySet<number>;
  onAttach: (file: number, attached: boolean) => void;
  onApply: () => void;
  onCancel: () => void;
  /** Nothing to import that a person would see: close, keeping the files' invisible bookkeeping. */
  onClose: () => void;
  applying: boolean;
  applyError: SaveFailure | null;
}

export function ImportPreviewView({ value, choices, onChoose, attach, onAttach, onApply, onCancel, onClose, applying, applyError }: Props) {
  const { t, intl } = useI18n();
  const many = value.files.length + value.refused.length > 1;
  const anything = value.files.some(hasAnything);
  const sessions = new Set(value.files.flatMap((f) => f.sessions.map((s) => s.id))).size;
  const records = value.files.reduce((n, f) => n + KINDS.reduce((m, k) => m + f.preview[k].new + f.preview[k].updated + f.preview[k].deleted, 0), 0);
  return (
    <section class="transfer-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" tabIndex={-1}>
        {many ? t('transfer.preview.titleMany', { n: value.files.length + value.refused.length }) : t('transfer.preview.title')}
      </h2>
      {many && value.files.length > 0 && <p class="transfer-batch">{t(countKey('transfer.preview.batch', value.files.length), { n: value.files.length, sessions, records })}</p>}
      {value.refused.length > 0 && (
        <div class="banner banner-error transfer-refused" role="alert">
          <div>
            <p>{t(countKey('transfer.preview.refused', value.refused.length), { n: value.refused.length })}</p>
            <ul>
              {value.refused.map((r, i) => (
                <li key={`${i}-${r.fileName}`}>
                  {t('transfer.preview.refusedFile', { name: r.fileName })} {problemMessage(t, intl, r.problem)}
                </li>
              ))}
            </ul>
            <p>{t(value.files.length > 0 ? 'transfer.preview.refusedOthers' : 'transfer.error.unchanged')}</p>
          </div>
        </div>
      )}
      <BatchNotices value={value} />
      {value.files.map((file, i) => (
        <FilePreview
          key={`${i}-${file.fileName}`}
          value={file}
          headingLevel={many ? 3 : 2}
          choices={choices}
          choiceKey={(key) => batchChoiceKey(i, key)}
          onChoose={onChoose}
          target={value.target}
          titles={value.demarcheTitles}
          attached={attach.has(i)}
          onAttach={(on) => onAttach(i, on)}
        />
      ))}
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
            {applying ? t('transfer.preview.applying') : applyError ? t('transfer.error.applyRetry') : many ? t('transfer.preview.applyMany', { n: value.files.length }) : t('transfer.preview.apply')}
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
