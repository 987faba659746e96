// « Exporter la démarche »: one file of the démarche and its séances, anonymised for a team outside the site; with names only on an explicit choice.
import { useState } from 'preact/hooks';
import type { Demarche } from '../../domain/types';
import { useI18n } from '../../i18n';
import { fileRoleLabels } from '../../report/roleWords';
import { DeliverButton } from '../transfer/DeliverButton';

export function DemarcheExport({ demarche }: { demarche: Demarche }) {
  const { t } = useI18n();
  const [withNames, setWithNames] = useState(false);
  const deliver = (full: boolean) => async () => {
    const roleLabels = fileRoleLabels(t);
    // The file format is loaded on the first tap, as the séance's export does.
    const { exportDemarche } = await import('../../actions/exportData');
    return exportDemarche({ demarcheId: demarche.id, full, roleLabels });
  };
  return (
    <section class="demarche-section" aria-labelledby="demarche-export-title">
      <h2 id="demarche-export-title">{t('demarche.export.title')}</h2>
      <p id="demarche-export-hint">{t('demarche.export.hint')}</p>
      <DeliverButton label={t('demarche.export.anonymised')} primary describedBy="demarche-export-hint" deliver={deliver(false)} statusId="demarche-export-anon" />
      <div class="field-check">
        <input id="demarche-export-names" type="checkbox" checked={withNames} onChange={(e) => setWithNames(e.currentTarget.checked)} />
        <label for="demarche-export-names">{t('demarche.export.withNames.choice')}</label>
      </div>
      {withNames && (
        <>
          <p class="warning-text" id="demarche-export-names-hint">
            {t('demarche.export.withNames.hint')}
          </p>
          <DeliverButton label={t('demarche.export.withNames')} describedBy="demarche-export-names-hint" deliver={deliver(true)} statusId="demarche-export-full" />
        </>
      )}
    </section>
  );
}
