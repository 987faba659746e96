// How a démarche's screens name where words come from: the public and the place (« Usager, séance de Lille »), never a person.
import type { SeanceRef } from '../../domain/consolidate';
import type { I18n } from '../../i18n/core';
import { formatShortDay } from '../../i18n/format';

/** « Usager, séance de Lille »; a séance of several publics names them all, one without a place its title or day. */
export function attribution(seance: SeanceRef | undefined, { t, intl }: Pick<I18n, 't' | 'intl'>): string {
  if (!seance) return t('demarche.who.unknown');
  const who = seance.audience.length === 0 ? t('demarche.who.none') : seance.audience.map((a) => t(`demarche.who.${a}`)).join(t('demarche.who.or'));
  return t('demarche.quote.by', { who, where: seanceName(seance, { t, intl }) });
}

/** « séance de Lille », or of its title, or of its day. */
export function seanceName(seance: SeanceRef, { t, intl }: Pick<I18n, 't' | 'intl'>): string {
  if (seance.place) return t('demarche.seance.of', { place: seance.place });
  if (seance.title) return t('demarche.seance.titled', { title: seance.title });
  return seance.date ? t('demarche.seance.ofDay', { date: formatShortDay(seance.date, intl) }) : t('demarche.seance.unnamed');
}
