// A modal confirmation: focus goes to the safe choice, Escape or a tap outside cancels, the page behind is inert.
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
  const { dialog, onKeyDown, onClick } = useModal(onCancel, () => cancel.current);

  return (
    <dialog class="backdrop" role="alertdialog" aria-labelledby="dialog-title" aria-describedby="dialog-body" ref={dialog} onKeyDown={onKeyDown} onClick={onClick}>
      <div class="dialog">
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
    </dialog>
  );
}
