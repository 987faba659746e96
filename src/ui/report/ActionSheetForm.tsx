// One fiche action as a form with the method's rubrics, each field autosaved; deletion asks first and can be undone.
import { useState } from 'preact/hooks';
import { deleteActionSheet, restoreActionSheet, updateActionSheet } from '../../actions/actionSheets';
import { draftKey } from '../../db/drafts';
import { checkFicheDates, hasProblems } from '../../domain/planInput';
import type { ActionSheet } from '../../domain/types';
import { useI18n } from '../../i18n';
import { actionFieldMax, type ActionField } from '../../report/actionDraft';
import { formatShortDay } from '../../i18n/format';
import { actionHeading } from '../../report/outline';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { routeHref } from '../common/routes';
import { TextField } from '../common/TextField';
import { showToast } from '../common/toasts';
import { EngagementPicker } from './EngagementPicker';

interface FieldSpec {
  field: ActionField;
  /** Prose rubrics get a text area across the fiche. */
  rows?: number;
  date?: boolean;
  /** `narrow`: a number; `three`: the libellé beside it; `row`: prose across the fiche. */
  width?: 'narrow' | 'three' | 'row';
}

/** The method's rubrics, number and libellé first: a fiche is found by them. */
const FIELDS: readonly FieldSpec[] = [
  { field: 'number', width: 'narrow' },
  { field: 'title', width: 'three' },
  { field: 'theme' },
  { field: 'commitment' },
  { field: 'owner' },
  { field: 'contributors' },
  { field: 'start', date: true },
  { field: 'plannedEnd', date: true },
  { field: 'problem', rows: 4, width: 'row' },
  { field: 'objective', rows: 3, width: 'row' },
  { field: 'description', rows: 4, width: 'row' },
  { field: 'indicators', rows: 3, width: 'row' },
];

export function ActionSheetForm({ sheet, track }: { sheet: ActionSheet; track: string | null }) {
  const { t, intl } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const name = actionHeading(sheet, t);
  const headingId = `action-${sheet.id}-heading`;
  const remove = async () => {
    setConfirming(false);
    await deleteActionSheet(sheet.id);
    showToast(t('reportScreen.action.deleted', { name }), () => void restoreActionSheet(sheet.id));
  };
  // The démarrage and the fin prévue hold together: the one typed wrong says so at its field and is not saved.
  const checkDay = (field: ActionField) => (value: string) => {
    if (field === 'start' && hasProblems(checkFicheDates({ start: value, plannedEnd: sheet.plannedEnd }))) return t('reportScreen.action.problem.startAfterEnd', { date: formatShortDay(sheet.plannedEnd, intl) });
    if (field === 'plannedEnd' && hasProblems(checkFicheDates({ start: sheet.start, plannedEnd: value }))) return t('reportScreen.action.problem.endBeforeStart', { date: formatShortDay(sheet.start, intl) });
    return null;
  };
  const renderField = ({ field, rows, date, width }: FieldSpec) => (
    <TextField
      key={field}
      id={`action-${sheet.id}-${field}`}
      label={t(`action.field.${field}`)}
      stored={sheet[field]}
      max={actionFieldMax(field)}
      draftKey={date ? null : draftKey(sheet.sessionId, `action.${sheet.id}.${field}`)}
      save={(value) => updateActionSheet(sheet.id, field, value)}
      multiline={rows !== undefined}
      rows={rows}
      type={date ? 'date' : 'text'}
      check={date ? checkDay(field) : undefined}
      class={width === 'row' ? 'is-row' : width === 'narrow' ? 'is-narrow' : width === 'three' ? 'is-wide3' : undefined}
    />
  );
  return (
    <li class="action-sheet" aria-labelledby={headingId}>
      <div class="action-sheet-top">
        <h3 id={headingId} class="action-sheet-heading" dir="auto">
          {name}
        </h3>
        <div class="row-actions">
          <a class="btn btn-secondary" href={routeHref({ name: 'action', id: sheet.sessionId, actionId: sheet.id })} aria-label={t('reportScreen.action.follow.label', { name })}>
            {t('reportScreen.action.follow')}
          </a>
          <button type="button" class="btn btn-tertiary btn-danger-text" aria-label={t('reportScreen.action.delete.label', { name })} onClick={() => setConfirming(true)}>
            {t('reportScreen.action.delete')}
          </button>
        </div>
      </div>
      {track !== null && <p class="hint">{t('reportScreen.action.fromTrack', { title: track })}</p>}
      <div class="form-grid action-fields">
        {FIELDS.slice(0, 2).map(renderField)}
        <EngagementPicker sheet={sheet} />
        {FIELDS.slice(2).map(renderField)}
      </div>
      {confirming && (
        <ConfirmDialog title={t('reportScreen.action.delete.title', { name })} confirmLabel={t('reportScreen.action.delete')} danger onCancel={() => setConfirming(false)} onConfirm={() => void remove()}>
          <p>{t('reportScreen.action.delete.body')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
