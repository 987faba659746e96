// The secrétaire's pane: the timeline above, the capture box below, the speaker following the floor.
import { useState } from 'preact/hooks';
import type { Participant, PhaseIndex, SessionId, Speaker, VerbatimSpeaker } from '../../domain/types';
import { defaultSpeaker, isFiltering, NO_FILTER, type VerbatimFilter } from '../../domain/verbatims';
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
}

export function NotesPane({ sessionId, phase, participants, everyone, floor }: Props) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<VerbatimFilter>(NO_FILTER);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // One window for both the stored page and the filtered list: a tap on « précédents » always shows more.
  const [limit, setLimit] = useState(PAGE);
  const data = useNotesData(sessionId, isFiltering(filter) ? null : limit, PAGE);
  const [manual, setManual] = useState<{ speaker: VerbatimSpeaker; floor: Speaker | null } | null>(null);
  const speaker = defaultSpeaker(floor, manual);
  return (
    <section class="notes-pane" aria-label={t('notes.title')}>
      <button type="button" class="btn btn-tertiary btn-small filters-toggle" aria-expanded={filtersOpen} aria-controls="notes-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
        <span aria-hidden="true">⌕ </span>
        {t('notes.filtersToggle')}
      </button>
      {(filtersOpen || isFiltering(filter)) && <NotesFilters filter={filter} onChange={setFilter} everyone={everyone} />}
      {data.status === 'ready' && (
        <Timeline
          verbatims={data.value.verbatims}
          carded={data.value.carded}
          everyone={everyone}
          filter={filter}
          limit={limit}
          page={PAGE}
          older={data.value.older}
          onMore={() => setLimit(limit + PAGE)}
        />
      )}
      <CaptureBox sessionId={sessionId} phase={phase} participants={participants} speaker={speaker} onSpeaker={(s) => setManual({ speaker: s, floor })} />
    </section>
  );
}
