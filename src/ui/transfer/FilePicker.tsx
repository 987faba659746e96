// "Choisir un fichier": a real button (keyboard, 44 px) opening the system file picker for Cercle files, one or several.
import { useRef } from 'preact/hooks';

interface Props {
  label: string;
  onFiles: (files: File[]) => void;
  class?: string;
  describedBy?: string;
}

export function FilePicker({ label, onFiles, class: cls, describedBy }: Props) {
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
        // A national team brings the files of many sites at once.
        multiple
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared so that picking the same file again still fires a change.
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
