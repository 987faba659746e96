// A modal confirmation: focus goes to the safe choice, Escape cancels, Tab stays inside.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useModal } from './useModal';
import { useI18n } from '../../i18n';

interface Props {
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus starts on the safe choice: a stray Enter must not delete anything.
  const { box, onKeyDown } = useModal(onCancel, () => cancel.current);

  return (
    <div class="backdrop" onClick={(e) => e.target === e.currentTarget && onCancel()}>
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title" aria-describedby="dialog-body" ref={box} onKeyDown={onKeyDown}>
        <h2 id="dialog-title">{title}</h2>
        <div id="dialog-body">{children}</div>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" ref={cancel} onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" class={danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
