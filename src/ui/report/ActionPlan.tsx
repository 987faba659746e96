// The plan d'actions on the report screen: fiches drafted from the validated pistes, blank ones, each an editable form.
import { useEffect, useState } from 'preact/hooks';
import { createActionSheet, createActionSheetsFromTracks } from '../../actions/actionSheets';
import { live } from '../../domain/records';
import type { ActionSheet, SessionId, Track, Vote } from '../../domain/types';
import { byPriority } from '../../domain/votes';
import { countKey, useI18n } from '../../i18n';
import { showToast } from '../common/toasts';
import { ActionSheetForm } from './ActionSheetForm';

interface Props {
  sessionId: SessionId;
  /** Every fiche and piste of the séance as stored, tombstones included. */
  actions: readonly ActionSheet[];
  tracks: readonly Track[];
  votes: readonly Vote[];
}

/**
 * Creation order, not number order: a fiche must not jump away while its number is being typed.
 * Fiches drafted together share their creation time: their pistes' priority keeps them in the order
 * they were numbered.
 */
function inCreationOrder(sheets: ActionSheet[], priority: ReadonlyMap<string, number>): ActionSheet[] {
  const rankOf = (s: ActionSheet) => (s.trackId !== null ? (priority.get(s.trackId) ?? priority.size) : priority.size);
  return sheets.sort((a, b) => a.createdAt - b.createdAt || rankOf(a) - rankOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function ActionPlan({ sessionId, actions, tracks, votes }: Props) {
  const { t } = useI18n();
  const [focusNew, setFocusNew] = useState<string | null>(null);
  const priority = new Map(byPriority(tracks, votes).map((r, i) => [r.track.id as string, i]));
  const sheets = inCreationOrder(live(actions), priority);
  const trackTitles = new Map(live(tracks).map((tr) => [tr.id as string, tr.title]));
  const validated = live(tracks).filter((tr) => tr.validated).length;
  const fromTracks = async () => {
    const n = await createActionSheetsFromTracks(sessionId);
    showToast(t(countKey('reportScreen.actions.created', n), { n }));
  };
  const add = async () => setFocusNew(await createActionSheet(sessionId));
  // The new fiche's libellé takes the focus once the fiche is on screen, so typing can start at once.
  useEffect(() => {
    const field = focusNew && document.getElementById(`action-${focusNew}-title`);
    if (!field) return;
    field.focus();
    setFocusNew(null);
  }, [focusNew, sheets.length]);
  return (
    <div class="action-plan">
      <p class="hint">{t('reportScreen.actions.intro')}</p>
      {validated === 0 && <p class="hint warning-note">{t('reportScreen.actions.noValidated')}</p>}
      <div class="row-actions">
        <button type="button" class="btn btn-primary" disabled={validated === 0} onClick={() => void fromTracks()}>
          {t('reportScreen.actions.fromTracks')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => void add()}>
          {t('reportScreen.actions.add')}
        </button>
      </div>
      {sheets.length === 0 ? (
        <p class="hint">{t('reportScreen.actions.empty')}</p>
      ) : (
        <ol class="action-sheets" aria-label={t('reportScreen.actions.list')}>
          {sheets.map((s) => (
            <ActionSheetForm key={s.id} sheet={s} track={s.trackId ? (trackTitles.get(s.trackId) ?? null) : null} />
          ))}
        </ol>
      )}
    </div>
  );
}
