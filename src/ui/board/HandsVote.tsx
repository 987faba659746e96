// Voting by raised hands: the animateur counts the hands for each piste; each hand becomes one vote record.
import { useEffect, useRef, useState } from 'preact/hooks';
import { setHands } from '../../actions/votes';
import { countedVotes } from '../../domain/votes';
import type { Track } from '../../domain/types';
import { useI18n } from '../../i18n';
import type { BoardData } from './useBoardData';
import { problemText } from './voteProblem';

function HandsRow({ track, stored, onCount }: { track: Track; stored: number; onCount: (track: Track, n: number) => Promise<boolean> }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(String(stored));
  // Follow the stored count when it changes, but not on mount: effects run a frame late, and a count
  // typed in that frame (right after choosing « À main levée ») would be wiped before it is saved.
  const shown = useRef(stored);
  useEffect(() => {
    if (shown.current === stored) return;
    shown.current = stored;
    setDraft(String(stored));
  }, [stored]);
  const name = track.title.trim() || t('board.tracks.noTitle');
  const id = `hands-${track.id}`;
  // A refused count goes back to what is stored, so the field never shows a number that was not kept.
  const commit = async (n: number) => {
    if (!(await onCount(track, n))) setDraft(String(stored));
  };
  return (
    <li class="vote-track">
      <label class="vote-track-title" for={id} dir="auto">
        {name}
      </label>
      <div class="stepper-input" role="group" aria-label={t('votes.hands.for', { track: name })}>
        <button type="button" class="btn-icon" disabled={stored === 0} aria-label={t('votes.hands.less', { track: name })} onClick={() => void commit(stored - 1)}>
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          class="hands-input"
          value={draft}
          aria-label={t('votes.hands.for', { track: name })}
          onInput={(e) => setDraft(e.currentTarget.value)}
          // Committed when the person leaves the field or presses Enter: not `onChange`, which preact/compat
          // (loaded with the board) turns into `onInput` app-wide, and which would then vote at every digit.
          onBlur={(e) => String(stored) !== e.currentTarget.value && void commit(Number(e.currentTarget.value))}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <button type="button" class="btn-icon" aria-label={t('votes.hands.more', { track: name })} onClick={() => void commit(stored + 1)}>
          +
        </button>
      </div>
    </li>
  );
}

export function HandsVote({ data }: { data: BoardData }) {
  const { t } = useI18n();
  const [refusal, setRefusal] = useState('');
  const votes = countedVotes(data.votes, data.tracks);
  const hands = (track: Track) => votes.filter((v) => v.trackId === track.id && v.method === 'mains').length;
  const count = async (track: Track, n: number) => {
    const problem = await setHands(data.session.id, track.id, n);
    setRefusal(problem ? problemText(t, problem) : '');
    return problem === null;
  };
  return (
    <div class="hands-vote">
      <p class="hint">{t('votes.hands.hint')}</p>
      <p class="error-text vote-refusal" role="alert">
        {refusal}
      </p>
      <ul class="vote-tracks">
        {data.tracks.map((track) => (
          <HandsRow key={track.id} track={track} stored={hands(track)} onCount={count} />
        ))}
      </ul>
    </div>
  );
}
