// The engagements a fiche serves after a tap: the programme's order, each once, whatever was stored before.
import { describe, expect, it } from 'vitest';
import { ENGAGEMENTS, toggleEngagement } from '../../src/domain/engagements';
import type { Engagement } from '../../src/domain/types';

describe('toggleEngagement', () => {
  it.each<[string, Engagement[], Engagement, boolean, Engagement[]]>([
    ['the first one ticked', [], 'avis', true, ['avis']],
    ['a second one goes in the programme’s order, not the tap order', ['avis'], 'accueil', true, ['accueil', 'avis']],
    ['ticking one already there changes nothing', ['accueil'], 'accueil', true, ['accueil']],
    ['unticking removes it', ['accueil', 'avis'], 'accueil', false, ['avis']],
    ['unticking one not there changes nothing', ['avis'], 'resultats', false, ['avis']],
    ['a stored list out of order or doubled comes back clean', ['avis', 'accueil', 'avis'], 'ecoresponsabilite', true, ['accueil', 'avis', 'ecoresponsabilite']],
  ])('%s', (_why, current, engagement, on, expected) => {
    expect(toggleEngagement(current, engagement, on)).toEqual(expected);
  });

  it('lists the nine engagements of Services Publics +', () => {
    expect(ENGAGEMENTS).toHaveLength(9);
    expect(new Set(ENGAGEMENTS).size).toBe(9);
  });
});
