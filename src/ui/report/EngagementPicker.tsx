// The Services Publics + engagements a fiche action serves: nine boxes, then the wording of each one ticked.
import { toggleActionEngagement } from '../../actions/actionSheets';
import { ENGAGEMENTS } from '../../domain/engagements';
import type { ActionSheet, Engagement } from '../../domain/types';
import { useI18n } from '../../i18n';
import { ChoiceGroup } from '../common/ChoiceGroup';

export function EngagementPicker({ sheet }: { sheet: Pick<ActionSheet, 'id' | 'engagements'> }) {
  const { t } = useI18n();
  const titleId = `action-${sheet.id}-engagements-wording`;
  return (
    <div class="engagements is-row">
      <ChoiceGroup
        legend={t('action.engagements.legend')}
        type="checkbox"
        name={`engagements-${sheet.id}`}
        class="engagement-choices"
        options={ENGAGEMENTS.map((e) => ({ value: e, label: t(`engagement.short.${e}`), checked: sheet.engagements.includes(e) }))}
        onChange={(value, on) => void toggleActionEngagement(sheet.id, value as Engagement, on)}
      />
      <div class="engagement-wording">
        <p class="engagement-wording-title" id={titleId}>
          {t('action.engagements.chosen')}
        </p>
        {sheet.engagements.length === 0 ? (
          <p class="hint">{t('action.engagements.none')}</p>
        ) : (
          <ul aria-labelledby={titleId}>
            {sheet.engagements.map((e) => (
              <li key={e}>{`«\u00a0${t(`engagement.wording.${e}`)}\u00a0»`}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
