// The five phases in order, the current one highlighted; each step is a button to go there.
import { goToPhase } from '../../actions/room';
import { isGuideDefault } from '../../domain/guide';
import type { Phase, PhaseIndex, SessionId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';

interface Props {
  sessionId: SessionId;
  phases: readonly Phase[];
  current: PhaseIndex | null;
  disabled: boolean;
}

export function PhaseStepper({ sessionId, phases, current, disabled }: Props) {
  const { t } = useI18n();
  // The current phase shows its whole title; the others a word a glance can read (« Présent… des… » could not).
  // A title of the guide's own gets its short form; one the animateur wrote stays as written, on two lines.
  const shortTitle = (p: Phase) => (isGuideDefault(p.title, t(`guide.p${p.index}.title` as MessageKey)) ? t(`room.phaseShort.${p.index}` as MessageKey) : p.title);
  return (
    <nav aria-label={t('room.phases')} class="stepper">
      <ol>
        {phases.map((p) => {
          const isCurrent = p.index === current;
          const done = !isCurrent && p.endedAt !== null;
          return (
            <li key={p.id} class={`step ${isCurrent ? 'is-current' : ''} ${done ? 'is-done' : ''}`}>
              <button
                type="button"
                aria-current={isCurrent ? 'step' : undefined}
                aria-label={isCurrent ? `${t('room.phaseStep', { n: p.index, title: p.title })}, ${t('room.phaseStep.current')}` : t('room.goTo', { n: p.index, title: p.title })}
                disabled={disabled && !isCurrent}
                onClick={() => !isCurrent && void goToPhase(sessionId, p.index)}
              >
                <span class="step-number" aria-hidden="true">
                  {done ? '✓' : p.index}
                </span>
                <span class="step-title">{isCurrent ? p.title : shortTitle(p)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
