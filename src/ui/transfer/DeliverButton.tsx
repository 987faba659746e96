// One button that makes a file and hands it over (share sheet or download), saying in a live line what happened.
import { useState } from 'preact/hooks';
import type { Delivery } from '../../platform/files';
import { useI18n, type MessageKey } from '../../i18n';

export interface DeliverProps {
  label: string;
  primary?: boolean;
  describedBy?: string;
  /** Buttons on a séance card are the card's size, not a screen's main action. */
  small?: boolean;
  /** Where several séances each have one, the accessible name says which. */
  ariaLabel?: string;
}

interface Props extends DeliverProps {
  /** Makes and delivers the file; null when there was nothing to make it from (a séance deleted meanwhile). */
  deliver: () => Promise<{ name: string; delivery: Delivery } | null>;
  /** The id of the live line, unique on the screen. */
  statusId: string;
}

const isQuota = (error: unknown) => (error as { name?: string } | null)?.name === 'QuotaExceededError';

type Outcome = { key: MessageKey; name: string; error?: boolean } | null;

export function DeliverButton({ deliver, statusId, label, primary, describedBy, small, ariaLabel }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const done = await deliver();
      if (!done) throw new Error('nothing to export');
      const key: MessageKey = done.delivery === 'shared' ? 'transfer.export.shared' : done.delivery === 'downloaded' ? 'transfer.export.downloaded' : 'transfer.export.cancelled';
      setOutcome({ key, name: done.name });
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
