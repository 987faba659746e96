// Route "votes": dot voting on the pistes from one tablet (by proxy or by raised hands), results, priorities.
import { useState } from 'preact/hooks';
import { setDotsPerParticipant } from '../../actions/votes';
import { budgetOf, countedVotes, DOTS } from '../../domain/votes';
import type { SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { routeHref } from '../common/routes';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { BoardFrame } from './BoardFrame';
import { HandsVote } from './HandsVote';
import { Priorities } from './Priorities';
import { ProxyVote } from './ProxyVote';
import type { BoardData } from './useBoardData';

export function VotesScreen({ id }: { id: SessionId }) {
  return <BoardFrame id={id} tab="votes">{(data) => <VotesView data={data} />}</BoardFrame>;
}

export function VotesView({ data }: { data: BoardData }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'proxy' | 'mains'>('proxy');
  const sid = data.session.id;
  const dots = data.session.dotsPerParticipant;
  const placed = countedVotes(data.votes, data.tracks).length;
  const budget = budgetOf({ participants: data.participants.length, dots });

  if (data.tracks.length === 0) {
    return (
      <section class="area votes-empty">
        <p>{t('votes.noTracks')}</p>
        <a class="btn btn-primary" href={routeHref({ name: 'board', id: sid, tab: 'pistes' })}>
          {t('votes.toTracks')}
        </a>
      </section>
    );
  }
  return (
    <div class="votes-layout">
      <section class="area vote-panel" aria-labelledby="vote-title">
        <h2 id="vote-title" class="area-title">
          {t('votes.cast')}
        </h2>
        <div class="dots-setting">
          <span id="dots-label" class="dots-label">
            {t('votes.dotsPerParticipant')}
          </span>
          <div class="stepper-input" role="group" aria-labelledby="dots-label">
            <button type="button" class="btn-icon" disabled={dots <= DOTS.min} aria-label={t('votes.dots.less')} onClick={() => void setDotsPerParticipant(sid, dots - 1)}>
              −
            </button>
            <output class="stepper-value" aria-live="polite">
              {dots}
            </output>
            <button type="button" class="btn-icon" disabled={dots >= DOTS.max} aria-label={t('votes.dots.more')} onClick={() => void setDotsPerParticipant(sid, dots + 1)}>
              +
            </button>
          </div>
          <p class="dots-placed">{t('votes.placed', { placed, budget })}</p>
        </div>
        <ChoiceGroup
          legend={t('votes.mode')}
          type="radio"
          name="vote-mode"
          options={[
            { value: 'proxy', label: t('votes.mode.proxy'), checked: mode === 'proxy' },
            { value: 'mains', label: t('votes.mode.mains'), checked: mode === 'mains' },
          ]}
          onChange={(v) => setMode(v === 'mains' ? 'mains' : 'proxy')}
        />
        {mode === 'proxy' ? <ProxyVote data={data} /> : <HandsVote data={data} />}
      </section>
      <Priorities data={data} />
    </div>
  );
}
