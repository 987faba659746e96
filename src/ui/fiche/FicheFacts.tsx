// The fiche as written in the report, read here: engagements, responsable, démarrage, fin prévue; and whether the action is late.
import type { Lateness } from '../../domain/plan';
import type { ActionSheet } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { dayText } from './words';

export function FicheFacts({ action, late }: { action: ActionSheet; late: Lateness }) {
  const { t, intl } = useI18n();
  const or = (text: string) => text.trim() || t('fiche.facts.empty');
  const engagements = [...action.engagements.map((e) => t(`engagement.short.${e}`)), ...(action.theme.trim() ? [action.theme.trim()] : [])];
  const why = [...(late.endPassed ? [t('fiche.late.end')] : []), ...(late.missed.length > 0 ? [t(countKey('fiche.late.missed', late.missed.length), { n: late.missed.length })] : [])];
  return (
    <section class="fiche-facts-panel" aria-label={t('fiche.facts')}>
      <dl class="fiche-facts">
        <dt>{t('action.field.engagements')}</dt>
        <dd>{engagements.length > 0 ? engagements.join(' · ') : t('fiche.facts.engagements.none')}</dd>
        <dt>{t('action.field.owner')}</dt>
        <dd dir="auto">{or(action.owner)}</dd>
        <dt>{t('action.field.start')}</dt>
        <dd>{action.start ? dayText(action.start, intl) : t('fiche.facts.empty')}</dd>
        <dt>{t('action.field.plannedEnd')}</dt>
        <dd>
          {action.plannedEnd ? dayText(action.plannedEnd, intl) : t('fiche.facts.empty')}
          {late.endPassed && <span class="late-pill">{t('fiche.late')}</span>}
        </dd>
      </dl>
      {late.late && (
        <p class="banner banner-error fiche-late" role="status">
          {t('fiche.late.sentence', { why: why.join(t('fiche.late.and')) })}
        </p>
      )}
    </section>
  );
}
