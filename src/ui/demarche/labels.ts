// How the démarche's screens name a séance and its public: « séance de Lyon », « Usagers, Agents ».
import type { Audience, Session } from '../../domain/types';
import type { Translate } from '../../i18n';
import { seanceLabel } from '../../report/qdpxText';

export { seanceLabel };

/** The séance's public, as the préparation names it (« Usagers »); '' when none was chosen. */
export function publicLabel(audience: readonly Audience[], t: Translate): string {
  return audience.map((a) => t(`field.audience.${a}`)).join(', ');
}

/** Who spoke, never by name: the séance's public when it has one only (« Usager »), otherwise nothing. */
export function speakerPublic(session: Pick<Session, 'audience'>, t: Translate): string {
  return session.audience.length === 1 ? t(`consolidation.speaker.${session.audience[0]!}`) : '';
}
