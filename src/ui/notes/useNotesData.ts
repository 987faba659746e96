// What the notes pane reads, live: the latest verbatims (all of them while filtering) and which became post-its.
import { useLive } from '../../db/live';
import { latestVerbatims, recordsOf } from '../../db/queries';
import type { SessionId, Verbatim, VerbatimId } from '../../domain/types';
import { byCapture } from '../../domain/verbatims';

export interface NotesData {
  verbatims: Verbatim[];
  /** How many older verbatims the next tap would add: at most `ahead`, 0 when there are none. */
  older: number;
  /** Verbatims that already have their post-it. */
  carded: Set<VerbatimId>;
}

async function load(id: SessionId, limit: number | null, ahead: number): Promise<NotesData> {
  const [page, cards] = await Promise.all([
    limit === null ? recordsOf('verbatims', id).then((all) => ({ verbatims: all.sort(byCapture), more: false })) : latestVerbatims(id, limit + ahead),
    recordsOf('cards', id),
  ]);
  // One page past the window is read too, so the button can say how many a tap adds (« les 15 précédents »).
  const shown = limit === null ? page.verbatims : page.verbatims.slice(-limit);
  const beyond = page.verbatims.length - shown.length;
  return {
    verbatims: shown,
    older: beyond > 0 ? beyond : page.more ? ahead : 0,
    carded: new Set(cards.map((c) => c.sourceVerbatimId).filter((v): v is VerbatimId => v !== null)),
  };
}

/**
 * `limit` null reads every verbatim (a filter or a search needs them all); otherwise only the latest
 * `limit` and one page (`ahead`) beyond, so that an Enter with thousands stored re-reads two pages, not the séance.
 */
export function useNotesData(id: SessionId, limit: number | null, ahead: number) {
  return useLive(() => load(id, limit, ahead), [id, limit, ahead]);
}
