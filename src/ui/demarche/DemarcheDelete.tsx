// « Supprimer la démarche »: asked as a séance's deletion is (its séances stay, detached, and the confirmation says so), then undone from the toast.
import { useState } from 'preact/hooks';
import { deleteDemarche, undoDeleteDemarche } from '../../actions/demarches';
import type { Demarche } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { navigate } from '../common/routes';
import { showToast } from '../common/toasts';

export function DemarcheDelete({ demarche, seances }: { demarche: Demarche; seances: number }) {
  const { t } = useI18n();
  const [asked, setAsked] = useState(false);
  const title = demarche.title || t('demarche.untitled');
  const confirm = async () => {
    setAsked(false);
    const done = await deleteDemarche(demarche.id);
    if (!done) return;
    navigate({ name: 'demarches' });
    showToast(t('demarche.deleted', { title }), () => void undoDeleteDemarche(demarche.id, done));
  };
  return (
    <section class="demarche-section" aria-labelledby="demarche-delete-title">
      <h2 id="demarche-delete-title">{t('demarche.delete.title')}</h2>
      <p class="hint" id="demarche-delete-hint">
        {t('demarche.delete.hint')}
      </p>
      <button type="button" class="btn btn-secondary btn-danger-text" aria-describedby="demarche-delete-hint" onClick={() => setAsked(true)}>
        {t('demarche.delete')}
      </button>
      {asked && (
        <ConfirmDialog title={t('demarche.delete.confirm.title', { title })} confirmLabel={t('demarche.delete.yes')} danger onConfirm={() => void confirm()} onCancel={() => setAsked(false)}>
          <p>{t('demarche.delete.confirm.body')}</p>
          <p>{t(countKey('demarche.delete.confirm.seances', seances), { n: seances })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
