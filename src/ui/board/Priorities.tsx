// Results of the vote (ties shown as such) and the priorities the group validates: order and "validée".
import { orderByVotes, moveTrack, setValidated } from '../../actions/tracks';
import { rank } from '../../domain/votes';
import { countKey, useI18n } from '../../i18n';
import type { BoardData } from './useBoardData';

export function Priorities({ data }: { data: BoardData }) {
  const { t } = useI18n();
  const sid = data.session.id;
  const ranked = rank(data.tracks, data.votes);
  const byTrack = new Map(ranked.map((r) => [r.track.id, r]));
  const top = Math.max(1, ...ranked.map((r) => r.votes));
  const validated = data.tracks.filter((x) => x.validated).length;
  const name = (title: string) => title.trim() || t('board.tracks.noTitle');

  return (
    <div class="priorities-col">
      <section class="area results" aria-labelledby="results-title">
        <h2 id="results-title" class="area-title">
          {t('votes.results')}
        </h2>
        <ol class="results-list">
          {ranked.map((r) => (
            <li key={r.track.id} class="result-row">
              <span class="result-rank">{r.tied ? t('votes.rankTied', { rank: r.rank }) : t('votes.rank', { rank: r.rank })}</span>
              <span class="result-title" dir="auto">
                {name(r.track.title)}
              </span>
              <span class="result-bar" aria-hidden="true">
                <span style={{ width: `${(r.votes / top) * 100}%` }} />
              </span>
              <span class="result-count">{t(countKey('votes.dots', r.votes), { n: r.votes })}</span>
            </li>
          ))}
        </ol>
      </section>
      <section class="area priorities" aria-labelledby="priorities-title">
        <h2 id="priorities-title" class="area-title">
          {t('votes.priorities')} <span class="count-badge">{t(countKey('votes.validatedCount', validated), { n: validated })}</span>
        </h2>
        <p class="hint">{t('votes.priorities.hint')}</p>
        <button type="button" class="btn btn-secondary" onClick={() => void orderByVotes(sid)}>
          {t('votes.orderByVotes')}
        </button>
        <ol class="priority-list">
          {data.tracks.map((track, i) => {
            const r = byTrack.get(track.id);
            const label = name(track.title);
            return (
              <li key={track.id} class={`priority-row ${track.validated ? 'is-validated' : ''}`}>
                <span class="track-number">{i + 1}</span>
                <div class="priority-main">
                  <span class="result-title" dir="auto">
                    {label}
                  </span>
                  <span class="hint">
                    {t(countKey('votes.dots', r?.votes ?? 0), { n: r?.votes ?? 0 })}
                    {r?.tied && (r.votes > 0 || ranked.length > 1) ? ` · ${t('votes.tie')}` : ''}
                  </span>
                </div>
                <label class={`choice ${track.validated ? 'is-checked' : ''}`}>
                  <input
                    type="checkbox"
                    checked={track.validated}
                    aria-label={t('votes.validatedFor', { name: label })}
                    onChange={(e) => void setValidated(track.id, e.currentTarget.checked)}
                  />
                  <span aria-hidden="true">{t('votes.validated')}</span>
                </label>
                <div class="priority-move">
                  <button type="button" class="btn-icon" disabled={i === 0} aria-label={t('board.tracks.up', { name: label })} onClick={() => void moveTrack(sid, track.id, -1)}>
                    ↑
                  </button>
                  <button type="button" class="btn-icon" disabled={i === data.tracks.length - 1} aria-label={t('board.tracks.down', { name: label })} onClick={() => void moveTrack(sid, track.id, 1)}>
                    ↓
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
