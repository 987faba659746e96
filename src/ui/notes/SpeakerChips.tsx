// Who is speaking: one chip per participant plus Animateur, Groupe, Inconnu; one tap to change.
import type { Participant, VerbatimSpeaker } from '../../domain/types';
import { useI18n } from '../../i18n';

interface Props {
  participants: readonly Participant[];
  value: VerbatimSpeaker;
  onChange: (speaker: VerbatimSpeaker) => void;
}

export function SpeakerChips({ participants, value, onChange }: Props) {
  const { t } = useI18n();
  const options: { id: VerbatimSpeaker; label: string }[] = [
    ...participants.map((p) => ({ id: p.id, label: p.pseudonym })),
    { id: 'animateur', label: t('notes.speaker.animateur') },
    { id: 'groupe', label: t('notes.speaker.groupe') },
    { id: 'inconnu', label: t('notes.speaker.inconnu') },
  ];
  return (
    <div class="chips-field" role="radiogroup" aria-labelledby="speaker-legend">
      <span id="speaker-legend" class="chips-legend">
        {t('notes.speaker')}
      </span>
      <div class="chip-row">
        {options.map((o) => (
          <label key={o.id} class={`pick ${value === o.id ? 'is-on' : ''}`}>
            <input type="radio" name="verbatim-speaker" value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
