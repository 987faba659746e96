// The app frame: language, header, banners, the current screen and the toasts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DeviceRole, Locale, Prefs } from '../db/prefs';
import { I18nContext, makeI18n } from '../i18n';
import { Header } from '../ui/common/Header';
import { SaveBanner } from '../ui/common/SaveBanner';
import { Toasts } from '../ui/common/Toasts';
import { UpdateBanner } from '../ui/common/UpdateBanner';
import { useRoute, type Route } from '../ui/common/routes';
import { lazyScreen } from '../ui/common/lazyScreen';
import { HomeScreen } from '../ui/sessions/HomeScreen';

// Only the home screen is in the first bundle; the others load on first visit (precached offline).
const PrepareScreen = lazyScreen(() => import('../ui/prepare/PrepareScreen').then((m) => m.PrepareScreen));
const RoomScreen = lazyScreen(() => import('../ui/room/RoomScreen').then((m) => m.RoomScreen));
const SettingsScreen = lazyScreen(() => import('../ui/settings/SettingsScreen').then((m) => m.SettingsScreen));

export function App({ prefs }: { prefs: Prefs }) {
  const [locale, setLocale] = useState<Locale>(prefs.locale);
  const [role, setRole] = useState<DeviceRole>(prefs.role);
  const i18n = useMemo(() => makeI18n(locale), [locale]);
  const route = useRoute();

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <I18nContext.Provider value={i18n}>
      <Header route={route} />
      <UpdateBanner />
      <SaveBanner />
      <Screen route={route} role={role} onLocale={setLocale} onRole={setRole} />
      <Toasts />
    </I18nContext.Provider>
  );
}

function Screen({ route, role, onLocale, onRole }: { route: Route; role: DeviceRole; onLocale: (l: Locale) => void; onRole: (r: DeviceRole) => void }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'settings':
      return <SettingsScreen role={role} onLocale={onLocale} onRole={onRole} />;
    case 'prepare':
      return <PrepareScreen key={route.id} id={route.id} tab={route.tab} />;
    case 'room':
      return <RoomScreen key={route.id} id={route.id} />;
  }
}
