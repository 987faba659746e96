// A delete button of the follow-up that asks first: a jalon, an indicator, a measure or a point d'étape are typed work.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';

export function DeleteButton({ name, label, onConfirm }: { name: string; label?: string; onConfirm: () => unknown }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" class="btn btn-tertiary btn-danger-text" aria-label={label ?? t('fiche.delete.label', { name })} onClick={() => setAsking(true)}>
        {t('fiche.delete')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('fiche.delete.title', { name })}
          confirmLabel={t('fiche.delete')}
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void onConfirm();
          }}
        >
          <p>{t('fiche.delete.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
