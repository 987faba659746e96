// Paramètres: language, this tablet's role, export/import, personal data (RGPD), storage, version and updates.
import './settings.css';
import { setLocale, setRole } from '../../actions/prefs';
import { DEFAULT_LOCALE, DEFAULT_ROLE } from '../../db/prefs';
import type { DeviceRole, Locale } from '../../domain/device';
import { useSessionRunning } from '../../db/queries';
import { loadLocale, useI18n } from '../../i18n';
import { applyUpdate, onUpdateState, updateState } from '../../pwa/updates';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { navigate } from '../common/routes';
import { ExportButton } from '../transfer/ExportButton';
import { FilePicker } from '../transfer/FilePicker';
import { offerFiles } from '../transfer/incoming';
import { useStore } from '../common/useStore';
import { PrivacySettings } from './PrivacySettings';
import { StoragePanel } from './StoragePanel';

interface Props {
  role: DeviceRole;
  onLocale: (locale: Locale) => void;
  onRole: (role: DeviceRole) => void;
}

export function SettingsScreen({ role, onLocale, onRole }: Props) {
  const { t, locale } = useI18n();
  const update = useStore(updateState, onUpdateState);
  const running = useSessionRunning();

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
            onFiles={(files) => {
              offerFiles(files);
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
      <StoragePanel />
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
