// The frame shared by the board, pistes and vote screens: séance title, the three tabs, the way back to the room.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { rememberSession } from '../../actions/prefs';
import { countedVotes } from '../../domain/votes';
import type { SessionId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';
import { useWakeLock } from '../../pwa/wakeLock';
import { routeHref, type BoardTab } from '../common/routes';
import { Loading, SessionMissing } from '../common/SessionMissing';
import { useBoardData, type BoardData } from './useBoardData';
import '../common/tabs.css';
import './board.css';
import './tracks.css';

const TABS: readonly { tab: BoardTab; label: MessageKey; title: MessageKey }[] = [
  { tab: 'postits', label: 'board.tab.postits', title: 'board.title' },
  { tab: 'pistes', label: 'board.tab.pistes', title: 'board.tracks.title' },
  { tab: 'votes', label: 'board.tab.votes', title: 'votes.title' },
];

interface Props {
  id: SessionId;
  tab: BoardTab;
  children: (data: BoardData) => ComponentChildren;
}

export function BoardFrame({ id, tab, children }: Props) {
  const { t } = useI18n();
  const data = useBoardData(id);
  // The séance is running: the tablet must not fall asleep while the group sorts post-its.
  useWakeLock(data.status === 'ready' && data.value?.session.status === 'en_cours');
  useEffect(() => {
    void rememberSession(id);
  }, [id]);

  if (data.status !== 'ready') return <Loading />;
  if (!data.value) return <SessionMissing />;
  const d = data.value;
  const counts: Record<BoardTab, number> = { postits: d.cards.length, pistes: d.tracks.length, votes: countedVotes(d.votes, d.tracks).length };
  const current = TABS.find((x) => x.tab === tab)!;
  return (
    <main id="main" class={`board-page board-page-${tab}`}>
      <div class="board-head">
        <div class="board-heading">
          <p class="eyebrow">{d.session.title}</p>
          <h1>{t(current.title)}</h1>
        </div>
        <nav class="tab-links board-tabs" aria-label={t('board.tabs')}>
          {TABS.map((x) => (
            <a key={x.tab} class="tab-link board-tab" href={routeHref({ name: 'board', id, tab: x.tab })} aria-current={x.tab === tab ? 'page' : undefined}>
              {t(x.label)} <span class="tab-count">{counts[x.tab]}</span>
            </a>
          ))}
        </nav>
        <a class="btn btn-secondary back-to-room" href={routeHref({ name: 'room', id })}>
          <span aria-hidden="true">←</span> {t('board.backToRoom')}
        </a>
      </div>
      {children(d)}
    </main>
  );
}
