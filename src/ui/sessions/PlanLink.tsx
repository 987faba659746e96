// Accueil's way to the plan d'actions, with the number of late actions on it when there are any.
import { useMemo } from 'preact/hooks';
import { useLatenessInput } from '../../db/plan';
import { useI18n } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { lateCount } from '../../report/planLate';
import { LateIcon } from '../common/LateIcon';
import { routeHref } from '../common/routes';

export function PlanLink({ today }: { today: string }) {
  const { t, intl } = useI18n();
  const input = useLatenessInput();
  const late = useMemo(() => (input.status === 'ready' ? lateCount(input.value, today) : 0), [input, today]);
  return (
    <a class="btn btn-secondary btn-large plan-link" href={routeHref({ name: 'plan', print: false })}>
      {t('home.plan')}
      {late > 0 && (
        <span class="plan-link-late">
          <LateIcon size={16} />
          {t('home.plan.late', { n: formatCount(late, intl) })}
        </span>
      )}
    </a>
  );
}
