// The phase's open questions, each with a large "posée" toggle so the animateur sees what is left.
import { markPromptAsked } from '../../actions/room';
import type { Phase, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';

/** `next`: only the first question not asked yet (beside the notes, where the room is short of height). */
export function PromptList({ sessionId, phase, next = false }: { sessionId: SessionId; phase: Phase; next?: boolean }) {
  const { t } = useI18n();
  if (phase.prompts.length === 0) return <p class="hint">{t('room.noPrompts')}</p>;
  const prompts = next ? phase.prompts.filter((p) => p.askedAt === null).slice(0, 1) : phase.prompts;
  if (prompts.length === 0) return <p class="success-text">{t('room.allAsked')}</p>;
  return (
    <section class={`prompt-list ${next ? 'is-next' : ''}`} aria-labelledby="prompts-title">
      <h2 id="prompts-title" class={next ? 'visually-hidden' : ''}>
        {t(next ? 'room.nextPrompt' : 'room.prompts')}
      </h2>
      <ul>
        {prompts.map((p) => (
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
