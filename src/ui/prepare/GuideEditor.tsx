// The guide d'animation: each phase's title, planned minutes and open questions, with the total.
import { addPrompt, removePrompt, renamePhase, setPlannedMinutes, setPromptText } from '../../actions/guide';
import { draftKey } from '../../db/drafts';
import { plannedTotal } from '../../domain/guide';
import { clampMinutes, LIMITS } from '../../domain/limits';
import type { Phase, Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { TextField } from '../common/TextField';
import { GuideTimeline } from './GuideTimeline';

export function GuideEditor({ session, phases }: { session: Session; phases: Phase[] }) {
  const { t, intl } = useI18n();
  const total = plannedTotal(phases);
  const diff = total - session.plannedMinutes;
  return (
    <div class="guide">
      <p class="hint">{t('guide.intro')}</p>
      <p class={`guide-total ${diff === 0 ? '' : 'warning-text'}`} role="status">
        {t('guide.total', { planned: formatMinutes(total, intl), session: formatMinutes(session.plannedMinutes, intl) })}{' '}
        {diff > 0 && t('guide.over', { diff: formatMinutes(diff, intl) })}
        {diff < 0 && t('guide.under', { diff: formatMinutes(-diff, intl) })}
      </p>
      <GuideTimeline phases={phases} />
      <ol class="phase-list">
        {phases.map((phase) => (
          <li key={phase.id} class="phase-card">
            <h2 class="phase-heading">
              <span class="phase-number" aria-hidden="true">
                {phase.index}
              </span>
              <span>
                {t('guide.phase', { n: phase.index })} — {phase.title}
              </span>
            </h2>
            <div class="phase-fields">
              <TextField
                id={`phase-${phase.index}-title`}
                label={t('guide.phaseTitle', { n: phase.index })}
                stored={phase.title}
                max={LIMITS.short}
                draftKey={draftKey(session.id, `phase.${phase.id}.title`)}
                save={(v) => renamePhase(phase.id, v)}
              />
              <TextField
                id={`phase-${phase.index}-minutes`}
                type="number"
                min={0}
                maxValue={LIMITS.phaseMinutes}
                class="minutes"
                label={t('guide.minutes')}
                stored={String(phase.plannedMinutes)}
                max={3}
                draftKey={null}
                save={(v) => setPlannedMinutes(phase.id, clampMinutes(v))}
              />
            </div>
            <fieldset class="prompts">
              <legend>{t('guide.prompts')}</legend>
              <ol>
                {phase.prompts.map((prompt, i) => (
                  <li key={prompt.id} class="prompt-row">
                    <TextField
                      id={`prompt-${prompt.id}`}
                      label={t('guide.prompt', { n: i + 1 })}
                      multiline
                      rows={2}
                      stored={prompt.text}
                      max={LIMITS.long}
                      draftKey={draftKey(session.id, `prompt.${prompt.id}`)}
                      save={(v) => setPromptText(phase.id, prompt.id, v)}
                    />
                    <button
                      type="button"
                      class="btn btn-tertiary btn-danger-text"
                      aria-label={t('guide.removePrompt', { n: i + 1 })}
                      onClick={() => void removePrompt(phase.id, prompt.id)}
                    >
                      {t('common.remove')}
                    </button>
                  </li>
                ))}
              </ol>
              <button type="button" class="btn btn-secondary" onClick={() => void addPrompt(phase.id)} disabled={phase.prompts.length >= LIMITS.promptsPerPhase}>
                <span aria-hidden="true">+</span> {t('guide.addPrompt')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}
