// One record changed on both tablets: both texts side by side and the choice of what to keep.
import type { Verbatim } from '../../domain/types';
import type { Conflict } from '../../format/merge';
import { COPY_KINDS, conflictKey, type ConflictChoice } from '../../format/settle';
import { useI18n, type MessageKey } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { oneKind } from './messages';

/** Labels of the typed fields that can conflict (TEXT_FIELDS), reusing the préparation's words where they exist. */
const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'transfer.field.title',
  place: 'field.place',
  objective: 'field.objective',
  theme: 'field.theme',
  themeNote: 'field.themeNote',
  animateur: 'field.animateur',
  secretaire: 'field.secretaire',
  superviseur: 'field.superviseur',
  consentWording: 'transfer.field.consentWording',
  pseudonym: 'transfer.field.pseudonym',
  text: 'transfer.field.text',
  description: 'transfer.field.description',
  number: 'transfer.field.number',
  commitment: 'transfer.field.commitment',
  owner: 'transfer.field.owner',
  contributors: 'transfer.field.contributors',
  start: 'transfer.field.start',
  plannedEnd: 'transfer.field.plannedEnd',
  problem: 'transfer.field.problem',
  indicators: 'transfer.field.indicators',
};

interface Props {
  conflict: Conflict;
  choice: ConflictChoice;
  onChoose: (choice: ConflictChoice) => void;
}

const SPEAKER_WORDS: Partial<Record<string, MessageKey>> = {
  animateur: 'transfer.conflict.speaker.animateur',
  groupe: 'transfer.conflict.speaker.groupe',
  inconnu: 'transfer.conflict.speaker.inconnu',
};

/** Who said a verbatim and when, so two versions of one quote can be told from another quote: « Animateur, 10:42 ». */
function whoAndWhen(c: Conflict, t: ReturnType<typeof useI18n>['t'], intl: string): string {
  if (c.kind !== 'verbatims') return '';
  const v = c.local as Verbatim;
  const word = SPEAKER_WORDS[v.speaker];
  const who = word ? t(word) : v.speakerName || t('transfer.conflict.speaker.inconnu');
  return ` (${who}, ${formatTime(v.capturedAt, intl)})`;
}

function bothHint(c: Conflict): MessageKey {
  if (COPY_KINDS.has(c.kind)) return c.kind === 'cards' ? 'transfer.conflict.both.cards' : 'transfer.conflict.both.verbatims';
  return c.deletedWins ? 'transfer.conflict.both.restore' : 'transfer.conflict.both.join';
}

export function ConflictItem({ conflict: c, choice, onChoose }: Props) {
  const { t, intl } = useI18n();
  const key = conflictKey(c);
  const headingId = `conflict-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const fields = c.fields.map((f) => t(FIELD_LABELS[f.field] ?? 'transfer.field.text')).join(', ');
  const side = (which: 'incoming' | 'local', field: string) => {
    const record = c[which] as unknown as Record<string, unknown>;
    if (record.deleted) return <p class="conflict-deleted">{t('transfer.conflict.deleted')}</p>;
    const text = String(record[field] ?? '');
    return text.trim() ? <blockquote class="conflict-text">{text}</blockquote> : <p class="conflict-deleted">{t('transfer.conflict.empty')}</p>;
  };
  return (
    <li class="conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {oneKind(t, c.kind)} — {fields}
        {whoAndWhen(c, t, intl)}
      </h3>
      {c.fields.map((f) => (
        <div class="conflict-versions" key={f.field}>
          {c.fields.length > 1 && <p class="conflict-field">{t(FIELD_LABELS[f.field] ?? 'transfer.field.text')}</p>}
          <div class="conflict-side">
            <p class="conflict-side-label">{t('transfer.conflict.incoming')}</p>
            {side('incoming', f.field)}
          </div>
          <div class="conflict-side">
            <p class="conflict-side-label">{t('transfer.conflict.local')}</p>
            {side('local', f.field)}
          </div>
        </div>
      ))}
      <ChoiceGroup
        legend={t('transfer.conflict.choice')}
        type="radio"
        name={`choice-${key}`}
        options={[
          { value: 'incoming', label: t('transfer.conflict.keepIncoming'), checked: choice === 'incoming' },
          { value: 'local', label: t('transfer.conflict.keepLocal'), checked: choice === 'local' },
          { value: 'both', label: t('transfer.conflict.keepBoth'), checked: choice === 'both' },
        ]}
        onChange={(value) => onChoose(value as ConflictChoice)}
      />
      <p class="hint">{t(bothHint(c))}</p>
    </li>
  );
}
