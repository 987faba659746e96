// On a séance's card, from a week before the date de retour aux participants until « Ce qui a changé » was made for it.
import { changesTold, onChangesTold } from '../../actions/returnDate';
import { returnDue } from '../../domain/returnDate';
import type { Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { routeHref } from '../common/routes';
import { useStore } from '../common/useStore';

export function ReturnReminder({ session, today, title }: { session: Session; today: string; title: string }) {
  const { t, intl } = useI18n();
  const told = useStore(changesTold, onChangesTold);
  // Until this tablet's record is read, say nothing: a reminder that blinks away is worse than one a moment late.
  if (told === null || !returnDue(session, today, told[session.id])) return null;
  return (
    <div class="return-due">
      <p class="warning-text">{t('home.returnDue', { date: formatShortDay(session.returnDate, intl) })}</p>
      <a class="btn btn-secondary" href={routeHref({ name: 'changes', id: session.id, print: false })} aria-label={t('home.returnDue.label', { title })}>
        {t('home.returnDue.open')}
      </a>
    </div>
  );
}
