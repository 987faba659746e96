// How the follow-up screen says its values, days and problems in the reader's language.
import type { Refusal } from '../../actions/plan';
import type { InputProblem } from '../../domain/planInput';
import type { Params, Translate } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { formatDecimal } from '../../i18n/formatPlan';

/** The French message of a refused field, or null when the field is fine. */
export const problemText = (t: Translate, problem: InputProblem | undefined, params?: Params): string | null => (problem ? t(`fiche.problem.${problem}`, params) : null);

export const refusalText = (t: Translate, refused: Refusal): string => t(`fiche.refused.${refused}`);

/** « 12,5 min »: the unit after a no-break space, so the two never part at a line's end. */
export const valueText = (value: number, unit: string, intl: string): string => (unit ? `${formatDecimal(value, intl)}\u00a0${unit}` : formatDecimal(value, intl));

/** A day in words; an older fiche's free text (« fin juin ») is shown as it was typed. */
export const dayText = (day: string, intl: string): string => formatShortDay(day, intl) || day;
