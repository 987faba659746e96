// The board's action bar: undo/redo of moves, and what can be done with the selected post-its (no drag needed).
import { useEffect } from 'preact/hooks';
import { onHistory, historyOf } from '../../actions/boardHistory';
import { redoBoard, undoBoard } from '../../actions/board';
import type { StepKind } from '../../domain/board';
import type { SessionId } from '../../domain/types';
import { countKey, useI18n, type MessageKey } from '../../i18n';
import { showToast } from '../common/toasts';
import { useStore } from '../common/useStore';

const STEP_LABEL: Readonly<Record<StepKind, MessageKey>> = {
  move: 'board.step.move',
  group: 'board.step.group',
  newGroup: 'board.step.newGroup',
  deleteGroup: 'board.step.deleteGroup',
};

interface Props {
  sessionId: SessionId;
  selected: number;
  /** One post-it selected: it can be moved one step, or edited. */
  onMove: () => void;
  onStep: (delta: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
  onClear: () => void;
}

export function BoardToolbar({ sessionId, selected, onMove, onStep, onEdit, onDelete, onClear }: Props) {
  const { t } = useI18n();
  const history = useStore(
    () => historyOf(sessionId),
    (listener) => onHistory(() => listener(historyOf(sessionId))),
  );
  const lastDone = history.done[history.done.length - 1];
  const lastUndone = history.undone[history.undone.length - 1];

  const undo = async () => {
    if (!(await undoBoard(sessionId))) showToast(t('board.undo.stale'));
  };
  const redo = async () => {
    if (!(await redoBoard(sessionId))) showToast(t('board.undo.stale'));
  };

  // Ctrl+Z / Ctrl+Y as on a computer, except while typing (where they undo the text).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (!(e.ctrlKey || e.metaKey) || target?.closest('input, textarea, select, [role="dialog"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) (e.preventDefault(), void undo());
      else if (key === 'y' || (key === 'z' && e.shiftKey)) (e.preventDefault(), void redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div class="board-toolbar" role="toolbar" aria-label={t('board.toolbar')}>
      <div class="toolbar-group">
        <button type="button" class="btn btn-tertiary" disabled={!lastDone} onClick={() => void undo()} aria-keyshortcuts="Control+Z">
          <span aria-hidden="true">↶</span> {lastDone ? t('board.undo', { what: t(STEP_LABEL[lastDone.kind]) }) : t('board.undo.none')}
        </button>
        <button type="button" class="btn btn-tertiary" disabled={!lastUndone} onClick={() => void redo()} aria-keyshortcuts="Control+Y">
          <span aria-hidden="true">↷</span> {t('board.redo')}
        </button>
      </div>
      {selected === 0 ? (
        <p class="hint toolbar-hint">{t('board.select.hint')}</p>
      ) : (
        <div class="toolbar-group toolbar-selection">
          <p class="selection-count" role="status">
            {t(countKey('board.select.count', selected), { n: selected })}
          </p>
          <button type="button" class="btn btn-primary" onClick={onMove}>
            {t('board.select.move')}
          </button>
          {selected === 1 && (
            <>
              <button type="button" class="btn btn-secondary" onClick={() => onStep(-1)}>
                <span aria-hidden="true">↑</span> {t('common.moveUp')}
              </button>
              <button type="button" class="btn btn-secondary" onClick={() => onStep(1)}>
                <span aria-hidden="true">↓</span> {t('common.moveDown')}
              </button>
              <button type="button" class="btn btn-secondary" onClick={onEdit}>
                {t('board.select.edit')}
              </button>
            </>
          )}
          <button type="button" class="btn btn-secondary btn-danger-text" onClick={onDelete}>
            {t('board.select.delete')}
          </button>
          <button type="button" class="btn btn-tertiary" onClick={onClear}>
            {t('board.select.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
