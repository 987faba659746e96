// Route "tableau": the post-it board of phase 4 (its own lazy chunk, with @dnd-kit and preact/compat).
import type { SessionId } from '../../domain/types';
import { BoardFrame } from './BoardFrame';
import { BoardView } from './BoardView';

export function BoardScreen({ id }: { id: SessionId }) {
  return (
    <BoardFrame id={id} tab="postits">
      {(data) => <BoardView data={data} />}
    </BoardFrame>
  );
}
