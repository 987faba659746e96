// The capture field, always ready: Enter stores a verbatim with its phase, speaker, tags and star.
import { useRef, useState } from 'preact/hooks';
import { addVerbatim, pendingVerbatim } from '../../actions/verbatims';
import { draftKey } from '../../db/drafts';
import { LIMITS } from '../../domain/limits';
import type { Participant, PhaseIndex, SessionId, Verbatim, VerbatimId, VerbatimKind, VerbatimSpeaker, VerbatimTag } from '../../domain/types';
import { newId } from '../../platform/ids';
import { VERBATIM_TAGS } from '../../domain/verbatims';
import { useI18n } from '../../i18n';
import { SpeakerChips } from './SpeakerChips';
import { useDraft } from './useDraft';

interface Props {
  sessionId: SessionId;
  phase: PhaseIndex;
  participants: readonly Participant[];
  speaker: VerbatimSpeaker;
  onSpeaker: (speaker: VerbatimSpeaker) => void;
  /** The verbatim as it will be stored, the moment Enter is pressed (shown at once). */
  onPending: (verbatim: Verbatim) => void;
  /** The verbatim as stored, once its transaction has committed; or its id when the write failed (its text is back in the field). */
  onStored: (verbatim: Verbatim) => void;
  onFailed: (id: VerbatimId) => void;
}

export function CaptureBox({ sessionId, phase, participants, speaker, onSpeaker, onPending, onStored, onFailed }: Props) {
  const { t } = useI18n();
  const draft = useDraft(draftKey(sessionId, 'verbatim'), LIMITS.long);
  const [tags, setTags] = useState<VerbatimTag[]>([]);
  const [key, setKey] = useState(false);
  const [kind, setKind] = useState<VerbatimKind>('verbatim');
  const [empty, setEmpty] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  const save = async () => {
    // The field itself is the truth: a fast typist's Enter can come before the last re-render.
    const text = field.current?.value ?? draft.value;
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    const done = draft.take(text);
    const input = { phase, speaker, text, tags, key, kind };
    const id = newId<VerbatimId>();
    // Shown in this very frame: the secrétaire sees the line land as she presses Enter, not a write later.
    const pending = pendingVerbatim(sessionId, id, input, participants);
    if (pending) onPending(pending);
    setTags([]);
    setKey(false);
    setKind('verbatim');
    field.current?.focus();
    const result = await addVerbatim(sessionId, input, id).catch(() => null);
    if (result?.ok) onStored(result.stored);
    else if (pending) onFailed(id);
    done(result?.ok === true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    void save();
  };

  const toggle = (tag: VerbatimTag) => setTags((list) => (list.includes(tag) ? list.filter((x) => x !== tag) : [...list, tag]));

  return (
    <div class="capture">
      <label for="verbatim-field" class="capture-label">
        {t('notes.field')}
      </label>
      <p class="hint" id="verbatim-hint">
        {t('notes.fieldHint')}
      </p>
      <div class="capture-row">
        <textarea
          id="verbatim-field"
          ref={field}
          dir="auto"
          rows={2}
          value={draft.value}
          aria-describedby={`verbatim-hint${draft.truncated || empty ? ' verbatim-msg' : ''}`}
          onInput={(e) => {
            setEmpty(false);
            draft.onInput(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" class="btn btn-primary" onClick={() => void save()}>
          {t('notes.save')}
        </button>
      </div>
      {(draft.truncated || empty) && (
        <p class="error-text" id="verbatim-msg" role="alert">
          {draft.truncated ? t('common.tooLong', { max: LIMITS.long.toLocaleString('fr-FR') }) : t('notes.empty')}
        </p>
      )}
      <SpeakerChips participants={participants} value={speaker} onChange={onSpeaker} />
      <div class="chips-field" role="group" aria-labelledby="tags-legend">
        <span id="tags-legend" class="chips-legend">
          {t('notes.tags')}
        </span>
        <div class="chip-row">
          {VERBATIM_TAGS.map((tag) => (
            <button key={tag} type="button" class={`pick tag-${tag} ${tags.includes(tag) ? 'is-on' : ''}`} aria-pressed={tags.includes(tag)} onClick={() => toggle(tag)}>
              {t(`notes.tag.${tag}`)}
            </button>
          ))}
          <button type="button" class={`pick star ${key ? 'is-on' : ''}`} aria-pressed={key} onClick={() => setKey(!key)}>
            <span aria-hidden="true">{key ? '★' : '☆'}</span> {t('notes.key')}
          </button>
          <button
            type="button"
            class={`pick ${kind === 'note' ? 'is-on' : ''}`}
            aria-pressed={kind === 'note'}
            onClick={() => setKind(kind === 'note' ? 'verbatim' : 'note')}
          >
            {t('notes.kind.noteToggle')}
          </button>
        </div>
      </div>
    </div>
  );
}
