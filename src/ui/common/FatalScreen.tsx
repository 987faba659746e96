// Full-page French message when Cercle cannot store anything: never a blank screen.
import type { OpenFailure } from '../../db/connection';
import { useI18n } from '../../i18n';

export function FatalScreen({ reason }: { reason: OpenFailure }) {
  const { t } = useI18n();
  return (
    <main class="fatal" id="main">
      <h1>{t('fatal.title')}</h1>
      <p>{t(`fatal.${reason}`)}</p>
      <button type="button" class="btn btn-primary" onClick={() => window.location.reload()}>
        {t('fatal.reload')}
      </button>
    </main>
  );
}
