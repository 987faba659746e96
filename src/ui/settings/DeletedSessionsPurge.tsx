// The séances deleted from Accueil whose data is still on this tablet, listed, then erased for good in one go.
import { useRef, useState } from 'preact/hooks';
import { purgeDeletedSessions } from '../../actions/privacy';
import { useDeletedSessions } from '../../db/queries';
import type { Session } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { formatDateTime, formatShortDay } from '../../i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { currentToasts, dismissToast, showToast } from '../common/toasts';

export function DeletedSessionsPurge() {
  const { t, intl } = useI18n();
  const deleted = useDeletedSessions();
  // The séances shown when the button was pressed: an import landing meanwhile does not widen what was confirmed.
  const [asked, setAsked] = useState<readonly Session[] | null>(null);
  // A guard, not a disabled state: disabling the button that gets focus back from the dialog would drop focus.
  const busy = useRef(false);
  if (deleted.status !== 'ready') return null;
  const list = deleted.value;
  const n = list.length;
  const titleOf = (s: Session) => s.title || t('home.untitled');

  const erase = async (sessions: readonly Session[]) => {
    setAsked(null);
    busy.current = true;
    // A failed write shows the save banner (tracked); nothing else to say here.
    const erased = await purgeDeletedSessions(sessions.map((s) => s.id)).catch(() => null);
    busy.current = false;
    if (erased === null) return;
    // Accueil's « Annuler » of these deletions, if still shown, has nothing left to bring back.
    const undone = new Set(sessions.map((s) => t('home.deleted', { title: titleOf(s) })));
    for (const toast of currentToasts()) if (toast.undo && undone.has(toast.text)) dismissToast(toast.id);
    showToast(t(countKey('settings.privacy.deleted.done', erased), { n: erased }));
  };

  return (
    <div class="privacy-settings-part">
      <h3 id="privacy-deleted-title">{t('settings.privacy.deleted.title')}</h3>
      {n === 0 ? (
        <p data-testid="deleted-sessions-none">{t('settings.privacy.deleted.none')}</p>
      ) : (
        <>
          <p class="hint">{t('settings.privacy.deleted.why')}</p>
          <p id="privacy-deleted-count" class="deleted-count">
            {t(countKey('settings.privacy.deleted.count', n), { n })}
          </p>
          <ul class="deleted-sessions" aria-labelledby="privacy-deleted-count">
            {list.map((s) => (
              <li key={s.id}>
                <span class="deleted-session-title">{titleOf(s)}</span>{' '}
                <span class="hint">
                  {s.date ? formatShortDay(s.date, intl) : t('home.noDate')} · {t('settings.privacy.deleted.when', { when: formatDateTime(s.updatedAt, intl) })}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" class="btn btn-danger" onClick={() => busy.current || setAsked(list)}>
            {t(countKey('settings.privacy.deleted.erase', n))}
          </button>
        </>
      )}
      {asked && (
        <ConfirmDialog
          title={t(countKey('settings.privacy.deleted.confirm.title', asked.length), { n: asked.length })}
          confirmLabel={t(countKey('settings.privacy.deleted.yes', asked.length))}
          danger
          onConfirm={() => void erase(asked)}
          onCancel={() => setAsked(null)}
        >
          <ul class="deleted-sessions-confirm">
            {asked.map((s) => (
              <li key={s.id}>{titleOf(s)}</li>
            ))}
          </ul>
          <p>{t('settings.privacy.deleted.confirm.what')}</p>
          <p>{t('settings.privacy.deleted.confirm.copies')}</p>
          <p class="warning-text">{t('privacy.delete.confirm.final')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
