// After « Clôturer »: offer a copy of the séance off the tablet, insistently until one made after the closing exists.
import { copyDates, onCopyDates } from '../../actions/copies';
import { copyAfterClose } from '../../domain/durability';
import type { DeviceRole } from '../../domain/device';
import type { Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { useStore } from '../common/useStore';
import { CopyLine } from '../sessions/CopyStatus';
import { ExportButton } from '../transfer/ExportButton';

export function CloseCopyOffer({ session, role }: { session: Session; role: DeviceRole }) {
  const { t } = useI18n();
  const copies = useStore(copyDates, onCopyDates);
  if (!copies) return null;
  const at = copies[session.id] ?? null;
  const offer = copyAfterClose({ status: session.status, lastCopyAt: at, closedAt: session.closedAt });
  return (
    <div class="close-copy" data-testid="close-copy">
      <CopyLine at={at} class="copy-line" />
      {offer && <p id="close-copy-hint">{t('room.copy.offer')}</p>}
      {/* Still there once the copy is saved, secondary: it keeps its line saying where the file went. */}
      <ExportButton request={{ sessionId: session.id, role }} label={t('copy.save')} primary={offer} describedBy={offer ? 'close-copy-hint' : undefined} small />
    </div>
  );
}
