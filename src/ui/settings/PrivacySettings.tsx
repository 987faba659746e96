// Paramètres › Données personnelles (RGPD): erase what "Supprimer" left behind, or everything on this tablet.
import { useI18n } from '../../i18n';
import { DeletedSessionsPurge } from './DeletedSessionsPurge';
import { EraseAllData } from './EraseAllData';
import './privacySettings.css';

interface Props {
  /** The preferences are gone from storage: the app goes back to the default language and role. */
  onPrefsErased: () => void;
}

export function PrivacySettings({ onPrefsErased }: Props) {
  const { t } = useI18n();
  return (
    <section class="settings-block privacy-settings" aria-labelledby="settings-privacy-title">
      <h2 id="settings-privacy-title">{t('settings.privacy.title')}</h2>
      <p>{t('settings.privacy.intro')}</p>
      <DeletedSessionsPurge />
      <EraseAllData onPrefsErased={onPrefsErased} />
    </section>
  );
}
