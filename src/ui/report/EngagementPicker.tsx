// The Services Publics + engagements a fiche action (or a démarche) serves: nine boxes, then the wording of each one ticked.
import { toggleActionEngagement } from '../../actions/actionSheets';
import { ENGAGEMENTS } from '../../domain/engagements';
import type { ActionSheet, Engagement } from '../../domain/types';
import { useI18n } from '../../i18n';
import { ChoiceGroup } from '../common/ChoiceGroup';

interface Props {
  sheet: Pick<ActionSheet, 'id' | 'engagements'> | { id: string; engagements: readonly Engagement[] };
  /** The question above the boxes; a fiche action's by default. */
  legend?: string;
  /** Where a tick goes; a fiche action's use case by default. */
  onToggle?: (engagement: Engagement, on: boolean) => unknown;
  /** What is said while nothing is ticked; the fiche action's (which points to its other field) by default. */
  none?: string;
}

export function EngagementPicker({ sheet, legend, onToggle, none }: Props) {
  const { t } = useI18n();
  const titleId = `action-${sheet.id}-engagements-wording`;
  return (
    <div class="engagements is-row">
      <ChoiceGroup
        legend={legend ?? t('action.engagements.legend')}
        type="checkbox"
        name={`engagements-${sheet.id}`}
        class="engagement-choices"
        options={ENGAGEMENTS.map((e) => ({ value: e, label: t(`engagement.short.${e}`), checked: sheet.engagements.includes(e) }))}
        onChange={(value, on) => void (onToggle ? onToggle(value as Engagement, on) : toggleActionEngagement(sheet.id as ActionSheet['id'], value as Engagement, on))}
      />
      <div class="engagement-wording">
        <p class="engagement-wording-title" id={titleId}>
          {t('action.engagements.chosen')}
        </p>
        {sheet.engagements.length === 0 ? (
          <p class="hint">{none ?? t('action.engagements.none')}</p>
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
