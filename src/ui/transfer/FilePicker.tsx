// "Choisir un fichier": a real button (keyboard, 44 px) opening the system file picker for Cercle files.
import { useRef } from 'preact/hooks';

interface Props {
  label: string;
  onFile: (file: File) => void;
  class?: string;
  describedBy?: string;
}

export function FilePicker({ label, onFile, class: cls, describedBy }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class={cls ?? 'btn btn-primary'} aria-describedby={describedBy} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        // Some tablets label exported files as text or octet-stream: the extension is what counts.
        accept=".json,application/json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that picking the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
