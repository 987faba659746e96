// One export at a time from a panel of buttons: which one runs, what came of it (named file, or a French failure), the button that shows it.
import { useState } from 'preact/hooks';
import { useI18n, type MessageKey } from '../../i18n';
import type { Delivery } from '../../platform/files';

export type ExportOutcome = { text: string; error: boolean } | null;

/** What an export action gives back: the file's name and how it left, or null when what it exports is gone. */
type Exported = { name: string; delivery: Delivery } | null;

const DELIVERED: Record<Delivery, MessageKey> = { shared: 'transfer.export.shared', downloaded: 'transfer.export.downloaded', cancelled: 'transfer.export.cancelled' };

export function useExportRun<F extends string>(exportAs: (format: F) => Promise<Exported>) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<F | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome>(null);
  const run = async (format: F) => {
    setBusy(format);
    setOutcome(null);
    try {
      const done = await exportAs(format);
      if (!done) throw new Error('nothing to export');
      setOutcome({ text: t(DELIVERED[done.delivery], { name: done.name }), error: false });
    } catch {
      setOutcome({ text: t('transfer.export.failed'), error: true });
    } finally {
      setBusy(null);
    }
  };
  // A second press while one runs is ignored (the buttons stay enabled: a disabled button would lose the focus).
  return { busy, outcome, start: (format: F) => busy === null && void run(format) };
}

/** A button of such a panel: says it is busy while its file is made (the Word file says it takes a moment). */
export function ExportButton<F extends string>({ format, label, busy, statusId, onStart }: { format: F; label: MessageKey; busy: F | null; statusId: string; onStart: (format: F) => void }) {
  const { t } = useI18n();
  return (
    <button type="button" class="btn btn-secondary" aria-busy={busy === format} aria-describedby={statusId} onClick={() => onStart(format)}>
      {busy === format ? t(format === 'docx' ? 'reportScreen.export.docx.busy' : 'transfer.export.busy') : t(label)}
    </button>
  );
}

/** The line under the buttons that says what came of the last export (a status, read out when it changes). */
export function ExportStatus({ id, outcome }: { id: string; outcome: ExportOutcome }) {
  return (
    <p id={id} role="status" class={outcome?.error ? 'error-text' : 'hint'}>
      {outcome?.text ?? ''}
    </p>
  );
}
