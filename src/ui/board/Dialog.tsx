// A modal dialog for the board: focus goes inside and comes back after, Escape closes, Tab stays inside.
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
  const { box, onKeyDown } = useModal(onClose, (el) => el.querySelector<HTMLElement>('input:checked'));

  return (
    <div class="backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div class="dialog board-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} ref={box} onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
