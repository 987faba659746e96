// Paramètres: language, this tablet's role, export/import, personal data (RGPD), storage, version and updates.
import './settings.css';
import { useEffect, useState } from 'preact/hooks';
import { setLocale, setRole } from '../../actions/prefs';
import { DEFAULT_LOCALE, DEFAULT_ROLE } from '../../db/prefs';
import type { DeviceRole, Locale } from '../../domain/device';
import { useSessionRunning } from '../../db/queries';
import { loadLocale, useI18n } from '../../i18n';
import { formatBytes } from '../../i18n/format';
import { storageState, type StorageState } from '../../platform/storage';
import { applyUpdate, onUpdateState, updateState } from '../../pwa/updates';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { navigate } from '../common/routes';
import { ExportButton } from '../transfer/ExportButton';
import { FilePicker } from '../transfer/FilePicker';
import { offerFile } from '../transfer/incoming';
import { useStore } from '../common/useStore';
import { PrivacySettings } from './PrivacySettings';

interface Props {
  role: DeviceRole;
  onLocale: (locale: Locale) => void;
  onRole: (role: DeviceRole) => void;
}

export function SettingsScreen({ role, onLocale, onRole }: Props) {
  const { t, locale, intl } = useI18n();
  const [storage, setStorage] = useState<StorageState | null>(null);
  const update = useStore(updateState, onUpdateState);
  const running = useSessionRunning();
  useEffect(() => {
    void storageState().then(setStorage);
  }, []);

  const chooseLocale = (value: string) => {
    const next = value === 'en' ? 'en' : 'fr';
    void setLocale(next);
    void loadLocale(next).then(() => onLocale(next));
  };
  const chooseRole = (value: string) => {
    const next = value === 'secretaire' ? 'secretaire' : 'animateur';
    void setRole(next);
    onRole(next);
  };
  const sessionRunning = running.status === 'ready' && running.value;

  return (
    <main id="main" class="page settings">
      <h1>{t('settings.title')}</h1>
      <ChoiceGroup
        legend={t('settings.language')}
        type="radio"
        name="locale"
        options={(['fr', 'en'] as const).map((l) => ({ value: l, label: t(`settings.language.${l}`), checked: locale === l }))}
        onChange={chooseLocale}
      />
      <ChoiceGroup
        legend={t('settings.role')}
        type="radio"
        name="role"
        options={(['animateur', 'secretaire'] as const).map((r) => ({ value: r, label: t(`settings.role.${r}`), checked: role === r }))}
        onChange={chooseRole}
      />
      <section class="settings-block" aria-labelledby="transfer-title">
        <h2 id="transfer-title">{t('transfer.export.all.title')}</h2>
        <p id="transfer-body">{t('transfer.export.all.body')}</p>
        <div class="head-actions">
          <ExportButton request={{ sessionId: 'all', role }} label={t('transfer.export.all')} primary describedBy="transfer-body" />
          <FilePicker
            label={t('transfer.import.open')}
            class="btn btn-secondary btn-large"
            onFile={(file) => {
              offerFile(file);
              navigate({ name: 'import' });
            }}
          />
        </div>
      </section>
      <PrivacySettings
        onPrefsErased={() => {
          onLocale(DEFAULT_LOCALE);
          onRole(DEFAULT_ROLE);
        }}
      />
      <section class="settings-block" aria-labelledby="storage-title">
        <h2 id="storage-title">{t('settings.storage')}</h2>
        {storage && (
          <>
            <p data-testid="storage-persistence" class={storage.persisted === false ? 'warning-text' : ''}>
              {storage.persisted === true ? t('settings.storage.persistent') : storage.persisted === false ? t('settings.storage.notPersistent') : t('settings.storage.unknown')}
            </p>
            <p data-testid="storage-usage">
              {storage.usage !== null && storage.quota !== null
                ? t('settings.storage.usage', { used: formatBytes(storage.usage, intl), quota: formatBytes(storage.quota, intl) })
                : t('settings.storage.usageUnknown')}
            </p>
          </>
        )}
      </section>
      <section class="settings-block" aria-labelledby="version-title">
        <h2 id="version-title">{t('settings.version')}</h2>
        <p>{t('settings.version.current', { version: __APP_VERSION__ })}</p>
        <p data-testid="offline-state">
          {!update.supported ? t('settings.update.unsupported') : update.offlineReady ? t('settings.update.offline') : t('settings.update.notOffline')}
        </p>
        <p data-testid="update-state">
          {update.waiting ? (sessionRunning ? t('settings.update.waitingSession') : t('settings.update.ready')) : t('settings.update.none')}
        </p>
        {update.waiting && !sessionRunning && (
          <button type="button" class="btn btn-primary" onClick={applyUpdate} disabled={update.applying}>
            {t('update.apply')}
          </button>
        )}
      </section>
    </main>
  );
}
