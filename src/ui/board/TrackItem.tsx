// One piste in the list: title and description autosaved, its groups (deleted ones still named), dots, order.
import { deleteTrack, moveTrack, restoreTrack, setTrackDescription, setTrackGroups, setTrackTitle } from '../../actions/tracks';
import { LIMITS } from '../../domain/limits';
import { countedVotes } from '../../domain/votes';
import type { Track } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { TextField } from '../common/TextField';
import { showToast } from '../common/toasts';
import type { BoardData } from './useBoardData';

interface Props {
  track: Track;
  index: number;
  count: number;
  data: BoardData;
}

export function TrackItem({ track, index, count, data }: Props) {
  const { t } = useI18n();
  const sid = data.session.id;
  const dots = countedVotes(data.votes, data.tracks).filter((v) => v.trackId === track.id).length;
  const name = track.title.trim() || t('board.tracks.noTitle');
  const linked = new Set(track.groupIds);
  const groupName = (id: string) => {
    const g = data.allGroups.find((x) => x.id === id);
    const title = g?.title.trim() || t('board.group.noName');
    return !g || g.deleted ? t('board.tracks.groupDeleted', { name: title }) : title;
  };
  const toggleGroup = (id: string, on: boolean) =>
    void setTrackGroups(track.id, (on ? [...track.groupIds, id] : track.groupIds.filter((x) => x !== id)) as Track['groupIds']);
  const remove = async () => {
    await deleteTrack(track.id);
    showToast(t('board.tracks.deleted', { name }), () => void restoreTrack(track.id));
  };
  const fieldId = `track-${track.id}`;

  return (
    <li class="track-item area" aria-labelledby={`${fieldId}-heading`}>
      <div class="track-top">
        <h3 id={`${fieldId}-heading`} class="track-heading">
          <span class="track-number">{index + 1}</span>
          <span dir="auto">{name}</span>
        </h3>
        <span class="count-badge">{t(countKey('votes.dots', dots), { n: dots })}</span>
        {track.validated && <span class="validated-badge">✓ {t('votes.validated')}</span>}
      </div>
      <div class="track-fields">
        <TextField id={`${fieldId}-title`} label={t('board.tracks.field.title')} draftKey={`${sid}:track:${track.id}:title`} stored={track.title} max={LIMITS.short} save={(v) => setTrackTitle(track.id, v)} />
        <TextField
          id={`${fieldId}-description`}
          label={t('board.tracks.field.description')}
          multiline
          rows={2}
          draftKey={`${sid}:track:${track.id}:description`}
          stored={track.description}
          max={LIMITS.trackDescription}
          save={(v) => setTrackDescription(track.id, v)}
        />
      </div>
      <details class="track-groups-edit">
        <summary>
          <span>
            {t('board.tracks.groups')} {track.groupIds.length === 0 ? t('board.tracks.groups.none') : track.groupIds.map(groupName).join(' · ')}
          </span>
          <span class="summary-action" aria-hidden="true">
            {t('board.tracks.groups.change')}
          </span>
        </summary>
        <fieldset class="track-groups">
          <legend class="visually-hidden">{t('board.tracks.groups.edit', { name })}</legend>
          {data.groups.map((g) => (
            <label key={g.id} class={`choice ${linked.has(g.id) ? 'is-checked' : ''}`}>
              <input type="checkbox" checked={linked.has(g.id)} onChange={(e) => toggleGroup(g.id, e.currentTarget.checked)} />
              <span dir="auto">{g.title.trim() || t('board.group.noName')}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <div class="row-actions">
        <button type="button" class="btn btn-secondary" disabled={index === 0} onClick={() => void moveTrack(sid, track.id, -1)} aria-label={t('board.tracks.up', { name })}>
          <span aria-hidden="true">↑</span> {t('common.moveUp')}
        </button>
        <button type="button" class="btn btn-secondary" disabled={index === count - 1} onClick={() => void moveTrack(sid, track.id, 1)} aria-label={t('board.tracks.down', { name })}>
          <span aria-hidden="true">↓</span> {t('common.moveDown')}
        </button>
        <button type="button" class="btn btn-tertiary btn-danger-text" onClick={() => void remove()} aria-label={t('board.tracks.delete', { name })}>
          {t('board.tracks.deleteShort')}
        </button>
      </div>
    </li>
  );
}
