// The secrétaire's pane: the timeline above, the capture box below, the speaker following the floor.
import { useRef, useState } from 'preact/hooks';
import type { Participant, PhaseIndex, SessionId, Speaker, Verbatim, VerbatimId, VerbatimSpeaker } from '../../domain/types';
import { byCapture, defaultSpeaker, isFiltering, NO_FILTER, type VerbatimFilter } from '../../domain/verbatims';
import { useI18n } from '../../i18n';
import { CaptureBox } from './CaptureBox';
import { NotesFilters } from './NotesFilters';
import { Timeline } from './Timeline';
import { useNotesData } from './useNotesData';
import './notes.css';

/** Verbatims shown (and read) at a time; older ones come on request. */
const PAGE = 60;

interface Props {
  sessionId: SessionId;
  phase: PhaseIndex;
  participants: readonly Participant[];
  everyone: readonly Participant[];
  /** Who has the floor on this tablet (null on a secrétaire's own tablet). */
  floor: Speaker | null;
  /** A verbatim to open at and mark (a search result); every verbatim is read then, as for a filter, so an old one is there. */
  target?: VerbatimId | undefined;
}

export function NotesPane({ sessionId, phase, participants, everyone, floor, target }: Props) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<VerbatimFilter>(NO_FILTER);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // One window for both the stored page and the filtered list: a tap on « précédents » always shows more.
  const [limit, setLimit] = useState(PAGE);
  const data = useNotesData(sessionId, isFiltering(filter) || target ? null : limit, PAGE);
  const [manual, setManual] = useState<{ speaker: VerbatimSpeaker; floor: Speaker | null } | null>(null);
  // What Enter is storing, shown at once, then as stored once committed, instead of after reading the page back
  // (the wait of a transaction and a read with thousands stored). Each is kept only until the next read arrives:
  // that read holds it, or saw it deleted since. A failed write takes its line away (its text is back in the field).
  // A pending line (its write not committed yet) stays whatever reads arrive: a read begun before its commit
  // does not hold it, and dropping it there would make the line blink out and back while typing fast.
  const [fresh, setFresh] = useState<{ verbatim: Verbatim; over: unknown; pending: boolean }[]>([]);
  const read = data.status === 'ready' ? data.value : null;
  // The page read on screen when the write commits (the Enter's own render may be older by then).
  const latest = useRef<unknown>(null);
  latest.current = read?.verbatims;
  const added = fresh.filter((f) => f.pending || f.over === read?.verbatims).map((f) => f.verbatim);
  const verbatims = read && added.length > 0 ? [...read.verbatims.filter((v) => !added.some((a) => a.id === v.id)), ...added].sort(byCapture) : read?.verbatims;
  const speaker = defaultSpeaker(floor, manual);
  return (
    <section class="notes-pane" aria-label={t('notes.title')}>
      <button type="button" class="btn btn-tertiary btn-small filters-toggle" aria-expanded={filtersOpen} aria-controls="notes-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
        <span aria-hidden="true">⌕ </span>
        {t('notes.filtersToggle')}
      </button>
      {(filtersOpen || isFiltering(filter)) && <NotesFilters filter={filter} onChange={setFilter} everyone={everyone} />}
      {read && verbatims && (
        <Timeline
          verbatims={verbatims}
          carded={read.carded}
          everyone={everyone}
          filter={filter}
          limit={limit}
          page={PAGE}
          older={read.older}
          onMore={() => setLimit(limit + PAGE)}
          target={target}
        />
      )}
      <CaptureBox
        sessionId={sessionId}
        phase={phase}
        participants={participants}
        speaker={speaker}
        onSpeaker={(s) => setManual({ speaker: s, floor })}
        onPending={(verbatim) => setFresh((list) => [...list.filter((f) => f.pending || f.over === latest.current), { verbatim, over: latest.current, pending: true }])}
        onStored={(verbatim) =>
          setFresh((list) => [...list.filter((f) => (f.pending || f.over === latest.current) && f.verbatim.id !== verbatim.id), { verbatim, over: latest.current, pending: false }])
        }
        onFailed={(id) => setFresh((list) => list.filter((f) => f.verbatim.id !== id))}
      />
    </section>
  );
}
