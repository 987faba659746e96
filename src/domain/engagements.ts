// The nine engagements of the Services Publics + programme a fiche action may serve, in the programme's order.
import type { Engagement } from './types';

export const ENGAGEMENTS = ['accueil', 'joignabilite', 'accompagnement', 'orientation', 'reponse', 'resultats', 'avis', 'competences', 'ecoresponsabilite'] as const;

// An engagement added to the type but not to the list (or the other way round) fails here.
const everyEngagement: [Exclude<Engagement, (typeof ENGAGEMENTS)[number]>, Exclude<(typeof ENGAGEMENTS)[number], Engagement>] extends [never, never] ? true : never = true;
void everyEngagement;

/** A fiche's engagements after a tap on one box: the programme's order, each once, only known ones. */
export function toggleEngagement(current: readonly Engagement[], engagement: Engagement, on: boolean): Engagement[] {
  const chosen = new Set(current.filter((e) => e !== engagement));
  if (on) chosen.add(engagement);
  return ENGAGEMENTS.filter((e) => chosen.has(e));
}
