// Route "demarches": every démarche of the tablet and a new one (to be built).
import { useI18n } from '../../i18n';

export function DemarchesScreen() {
  const { t } = useI18n();
  return (
    <main id="main" class="page">
      <h1>{t('demarche.list.title')}</h1>
    </main>
  );
}
