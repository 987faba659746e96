// Why a file was refused, in plain French, and the reassurance that nothing on this tablet changed.
import type { ImportProblem } from '../../actions/importFile';
import { useI18n } from '../../i18n';
import { routeHref } from '../common/routes';
import { FilePicker } from './FilePicker';
import { problemMessage } from './messages';

interface Props {
  fileName: string;
  problem: ImportProblem;
  onFiles: (files: File[]) => void;
}

export function ImportErrorView({ fileName, problem, onFiles }: Props) {
  const { t, intl } = useI18n();
  return (
    <section class="transfer-error" aria-labelledby="import-error-title" data-problem={problem.code}>
      <div class="banner banner-error" role="alert">
        <div>
          <h2 id="import-error-title" tabIndex={-1}>
            {t('transfer.error.title')}
          </h2>
          <p class="transfer-file">{t('transfer.error.file', { name: fileName })}</p>
          <p class="transfer-error-message">{problemMessage(t, intl, problem)}</p>
          <p>{t('transfer.error.unchanged')}</p>
        </div>
      </div>
      <div class="transfer-actions">
        <FilePicker label={t('transfer.error.retry')} onFiles={onFiles} class="btn btn-primary btn-large" />
        <a class="btn btn-secondary btn-large" href={routeHref({ name: 'home' })}>
          {t('prepare.back')}
        </a>
      </div>
    </section>
  );
}
