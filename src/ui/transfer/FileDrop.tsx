// Drop files anywhere on the window, or open .json files with Cercle from the system: both lead to the import preview.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { carriesFiles, onLaunchedFiles } from '../../platform/files';
import { navigate } from '../common/routes';
import { offerFiles } from './incoming';
import './shell.css';

function importFiles(files: File[]): void {
  offerFiles(files);
  navigate({ name: 'import' });
}

export function FileDrop() {
  const { t } = useI18n();
  const [over, setOver] = useState(false);

  useEffect(() => {
    onLaunchedFiles(importFiles);
    // dragenter/leave fire for every child crossed: count them to know when the file really left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    // Without preventDefault the browser would open the dropped file in place of Cercle.
    const overHandler = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) importFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) return null;
  return (
    <div class="drop-overlay" aria-hidden="true">
      <p>{t('transfer.drop.overlay')}</p>
    </div>
  );
}
