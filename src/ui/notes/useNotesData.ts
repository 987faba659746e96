// What the notes pane reads, live: the latest verbatims (all of them while filtering) and which became post-its.
import { useMemo } from 'preact/hooks';
import { useLive, type Live } from '../../db/live';
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

async function load(id: SessionId, limit: number | null, ahead: number): Promise<Omit<NotesData, 'carded'>> {
  const page = await (limit === null ? recordsOf('verbatims', id).then((all) => ({ verbatims: all.sort(byCapture), more: false })) : latestVerbatims(id, limit + ahead));
  // One page past the window is read too, so the button can say how many a tap adds (« les 15 précédents »).
  const shown = limit === null ? page.verbatims : page.verbatims.slice(-limit);
  const beyond = page.verbatims.length - shown.length;
  return {
    verbatims: shown,
    older: beyond > 0 ? beyond : page.more ? ahead : 0,
  };
}

async function carded(id: SessionId): Promise<Set<VerbatimId>> {
  return new Set((await recordsOf('cards', id)).map((c) => c.sourceVerbatimId).filter((v): v is VerbatimId => v !== null));
}

/**
 * `limit` null reads every verbatim (a filter or a search needs them all); otherwise only the latest
 * `limit` and one page (`ahead`) beyond, so that an Enter with thousands stored re-reads two pages, not the séance.
 */
export function useNotesData(id: SessionId, limit: number | null, ahead: number): Live<NotesData> {
  // Two live queries: an Enter re-reads the page of verbatims, not the séance's post-its as well.
  const page = useLive(() => load(id, limit, ahead), [id, limit, ahead]);
  const cards = useLive(() => carded(id), [id]);
  const value = page.status === 'ready' && cards.status === 'ready' ? page.value : null;
  const cardSet = cards.status === 'ready' ? cards.value : null;
  // One object per pair of reads: the pane tells a new read from the same one by identity.
  const both = useMemo(() => (value && cardSet ? { ...value, carded: cardSet } : null), [value, cardSet]);
  if (page.status !== 'ready') return page;
  if (cards.status !== 'ready') return cards;
  return { status: 'ready', value: both! };
}
