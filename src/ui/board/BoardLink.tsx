// The room's way to the board: in phase 4 to the post-its, in phase 5 to the vote (a plain link, no board code).
import type { PhaseIndex, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { routeHref } from '../common/routes';

export function BoardLink({ sessionId, phase }: { sessionId: SessionId; phase: PhaseIndex }) {
  const { t } = useI18n();
  if (phase !== 4 && phase !== 5) return null;
  const tab = phase === 4 ? 'postits' : 'votes';
  return (
    <a class="btn btn-primary btn-large board-link" href={routeHref({ name: 'board', id: sessionId, tab })}>
      {t(phase === 4 ? 'board.openFromRoom' : 'votes.openFromRoom')}
    </a>
  );
}
