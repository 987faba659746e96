// One export button: builds the file, shares or downloads it, and says in a live line what happened.
import { useState } from 'preact/hooks';
import type { ExportRequest } from '../../actions/exportData';
import { useI18n, type MessageKey } from '../../i18n';

interface Props {
  request: Omit<ExportRequest, 'roleLabels'>;
  label: string;
  primary?: boolean;
  describedBy?: string;
  /** Buttons on a séance card are the card's size, not a screen's main action. */
  small?: boolean;
  /** Where several séances each have one, the accessible name says which. */
  ariaLabel?: string;
}

const isQuota = (error: unknown) => (error as { name?: string } | null)?.name === 'QuotaExceededError';

type Outcome = { key: MessageKey; name: string; error?: boolean } | null;

export function ExportButton({ request, label, primary, describedBy, small, ariaLabel }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const statusId = `export-status-${request.sessionId}-${request.anonymised ? 'anon' : 'full'}`;

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const roleLabels = { animateur: t('field.animateur'), secretaire: t('field.secretaire'), superviseur: t('field.superviseur') };
      // Loaded on the first tap: Accueil's cards offer a copy without carrying the file format in the first screen.
      const { exportData } = await import('../../actions/exportData');
      const { name, delivery } = await exportData({ ...request, roleLabels });
      const key: MessageKey = delivery === 'shared' ? 'transfer.export.shared' : delivery === 'downloaded' ? 'transfer.export.downloaded' : 'transfer.export.cancelled';
      setOutcome({ key, name });
    } catch (error) {
      setOutcome({ key: isQuota(error) ? 'transfer.export.noSpace' : 'transfer.export.failed', name: '', error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export-button">
      <button
        type="button"
        class={`btn ${primary ? 'btn-primary' : 'btn-secondary'}${small ? '' : ' btn-large'}`}
        onClick={() => void run()}
        disabled={busy}
        aria-label={busy ? undefined : ariaLabel}
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
