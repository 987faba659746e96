// RGPD panel of the préparation: anonymise the séance in place or delete it for good, each after a plain confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import { anonymiseSession, deleteSessionForever, type PrivacyResult } from '../../actions/privacy';
import type { Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { navigate } from '../common/routes';
import { showToast } from '../common/toasts';
import './privacy.css';

type Asked = 'anonymise' | 'delete' | null;

interface Props {
  session: Session;
  /** Opened from the purge reminder: bring the panel into view and put focus on its heading. */
  focus?: boolean;
}

export function PrivacyPanel({ session: s, focus }: Props) {
  const { t } = useI18n();
  const [asked, setAsked] = useState<Asked>(null);
  // A guard, not a disabled state: disabling the button that just got focus back from the dialog would drop focus.
  const busy = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const running = s.status === 'en_cours';
  const title = s.title || t('home.untitled');

  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, [focus]);

  /** A failed write shows the save banner (tracked); a refusal is said in a toast; nothing else moves. */
  const run = async (act: () => Promise<PrivacyResult>, done: () => void) => {
    setAsked(null);
    busy.current = true;
    const result = await act().catch(() => null);
    busy.current = false;
    if (result?.ok) done();
    else if (result) showToast(t('privacy.refused'));
  };

  const anonymise = () =>
    run(
      // The same words the anonymised export puts in place of the role names found inside texts.
      () => anonymiseSession(s.id, { animateur: t('field.animateur'), secretaire: t('field.secretaire'), superviseur: t('field.superviseur') }),
      () => showToast(t('privacy.anonymised')),
    );
  const erase = () =>
    run(
      () => deleteSessionForever(s.id),
      () => {
        navigate({ name: 'home' });
        showToast(t('privacy.deleted', { title }));
      },
    );

  const describedBy = (hint: string) => (running ? `privacy-running ${hint}` : hint);
  return (
    <section class="privacy-panel" id="rgpd" aria-labelledby="privacy-title">
      <h2 id="privacy-title" tabIndex={-1} ref={heading}>
        {t('privacy.title')}
      </h2>
      <p>{t('privacy.intro')}</p>
      {running && (
        <p class="warning-text" id="privacy-running">
          {t('privacy.running')}
        </p>
      )}
      <div class="privacy-actions">
        <div class="privacy-action">
          <button type="button" class="btn btn-secondary" disabled={running} aria-describedby={describedBy('privacy-anonymise-hint')} onClick={() => busy.current || setAsked('anonymise')}>
            {t('privacy.anonymise')}
          </button>
          <p class="hint" id="privacy-anonymise-hint">
            {t('privacy.anonymise.hint')}
          </p>
        </div>
        <div class="privacy-action">
          <button type="button" class="btn btn-danger" disabled={running} aria-describedby={describedBy('privacy-delete-hint')} onClick={() => busy.current || setAsked('delete')}>
            {t('privacy.delete')}
          </button>
          <p class="hint" id="privacy-delete-hint">
            {t('privacy.delete.hint')}
          </p>
        </div>
      </div>
      {asked === 'anonymise' && (
        <ConfirmDialog title={t('privacy.anonymise.confirm.title', { title })} confirmLabel={t('privacy.anonymise.yes')} danger onConfirm={() => void anonymise()} onCancel={() => setAsked(null)}>
          <p>{t('privacy.anonymise.confirm.what')}</p>
          <p>{t('privacy.anonymise.confirm.before')}</p>
          <p class="warning-text">{t('privacy.anonymise.confirm.final')}</p>
        </ConfirmDialog>
      )}
      {asked === 'delete' && (
        <ConfirmDialog title={t('privacy.delete.confirm.title', { title })} confirmLabel={t('privacy.delete.yes')} danger onConfirm={() => void erase()} onCancel={() => setAsked(null)}>
          <p>{t('privacy.delete.confirm.what')}</p>
          <p>{t('privacy.delete.confirm.copies')}</p>
          <p class="warning-text">{t('privacy.delete.confirm.final')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
