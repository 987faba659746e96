// Route "pistes": pistes d'amélioration drawn from the groups — create, edit, reorder, delete with undo.
import type { SessionId } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { BoardFrame } from './BoardFrame';
import { TrackForm } from './TrackForm';
import { TrackItem } from './TrackItem';
import type { BoardData } from './useBoardData';

export function TracksScreen({ id }: { id: SessionId }) {
  return <BoardFrame id={id} tab="pistes">{(data) => <TracksView data={data} />}</BoardFrame>;
}

export function TracksView({ data }: { data: BoardData }) {
  const { t } = useI18n();
  return (
    <div class="tracks-layout">
      <TrackForm sessionId={data.session.id} groups={data.groups} cards={data.cards} />
      <section class="tracks" aria-labelledby="tracks-list-title">
        <h2 id="tracks-list-title" class="area-title">
          {t('board.tracks.list')} <span class="count-badge">{t(countKey('board.tracks.count', data.tracks.length), { n: data.tracks.length })}</span>
        </h2>
        {data.tracks.length === 0 ? (
          <p class="hint">{t('board.tracks.empty')}</p>
        ) : (
          <ol class="track-list">
            {data.tracks.map((track, i) => (
              <TrackItem key={track.id} track={track} index={i} count={data.tracks.length} data={data} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
