// Phase 1: the objective and the ground rules to read aloud, and who has not given consent.
import type { Participant, Session } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';

const RULES: readonly MessageKey[] = ['brief.rule.1', 'brief.rule.2', 'brief.rule.3', 'brief.rule.4'];

export function PhaseBrief({ session, participants }: { session: Session; participants: readonly Participant[] }) {
  const { t } = useI18n();
  const missing = participants.filter((p) => !p.consent);
  return (
    <section class="brief" aria-label={t('brief.objective')}>
      <h2>{t('brief.objective')}</h2>
      <p class="brief-objective">{session.objective || t('brief.noObjective')}</p>
      <h2>{t('brief.rules')}</h2>
      <ul class="rules">
        {RULES.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h2>{t('brief.consent')}</h2>
      {missing.length === 0 && participants.length > 0 ? (
        <p class="success-text">{t('brief.consentAllOk')}</p>
      ) : (
        <ul class="consent-list">
          {participants.map((p) => (
            <li key={p.id} class={p.consent ? 'ok' : 'missing'}>
              <span aria-hidden="true">{p.consent ? '✓ ' : '✗ '}</span>
              {p.consent ? t('brief.consentOk', { name: p.pseudonym }) : t('brief.consentMissing', { name: p.pseudonym })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
