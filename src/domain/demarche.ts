// Pure rules of a démarche: its fields and what may be typed in them, the séances it gives birth to, the deterministic id of a theme link.
import { derivedId } from './derivedId';
import { toggleEngagement } from './engagements';
import { capText, LIMITS } from './limits';
import { newSessionFields, parseDay } from './session';
import type { Audience, Demarche, DemarcheId, Fields, GroupId, Session, SessionId, ThemeLinkId } from './types';

export function newDemarcheFields(title: string): Fields<Demarche> {
  return { title: capText(title, LIMITS.short).value, thematique: '', engagements: [], periodStart: '', periodEnd: '', pilote: '' };
}

/** The fields of a démarche a person types (the engagements are ticked, see `toggleEngagement`). */
export type DemarcheTextField = 'title' | 'thematique' | 'pilote' | 'periodStart' | 'periodEnd';

/** Why a typed value is refused at its field; the screen says each in French, the use case refuses the same. */
export type DemarcheProblem = 'tooLong' | 'dayInvalid' | 'endBeforeStart';

/**
 * A value typed into a démarche's field, checked: texts are short (over-long is refused, not cut, so the
 * person sees it), days are calendar days or empty, and the period never ends before it starts.
 */
export function checkDemarcheField(current: Pick<Demarche, 'periodStart' | 'periodEnd'>, field: DemarcheTextField, value: string): DemarcheProblem | null {
  if (field === 'periodStart' || field === 'periodEnd') {
    if (value !== '' && !parseDay(value)) return 'dayInvalid';
    const start = field === 'periodStart' ? value : current.periodStart;
    const end = field === 'periodEnd' ? value : current.periodEnd;
    return parseDay(start) && parseDay(end) && end < start ? 'endBeforeStart' : null;
  }
  return value.length > LIMITS.short ? 'tooLong' : null;
}

export const toggleDemarcheEngagement = toggleEngagement;

/**
 * A séance born in a démarche: its thématique becomes the séance's theme and its title the séance's
 * title unless one is given. The démarche's engagements stay on the démarche (a séance has none).
 */
export function seanceInDemarcheFields(demarche: Pick<Demarche, 'id' | 'title' | 'thematique'>, today: string, title: string, consentWording: string, audience: Audience): Fields<Session> {
  const fields = newSessionFields(today, capText(title || demarche.title, LIMITS.short).value, consentWording);
  return { ...fields, theme: demarche.thematique, audience: [audience], demarcheId: demarche.id };
}

/**
 * « Séance miroir »: the same subject heard from another public. The guide's words and the theme are
 * kept, the démarche too; people, dates and what happened are not. `mirrorOf` names the séance it mirrors.
 */
export function mirrorSeanceFields(source: Session, title: string, today: string, audience: Audience): Fields<Session> {
  return {
    ...newSessionFields(today, capText(title, LIMITS.short).value, source.consentWording),
    purpose: source.purpose,
    objective: source.objective,
    theme: source.theme,
    themeSources: [...source.themeSources],
    themeNote: source.themeNote,
    audience: [audience],
    plannedMinutes: source.plannedMinutes,
    dotsPerParticipant: source.dotsPerParticipant,
    // Usually the same site: the agents of the service the usagers spoke about.
    place: source.place,
    demarcheId: source.demarcheId,
    mirrorOf: source.id,
  };
}

/** `tl-<groupId>`: two tablets placing the same regroupement write the same record (a long imported id is hashed to fit the file's id bound, FILE_LIMITS.id). */
export function themeLinkId(groupId: GroupId): ThemeLinkId {
  const plain = `tl-${groupId}`;
  return (plain.length <= 100 ? plain : `tl-${derivedId(['themeLink', groupId])}`) as ThemeLinkId;
}

/** The scope a démarche-level record is filed under: the démarche's own id, in the field every kind shares. */
export const demarcheScope = (id: DemarcheId): SessionId => id as string as SessionId;
