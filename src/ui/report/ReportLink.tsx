// The way to the rapport de synthèse from the room, a séance card and the séance's files (a plain link: no report code).
import type { SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { routeHref } from '../common/routes';

interface Props {
  id: SessionId;
  class?: string;
  /** The accessible name where several séances' links sit side by side. */
  label?: string;
}

export function ReportLink({ id, class: cls = 'btn btn-primary', label }: Props) {
  const { t } = useI18n();
  return (
    <a class={cls} href={routeHref({ name: 'report', id, audience: 'equipe', anonymised: false, print: false })} aria-label={label}>
      {t('reportScreen.open')}
    </a>
  );
}
