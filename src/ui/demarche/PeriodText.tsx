// A démarche's period in words: « du 1er janvier au 30 juin 2027 », one end only, or « Période à fixer ».
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';

export function PeriodText({ start, end }: { start: string; end: string }) {
  const { t, intl } = useI18n();
  if (start && end) return <>{t('demarche.period.both', { start: formatShortDay(start, intl), end: formatShortDay(end, intl) })}</>;
  if (start) return <>{t('demarche.period.from', { start: formatShortDay(start, intl) })}</>;
  if (end) return <>{t('demarche.period.until', { end: formatShortDay(end, intl) })}</>;
  return <>{t('demarche.period.none')}</>;
}
