// One fiche moved on both tablets: the two last steps side by side and the choice of which status is current.
import type { ActionSheet, ActionStatus, StatusChange } from '../../domain/types';
import type { StatusChoice, StatusConflict } from '../../format/statusConflicts';
import { statusConflictKey } from '../../format/statusConflicts';
import { useI18n, type MessageKey } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { ChoiceGroup } from '../common/ChoiceGroup';

const STATUS: Record<ActionStatus, MessageKey> = {
  prevue: 'transfer.status.prevue',
  en_cours: 'transfer.status.en_cours',
  terminee: 'transfer.status.terminee',
  abandonnee: 'transfer.status.abandonnee',
};

interface Props {
  conflict: StatusConflict;
  /** The fiche as the file or this tablet has it, to name it; a fiche never seen is named by its step alone. */
  action: ActionSheet | undefined;
  choice: StatusChoice;
  onChoose: (choice: StatusChoice) => void;
}

export function StatusConflictItem({ conflict: c, action, choice, onChoose }: Props) {
  const { t, intl } = useI18n();
  const key = statusConflictKey(c);
  const headingId = `conflict-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const name = action ? t('transfer.status.action', { number: action.number || '—', title: action.title || t('transfer.status.untitled') }) : t('transfer.status.untitled');
  const describe = (s: StatusChange) => t('transfer.status.step', { status: t(STATUS[s.status]), day: formatShortDay(s.on, intl) || s.on });
  const side = (s: StatusChange, label: MessageKey) => (
    <div class="conflict-side">
      <p class="conflict-side-label">{t(label)}</p>
      <p class="conflict-status">{describe(s)}</p>
      {s.reason.trim() !== '' && <blockquote class="conflict-text">{s.reason}</blockquote>}
    </div>
  );
  return (
    <li class="conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <div class="conflict-versions">
        {side(c.incoming, 'transfer.conflict.incoming')}
        {side(c.local, 'transfer.conflict.local')}
      </div>
      <ChoiceGroup
        legend={t('transfer.status.choice')}
        type="radio"
        name={`choice-${key}`}
        options={[
          { value: 'incoming', label: t('transfer.status.keep', { status: t(STATUS[c.incoming.status]), side: t('transfer.status.sideIncoming') }), checked: choice === 'incoming' },
          { value: 'local', label: t('transfer.status.keep', { status: t(STATUS[c.local.status]), side: t('transfer.status.sideLocal') }), checked: choice === 'local' },
        ]}
        onChange={(value) => onChoose(value === 'local' ? 'local' : 'incoming')}
      />
    </li>
  );
}
