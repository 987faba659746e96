// The secrétaire's text for one section of the report: autosaved per keystroke, a draft kept until it is stored.
import { useMemo } from 'preact/hooks';
import { saveSynthesis } from '../../actions/report';
import { draftKey } from '../../db/drafts';
import { useParticipants } from '../../db/queries';
import { LIMITS } from '../../domain/limits';
import type { ReportSection, SessionId } from '../../domain/types';
import { makeNameFinder } from '../../format/wordReplace';
import { countKey, useI18n, type MessageKey } from '../../i18n';
import { RESTITUTION_SECTIONS } from '../../report/outline';
import { useAutosave } from '../common/useAutosave';

/** The participants' names typed in a text the restitution carries: they will read « un participant » there. */
function useNamesTyped(sessionId: SessionId, section: ReportSection, text: string): string[] {
  const people = useParticipants(sessionId);
  const list = people.status === 'ready' ? people.value : [];
  const find = useMemo(() => makeNameFinder(list.map((p) => p.pseudonym)), [list]);
  return RESTITUTION_SECTIONS.includes(section) ? find(text) : [];
}

interface Props {
  sessionId: SessionId;
  section: ReportSection;
  heading: string;
  stored: string;
  /** Says what happens to names in this version, or that the text is shared with the other document. */
  notes: readonly string[];
}

export function SynthesisField({ sessionId, section, heading, stored, notes }: Props) {
  const { t, intl } = useI18n();
  const field = useAutosave({
    draftKey: draftKey(sessionId, `synthesis.${section}`),
    stored,
    max: LIMITS.long,
    save: (text) => saveSynthesis(sessionId, section, text),
  });
  const id = `synthesis-${section}`;
  const noteId = `${id}-notes`;
  const msgId = `${id}-msg`;
  const namesId = `${id}-names`;
  const nearLimit = field.value.length > LIMITS.long * 0.9;
  const names = useNamesTyped(sessionId, section, field.value);
  const quoted = new Intl.ListFormat(intl, { type: 'conjunction' }).format(names.map((name) => t('reportScreen.synthesis.quotedName', { name })));
  const describedBy = [notes.length > 0 ? noteId : null, names.length > 0 ? namesId : null, field.truncated || nearLimit ? msgId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field synthesis-field">
      <label for={id}>
        {t('reportScreen.synthesis.label')} <span class="visually-hidden">{t('reportScreen.synthesis.for', { section: heading })}</span>
      </label>
      <textarea
        id={id}
        value={field.value}
        onInput={(e) => field.onInput(e.currentTarget.value)}
        placeholder={t(`reportScreen.placeholder.${section}` as MessageKey)}
        rows={6}
        dir="auto"
        aria-describedby={describedBy}
        aria-invalid={field.truncated || undefined}
      />
      {notes.length > 0 && (
        <p class="hint" id={noteId}>
          {notes.join(' ')}
        </p>
      )}
      {/* Said while typing, not only at print time: the secrétaire can still rephrase the sentence. */}
      <div role="status">
        {names.length > 0 && (
          <p class="hint warning-note" id={namesId}>
            {t(countKey('reportScreen.synthesis.nameWarning', names.length), { names: quoted })}
          </p>
        )}
      </div>
      {(field.truncated || nearLimit) && (
        <p class={field.truncated ? 'error-text' : 'hint'} id={msgId} role={field.truncated ? 'alert' : undefined}>
          {field.truncated ? t('common.tooLong', { max: LIMITS.long }) : t('common.chars', { n: field.value.length, max: LIMITS.long })}
        </p>
      )}
    </div>
  );
}
