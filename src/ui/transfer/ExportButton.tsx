// The Cercle file's export button: builds the séance's (or every séance's) file, shares or downloads it, says what happened.
import type { ExportRequest } from '../../actions/exportData';
import { useI18n } from '../../i18n';
import { fileRoleLabels } from '../../report/roleWords';
import { DeliverButton, type DeliverProps } from './DeliverButton';

interface Props extends DeliverProps {
  request: Omit<ExportRequest, 'roleLabels'>;
}

export function ExportButton({ request, ...button }: Props) {
  const { t } = useI18n();
  const deliver = async () => {
    const roleLabels = fileRoleLabels(t);
    // Loaded on the first tap: Accueil's cards offer a copy without carrying the file format in the first screen.
    const { exportData } = await import('../../actions/exportData');
    return exportData({ ...request, roleLabels });
  };
  return <DeliverButton {...button} deliver={deliver} statusId={`export-status-${request.sessionId}-${request.anonymised ? 'anon' : 'full'}`} />;
}
