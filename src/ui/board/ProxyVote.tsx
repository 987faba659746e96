// Voting by proxy: pick a participant, tap the pistes they choose; their allowance of dots is enforced.
import { useState } from 'preact/hooks';
import { addProxyVote, removeProxyVote } from '../../actions/votes';
import { countedVotes, dotsUsedBy } from '../../domain/votes';
import type { ParticipantId, Track } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import type { BoardData } from './useBoardData';
import { problemText } from './voteProblem';

export function ProxyVote({ data }: { data: BoardData }) {
  const { t } = useI18n();
  const [voter, setVoter] = useState<ParticipantId | null>(null);
  const [refusal, setRefusal] = useState('');
  const sid = data.session.id;
  const dots = data.session.dotsPerParticipant;
  const votes = countedVotes(data.votes, data.tracks);
  const person = data.participants.find((p) => p.id === voter);
  if (data.participants.length === 0) return <p class="hint">{t('votes.refused.noParticipants')}</p>;

  const mine = (track: Track) => votes.filter((v) => v.trackId === track.id && v.voter === voter && v.method === 'proxy').length;
  const add = async (track: Track) => {
    if (!person) return;
    const problem = await addProxyVote(sid, track.id, person.id);
    setRefusal(problem ? problemText(t, problem, person.pseudonym) : '');
  };
  const remove = (track: Track) => {
    setRefusal('');
    if (person) void removeProxyVote(sid, track.id, person.id);
  };
  const left = person ? Math.max(0, dots - dotsUsedBy(votes, person.id)) : 0;

  return (
    <div class="proxy-vote">
      <fieldset class="voter-list">
        <legend>{t('votes.proxy.who')}</legend>
        {data.participants.map((p) => {
          const remaining = Math.max(0, dots - dotsUsedBy(votes, p.id));
          return (
            <label key={p.id} class={`choice voter ${voter === p.id ? 'is-checked' : ''} ${remaining === 0 ? 'is-done' : ''}`}>
              <input type="radio" name="voter" checked={voter === p.id} onChange={() => (setVoter(p.id), setRefusal(''))} />
              <span dir="auto">{p.pseudonym}</span>
              <span class="voter-left">{t(countKey('votes.left', remaining), { n: remaining })}</span>
            </label>
          );
        })}
      </fieldset>
      <p class={person ? 'voter-status' : 'hint'} role="status">
        {person ? t(countKey('votes.proxy.status', left), { name: person.pseudonym, n: left }) : t('votes.proxy.pick')}
      </p>
      <p class="error-text vote-refusal" role="alert">
        {refusal}
      </p>
      <ul class="vote-tracks">
        {data.tracks.map((track) => {
          const n = mine(track);
          const name = track.title.trim() || t('board.tracks.noTitle');
          return (
            <li key={track.id} class="vote-track">
              <span class="vote-track-title" dir="auto">
                {name}
              </span>
              <span class="vote-dots" aria-hidden="true">
                {'●'.repeat(Math.min(n, 10))}
              </span>
              <button type="button" class="btn btn-primary vote-plus" disabled={!person} onClick={() => void add(track)} aria-label={person ? t('votes.proxy.add', { name: person.pseudonym, track: name }) : undefined}>
                {t('votes.proxy.addShort')}
              </button>
              <button type="button" class="btn btn-secondary vote-minus" disabled={!person || n === 0} onClick={() => remove(track)} aria-label={person ? t('votes.proxy.remove', { name: person.pseudonym, track: name, n }) : undefined}>
                −1
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
