// A refused vote said in French with what to do about it: shared by the proxy and the raised-hands panels.
import type { VoteProblem } from '../../domain/votes';
import type { Translate } from '../../i18n';

export function problemText(t: Translate, problem: VoteProblem, name = ''): string {
  switch (problem.kind) {
    case 'allowance':
      return t('votes.refused.allowance', { name, dots: problem.dots });
    case 'budget':
      return t('votes.refused.budget', { budget: problem.budget });
    case 'hands':
      return t('votes.refused.hands', { max: problem.max });
    case 'noParticipants':
      return t('votes.refused.noParticipants');
  }
}
