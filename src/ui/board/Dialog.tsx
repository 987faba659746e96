// A modal dialog for the board: focus goes inside and comes back after, Escape or a tap outside closes, the board behind is inert.
import type { ComponentChildren } from 'preact';
import { useModal } from '../common/useModal';

interface Props {
  id: string;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

export function Dialog({ id, title, onClose, children }: Props) {
  // The checked choice first (where the person already is), otherwise the first control.
  const { dialog, onKeyDown, onClick } = useModal(onClose, (el) => el.querySelector<HTMLElement>('input:checked'));

  return (
    <dialog class="backdrop" aria-labelledby={`${id}-title`} ref={dialog} onKeyDown={onKeyDown} onClick={onClick}>
      <div class="dialog board-dialog">
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </dialog>
  );
}
