// The phase's open questions, each with a large "posée" toggle so the animateur sees what is left.
import { markPromptAsked } from '../../actions/room';
import type { Phase, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';

export function PromptList({ sessionId, phase }: { sessionId: SessionId; phase: Phase }) {
  const { t } = useI18n();
  if (phase.prompts.length === 0) return <p class="hint">{t('room.noPrompts')}</p>;
  return (
    <section class="prompt-list" aria-labelledby="prompts-title">
      <h2 id="prompts-title">{t('room.prompts')}</h2>
      <ul>
        {phase.prompts.map((p) => (
          <li key={p.id} class={p.askedAt !== null ? 'is-asked' : ''}>
            <label class="prompt-toggle">
              <input
                type="checkbox"
                checked={p.askedAt !== null}
                aria-label={t('room.markAsked', { text: p.text })}
                onChange={(e) => void markPromptAsked(sessionId, phase.index, p.id, e.currentTarget.checked)}
              />
              <span class="prompt-text">{p.text}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
