// "Déplacer vers…": the way to move post-its without dragging (RGAA), to the unsorted area, a group or a new one.
import { useState } from 'preact/hooks';
import { moveCards, newGroup } from '../../actions/board';
import type { Card, CardId, Group, GroupId, SessionId } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { Dialog } from './Dialog';

interface Props {
  sessionId: SessionId;
  ids: readonly CardId[];
  cards: readonly Card[];
  groups: readonly Group[];
  defaultTitle: string;
  onDone: (moved: boolean, newGroupId?: GroupId | null) => void;
}

const NEW = '__new__';
const UNSORTED = '__unsorted__';

export function MoveDialog({ sessionId, ids, cards, groups, defaultTitle, onDone }: Props) {
  const { t } = useI18n();
  const areas = new Set(cards.filter((c) => ids.includes(c.id)).map((c) => c.groupId ?? UNSORTED));
  const here = areas.size === 1 ? [...areas][0] : null;
  // Offer the likeliest destination: post-its from a group go back to the unsorted area, others to the first group.
  const [to, setTo] = useState<string>(here !== null && here !== UNSORTED ? UNSORTED : (groups[0]?.id ?? NEW));
  const [where, setWhere] = useState<'end' | 'start'>('end');
  const [title, setTitle] = useState(defaultTitle);
  const count = (groupId: GroupId | null) => cards.filter((c) => c.groupId === groupId).length;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (to === NEW) {
      const made = await newGroup(sessionId, title.trim() || defaultTitle, ids);
      onDone(true, made);
      return;
    }
    const groupId = to === UNSORTED ? null : (to as GroupId);
    const step = await moveCards(sessionId, ids, { groupId, index: where === 'start' ? 0 : Number.MAX_SAFE_INTEGER });
    onDone(step !== null);
  };

  const option = (value: string, label: string, n: number | null) => (
    <label key={value} class={`move-option ${to === value ? 'is-checked' : ''}`}>
      <input type="radio" name="move-to" value={value} checked={to === value} onChange={() => setTo(value)} />
      <span dir="auto">{label}</span>
      {n !== null && <span class="count-badge">{t(countKey('board.cards.count', n), { n })}</span>}
      {here === value && <span class="hint">{t('board.move.current')}</span>}
    </label>
  );

  return (
    <Dialog id="move" title={t(countKey('board.move.title', ids.length), { n: ids.length })} onClose={() => onDone(false)}>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset class="move-options">
          <legend>{t('board.move.to')}</legend>
          {option(UNSORTED, t('board.unsorted'), count(null))}
          {groups.map((g) => option(g.id, g.title.trim() || t('board.group.noName'), count(g.id)))}
          {option(NEW, t('board.group.new'), null)}
        </fieldset>
        {to === NEW ? (
          <div class="field">
            <label for="move-new-title">{t('board.move.newTitle')}</label>
            <input id="move-new-title" type="text" dir="auto" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} autoComplete="off" />
          </div>
        ) : (
          <fieldset class="move-where">
            <legend>{t('board.move.where')}</legend>
            {(['end', 'start'] as const).map((w) => (
              <label key={w} class="choice">
                <input type="radio" name="move-where" value={w} checked={where === w} onChange={() => setWhere(w)} />
                <span>{t(w === 'end' ? 'board.move.end' : 'board.move.start')}</span>
              </label>
            ))}
          </fieldset>
        )}
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="btn btn-primary">
            {t('board.move.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
