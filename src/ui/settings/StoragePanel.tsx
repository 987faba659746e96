// Paramètres › Stockage: installed or not, persistent or not, space used, the last copy of each séance, and what to do.
import { useEffect, useState } from 'preact/hooks';
import { copyDates, onCopyDates } from '../../actions/copies';
import { useSessions } from '../../db/queries';
import { storageAdvice, type StorageAdvice } from '../../domain/durability';
import { sortSessions } from '../../domain/session';
import { useI18n, type MessageKey } from '../../i18n';
import { formatBytes } from '../../i18n/format';
import { promptInstall } from '../../platform/environment';
import { storageState, type StorageState } from '../../platform/storage';
import { SafariSteps } from '../common/SafariSteps';
import { useStore } from '../common/useStore';
import { useWhere } from '../common/useWhere';
import { CopyLine } from '../sessions/CopyStatus';

const ADVICE: Record<Exclude<StorageAdvice, 'homeScreen'>, MessageKey> = {
  safariTab: 'settings.storage.advice.safariTab',
  notPersistent: 'settings.storage.advice.notPersistent',
  unknown: 'settings.storage.advice.unknown',
  safe: 'settings.storage.advice.safe',
};

export function StoragePanel() {
  const { t, intl } = useI18n();
  const [storage, setStorage] = useState<StorageState | null>(null);
  const where = useWhere();
  const copies = useStore(copyDates, onCopyDates);
  const sessions = useSessions();
  useEffect(() => {
    void storageState().then(setStorage);
  }, []);
  if (!storage) return <section class="settings-block" aria-labelledby="storage-title" aria-busy="true" />;
  const advice = storageAdvice({ ...where, persisted: storage.persisted });
  const list = sessions.status === 'ready' ? sortSessions(sessions.value) : [];
  return (
    <section class="settings-block storage-panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <p data-testid="storage-installed">{where.installed ? t('settings.storage.installed') : t('settings.storage.notInstalled')}</p>
      <p data-testid="storage-persistence" class={storage.persisted === false ? 'warning-text' : ''}>
        {storage.persisted === true ? t('settings.storage.persistent') : storage.persisted === false ? t('settings.storage.notPersistent') : t('settings.storage.unknown')}
      </p>
      <p data-testid="storage-usage">
        {storage.usage !== null && storage.quota !== null
          ? t('settings.storage.usage', { used: formatBytes(storage.usage, intl), quota: formatBytes(storage.quota, intl) })
          : t('settings.storage.usageUnknown')}
      </p>
      <div class="storage-advice" data-testid="storage-advice">
        <p class={advice === 'safe' ? '' : 'warning-text'}>{advice === 'homeScreen' ? t('install.homeScreen') : t(ADVICE[advice])}</p>
        {advice === 'homeScreen' && <SafariSteps />}
        {advice !== 'homeScreen' && where.canPrompt && !where.installed && (
          <button type="button" class="btn btn-primary" onClick={() => void promptInstall()}>
            {t('install.prompt.button')}
          </button>
        )}
      </div>
      <h3 id="copies-title">{t('settings.storage.copies')}</h3>
      {list.length === 0 ? (
        <p>{t('settings.storage.copies.empty')}</p>
      ) : (
        <ul class="storage-copies" aria-labelledby="copies-title">
          {list.map((s) => (
            <li key={s.id}>
              <strong>{s.title || t('home.untitled')}</strong>
              {copies && <CopyLine at={copies[s.id] ?? null} class="copy-line" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
