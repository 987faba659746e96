// One export button: builds the file, shares or downloads it, and says in a live line what happened.
import { useState } from 'preact/hooks';
import { exportData, type ExportRequest } from '../../actions/exportData';
import { useI18n, type MessageKey } from '../../i18n';

interface Props {
  request: Omit<ExportRequest, 'roleLabels'>;
  label: string;
  primary?: boolean;
  describedBy?: string;
}

type Outcome = { key: MessageKey; name: string; error?: boolean } | null;

export function ExportButton({ request, label, primary, describedBy }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const statusId = `export-status-${request.sessionId}-${request.anonymised ? 'anon' : 'full'}`;

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const roleLabels = { animateur: t('field.animateur'), secretaire: t('field.secretaire'), superviseur: t('field.superviseur') };
      const { name, delivery } = await exportData({ ...request, roleLabels });
      const key: MessageKey = delivery === 'shared' ? 'transfer.export.shared' : delivery === 'downloaded' ? 'transfer.export.downloaded' : 'transfer.export.cancelled';
      setOutcome({ key, name });
    } catch {
      setOutcome({ key: 'transfer.export.failed', name: '', error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export-button">
      <button
        type="button"
        class={primary ? 'btn btn-primary btn-large' : 'btn btn-secondary btn-large'}
        onClick={() => void run()}
        disabled={busy}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(' ')}
      >
        {busy ? t('transfer.export.busy') : label}
      </button>
      <p id={statusId} role="status" class={outcome?.error ? 'error-text' : 'hint'}>
        {outcome ? t(outcome.key, { name: outcome.name }) : ''}
      </p>
    </div>
  );
}
