// Which document a reader gets: the team's full report (named or anonymised) or the participants' restitution.
import type { Translate } from '../i18n/core';
import type { ReportInput } from '../domain/recordSet';
import { buildReport } from './build';
import type { ReportDocument } from './document';
import type { ReportModel } from './model';
import { reportOutline, restitutionOutline } from './outline';
import { everyoneWords, tidyEveryone } from './restitutionWording';

/** `equipe`: the rapport de synthèse for the service; `participants`: the one-page restitution. */
export type ReportAudience = 'equipe' | 'participants';

export interface ReportView {
  audience: ReportAudience;
  /** Asked for the team's report; the restitution is always anonymised. */
  anonymised: boolean;
}

export const isAnonymised = (view: ReportView): boolean => view.audience === 'participants' || view.anonymised;

/** Anonymised, a role's name typed inside a text (a fiche's responsable…) becomes the role, as in the anonymised export. */
export function modelFor(input: ReportInput, view: ReportView, now: number, t: Translate): ReportModel {
  const roleLabels = { animateur: t('field.animateur'), secretaire: t('field.secretaire'), superviseur: t('field.superviseur') };
  // P-numbers follow the seats: the people in the circle could tell who is who, so the restitution says « un participant ».
  if (view.audience !== 'participants') return buildReport(input, { anonymised: isAnonymised(view), now, roleLabels });
  const words = everyoneWords(t);
  return buildReport(input, { anonymised: true, now, roleLabels, everyoneAs: words.one, tidy: (text) => tidyEveryone(text, words) });
}

export function documentFor(model: ReportModel, view: ReportView, t: Translate, intl: string): ReportDocument {
  return view.audience === 'participants' ? restitutionOutline(model, t, intl) : reportOutline(model, t, intl);
}
