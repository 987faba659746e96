// What the notes pane reads, live: the latest verbatims (all of them while filtering) and which became post-its.
import { useLive } from '../../db/live';
import { latestVerbatims, recordsOf } from '../../db/queries';
import type { SessionId, Verbatim, VerbatimId } from '../../domain/types';
import { byCapture } from '../../domain/verbatims';

export interface NotesData {
  verbatims: Verbatim[];
  /** Whether older verbatims exist beyond those read. */
  more: boolean;
  /** Verbatims that already have their post-it. */
  carded: Set<VerbatimId>;
}

async function load(id: SessionId, limit: number | null): Promise<NotesData> {
  const [page, cards] = await Promise.all([
    limit === null ? recordsOf('verbatims', id).then((all) => ({ verbatims: all.sort(byCapture), more: false })) : latestVerbatims(id, limit),
    recordsOf('cards', id),
  ]);
  return {
    verbatims: page.verbatims,
    more: page.more,
    carded: new Set(cards.map((c) => c.sourceVerbatimId).filter((v): v is VerbatimId => v !== null)),
  };
}

/**
 * `limit` null reads every verbatim (a filter or a search needs them all); otherwise only the latest,
 * so that an Enter with thousands of verbatims stored re-reads a page, not the whole séance.
 */
export function useNotesData(id: SessionId, limit: number | null) {
  return useLive(() => load(id, limit), [id, limit]);
}
