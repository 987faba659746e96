// Fichiers de la séance: export it whole or anonymised for the other tablet, import what the other tablet sent, or export it for analysis software.
import type { DeviceRole } from '../../domain/device';
import { useSession } from '../../db/queries';
import type { SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { navigate, routeHref } from '../common/routes';
import { ReportLink } from '../report/ReportLink';
import { DeliverButton } from './DeliverButton';
import { ExportButton } from './ExportButton';
import { FilePicker } from './FilePicker';
import { offerFiles } from './incoming';
import './transfer.css';

export function SessionFilesScreen({ id, role }: { id: SessionId; role: DeviceRole }) {
  const { t } = useI18n();
  const session = useSession(id);
  if (session.status === 'loading') return <main id="main" class="page" aria-busy="true" />;
  if (session.status === 'error' || !session.value) {
    return (
      <main id="main" class="page">
        <h1>{t('transfer.files.eyebrow')}</h1>
        <p role="alert">{t('prepare.notFound')}</p>
        <a class="btn btn-secondary" href={routeHref({ name: 'home' })}>
          {t('prepare.back')}
        </a>
      </main>
    );
  }
  const title = session.value.title || t('home.untitled');
  const importFiles = (files: File[]) => {
    offerFiles(files);
    navigate({ name: 'import' });
  };
  return (
    <main id="main" class="page transfer">
      <div class="page-head">
        <div>
          <p class="eyebrow">{t('transfer.files.eyebrow')}</p>
          <h1 class="prepare-title">{title}</h1>
        </div>
        <a class="btn btn-tertiary" href={routeHref({ name: 'prepare', id, tab: 'seance' })}>
          {t('transfer.files.back')}
        </a>
      </div>
      <div class="transfer-blocks">
        <section class="settings-block" aria-labelledby="export-title">
          <h2 id="export-title">{t('transfer.export.title')}</h2>
          <p id="export-body">{t('transfer.export.body')}</p>
          <ExportButton request={{ sessionId: id, role }} label={t('transfer.export.session')} primary describedBy="export-body" />
        </section>
        <section class="settings-block" aria-labelledby="import-title">
          <h2 id="import-title">{t('transfer.import.title')}</h2>
          <p id="import-body">{t('transfer.import.body')}</p>
          <FilePicker label={t('transfer.import.open')} onFiles={importFiles} class="btn btn-primary btn-large" describedBy="import-body" />
          <p class="hint">{t('transfer.import.dropHint')}</p>
        </section>
        <section class="settings-block" aria-labelledby="report-title">
          <h2 id="report-title">{t('reportScreen.open')}</h2>
          <p>{t('reportScreen.files.body')}</p>
          <div class="transfer-actions">
            <ReportLink id={id} class="btn btn-primary btn-large" />
            {/* Weeks later, the page told back to the participants starts from the séance's files too. */}
            <a class="btn btn-secondary btn-large" href={routeHref({ name: 'changes', id, print: false })}>
              {t('home.returnDue.open')}
            </a>
          </div>
        </section>
        <section class="settings-block" aria-labelledby="anon-title">
          <h2 id="anon-title">{t('transfer.export.anonymised.title')}</h2>
          <p id="anon-body">{t('transfer.export.anonymised.body')}</p>
          <p class="warning-text">{t('transfer.export.anonymised.warning')}</p>
          <ExportButton request={{ sessionId: id, role, anonymised: true }} label={t('transfer.export.anonymised')} describedBy="anon-body" />
        </section>
        <section class="settings-block" aria-labelledby="qdpx-title">
          <h2 id="qdpx-title">{t('transfer.qdpx.title')}</h2>
          <p id="qdpx-body">{t('transfer.qdpx.body')}</p>
          {/* Loaded on the tap, like the other exports: its use case shares modules with the first screen, which must not grow. */}
          <DeliverButton deliver={() => import('../../actions/qdpxExport').then((m) => m.exportQdpx(id, t))} statusId={`qdpx-status-${id}`} label={t('transfer.qdpx.button')} describedBy="qdpx-body" />
        </section>
      </div>
    </main>
  );
}
