// A démarche of two séances (Lyon usagers, Tours agents) with regroupements, post-its and verbatims, imported as a file would be.
import { importRecords } from '../../src/db/transfer';
import { mapKinds, type RecordSet } from '../../src/domain/recordSet';
import type { Group, SessionId, Verbatim } from '../../src/domain/types';
import { makeCard, makeDemarche, makeGroup, makeSession, makeVerbatim } from '../factories';

export const importAll = (set: RecordSet) => importRecords(set, () => ({ put: set, clock: 0 }));

export function twoSeances() {
  const demarche = makeDemarche({ title: 'Accueil 2027' });
  const lyon = makeSession({ id: 'seance-lyon' as SessionId, sessionId: 'seance-lyon' as SessionId, date: '2027-03-02', place: 'Lyon', audience: ['usagers'], demarcheId: demarche.id });
  const orleans = makeSession({ id: 'seance-orleans' as SessionId, sessionId: 'seance-orleans' as SessionId, date: '2027-02-01', place: 'Orléans', audience: ['agents'], demarcheId: demarche.id });
  const groups = {
    guichet: makeGroup(lyon.id, { title: 'Attente au guichet', order: 0 }),
    horaires: makeGroup(lyon.id, { title: 'Horaires d’ouverture', order: 1 }),
    accueil: makeGroup(orleans.id, { title: 'Attente à l’accueil', order: 0 }),
  } satisfies Record<string, Group>;
  const set = mapKinds(() => []);
  set.demarches = [demarche];
  set.sessions = [lyon, orleans];
  set.groups = Object.values(groups);
  set.cards = [
    makeCard(lyon.id, { groupId: groups.guichet.id, text: 'Trop long', order: 0 }),
    makeCard(lyon.id, { groupId: groups.guichet.id, text: 'Pas de chaise', order: 1 }),
    makeCard(orleans.id, { groupId: groups.accueil.id, text: 'File d’attente', order: 0 }),
  ];
  return { demarche, lyon, orleans, groups, set };
}

export const verbatim = (sessionId: SessionId, text: string, over: Partial<Verbatim> = {}) => makeVerbatim(sessionId, { text, ...over });
