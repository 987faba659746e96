// Which document a reader gets: the team's full report (named or anonymised) or the participants' restitution.
import type { Translate } from '../i18n/core';
import type { ReportInput } from '../domain/recordSet';
import { buildReport } from './build';
import type { ReportDocument } from './document';
import type { ReportModel } from './model';
import type { ReportFileKind } from '../format/fileName';
import { anonymiseSeance, namesByDemarche, type Neighbours } from '../format/anonymise';
import { live } from '../domain/records';
import type { Synthesis } from '../domain/types';
import { briefSection } from './brief';
import { changesOutline } from './changes';
import type { DocSection } from './document';
import { reportOutline, restitutionOutline } from './outline';
import { everyoneWords, tidyEveryone } from './restitutionWording';

/**
 * `equipe`: the rapport de synthèse for the service; `participants`: the one-page restitution;
 * `changes`: « Ce qui a changé », the page told back to the participants weeks later (no names either).
 */
export type ReportAudience = 'equipe' | 'participants' | 'changes';

/** The documents handed to the participants: never a name, not even a P-number. */
export const forParticipants = (audience: ReportAudience): boolean => audience !== 'equipe';

export interface ReportView {
  audience: ReportAudience;
  /** Asked for the team's report; the restitution is always anonymised. */
  anonymised: boolean;
}

export const isAnonymised = (view: ReportView): boolean => forParticipants(view.audience) || view.anonymised;

/** Anonymised, a role's name typed inside a text (a fiche's responsable…) becomes the role, as in the anonymised export. */
const roleLabelsOf = (t: Translate) => ({ animateur: t('field.animateur'), secretaire: t('field.secretaire'), superviseur: t('field.superviseur') });

/**
 * The names of the séance's démarche outside it → their words: a participant of a sibling séance (an usager an agent
 * quotes) becomes « un participant », a role name its role, the pilote « Pilote ». The séance's own people keep
 * theirs: the anonymisation puts them first in the same single pass (format/anonymise.ts).
 */
function knownIn(input: ReportInput, neighbours: Neighbours | undefined, t: Translate): ReadonlyMap<string, string> | undefined {
  const demarcheId = input.session.demarcheId;
  if (!neighbours || demarcheId === '') return undefined;
  return namesByDemarche(neighbours, { ...roleLabelsOf(t), pilote: t('field.pilote'), participant: everyoneWords(t).one }).get(demarcheId);
}

/** `neighbours`: the people of the séance's sibling séances (db/reportReads.ts siblingsOf), whose names go when anonymised. */
export function modelFor(input: ReportInput, view: ReportView, now: number, t: Translate, neighbours?: Neighbours): ReportModel {
  const roleLabels = roleLabelsOf(t);
  const known = isAnonymised(view) ? knownIn(input, neighbours, t) : undefined;
  // P-numbers follow the seats: the people in the circle could tell who is who, so the restitution says « un participant ».
  if (!forParticipants(view.audience)) return buildReport(input, { anonymised: isAnonymised(view), now, roleLabels, known });
  const words = everyoneWords(t);
  return buildReport(input, { anonymised: true, now, roleLabels, everyoneAs: words.one, tidy: (text) => tidyEveryone(text, words), known });
}

export function documentFor(model: ReportModel, view: ReportView, t: Translate, intl: string): ReportDocument {
  if (view.audience === 'changes') return changesOutline(model, { t, intl });
  return view.audience === 'participants' ? restitutionOutline(model, t, intl) : reportOutline(model, t, intl);
}

/** The word in the document's file name. */
export function documentKind(audience: ReportAudience): ReportFileKind {
  return audience === 'equipe' ? 'rapport' : audience === 'participants' ? 'restitution' : 'ce-qui-a-change';
}

/**
 * The En bref page with the secrétaire's texts as stored now, for the editing screen, which reads them apart
 * from the séance (a keystroke must not rebuild the report). Anonymised, only those texts go through the
 * anonymisation, with the séance's participants: the rest of the model already has.
 */
export function briefWithTexts(input: ReportInput, model: ReportModel, texts: readonly Synthesis[], view: ReportView, t: Translate, intl: string, neighbours?: Neighbours): DocSection {
  let kept: readonly Synthesis[] = texts;
  if (isAnonymised(view)) {
    const only = Object.fromEntries(Object.entries(input).map(([kind, v]) => [kind, kind === 'session' || kind === 'participants' ? v : []])) as unknown as ReportInput;
    kept = anonymiseSeance({ ...only, syntheses: [...texts] }, roleLabelsOf(t), undefined, undefined, knownIn(input, neighbours, t)).syntheses;
  }
  const syntheses = { ...model.syntheses, ...Object.fromEntries(live(kept).map((s) => [s.section, s.text])) };
  return briefSection({ ...model, syntheses }, { t, intl });
}
