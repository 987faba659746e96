// Bench: a tablet's plan d'actions at scale — 100 séances, 500 fiches with their steps, jalons, indicators and measures — as one Cercle file.
import { isoDay } from '../../src/domain/session';
import type { ActionStatus, Engagement } from '../../src/domain/types';
import { buildEnvelope, emptyRecordSet, serialise } from '../../src/format/envelope';
import { makeActionSheet, makeIndicator, makeMeasure, makeMilestone, makeSession, makeStatusChange } from '../../tests/factories';

const OWNERS = ['Nadia Roux', 'Hugo Petit', 'Claire Martin', 'Élise Bernard', 'Karim Haddad', 'Service accueil', 'Direction', 'Chef de service'];
const ENGAGEMENTS: Engagement[] = ['accueil', 'joignabilite', 'accompagnement', 'orientation', 'reponse', 'resultats', 'avis', 'competences', 'ecoresponsabilite'];
const STATUSES: ActionStatus[] = ['en_cours', 'en_cours', 'terminee', 'abandonnee'];

/** `n` days from today: fins prévues on both sides of it, so about a third of the plan is late. */
const day = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

export async function planFile(): Promise<{ text: string; sessions: number; actions: number; late: number }> {
  const data = emptyRecordSet();
  for (let s = 0; s < 100; s++) {
    const session = makeSession({ title: `Comité d’écoute n° ${s + 1} — accueil du site ${(s % 12) + 1}`, date: day(-400 + s * 3), status: 'terminee' });
    data.sessions.push(session);
    for (let a = 0; a < 5; a++) {
      const i = s * 5 + a;
      const action = makeActionSheet(session.id, {
        number: String(a + 1),
        title: `Action ${i + 1} : réduire l’attente au guichet et prévenir quand le tour approche`,
        owner: OWNERS[i % OWNERS.length],
        engagements: [ENGAGEMENTS[i % 9]!, ENGAGEMENTS[(i + 4) % 9]!],
        start: day(-300 + (i % 200)),
        // One in ten with no day (older fiches), the others from 200 days ago to 300 days ahead.
        plannedEnd: i % 10 === 9 ? '' : day(-200 + ((i * 37) % 500)),
      });
      data.actions.push(action);
      // Two fiches in three have moved; the rest are still prévues.
      if (i % 3 !== 2) data.statusChanges.push(makeStatusChange(session.id, action.id, { status: 'en_cours', on: day(-250) }));
      if (i % 3 === 1) {
        const status = STATUSES[i % 4]!;
        data.statusChanges.push(makeStatusChange(session.id, action.id, { status, on: day(-20), reason: status === 'abandonnee' ? 'Budget non voté' : '' }));
      }
      data.milestones.push(makeMilestone(session.id, action.id, { title: 'Devis signé', due: day(-100 + (i % 150)), doneOn: i % 2 === 0 ? day(-110) : '' }));
      data.milestones.push(makeMilestone(session.id, action.id, { title: 'Mise en place', due: day(50 + (i % 100)) }));
      const indicator = makeIndicator(session.id, action.id, { name: 'Attente moyenne au guichet', unit: 'min', targetValue: 10 });
      data.indicators.push(indicator);
      for (let m = 0; m < 3; m++) data.measures.push(makeMeasure(session.id, indicator, { value: 25 - m * 3 - (i % 5), on: day(-90 + m * 30) }));
    }
  }
  const text = serialise(buildEnvelope(data, { appVersion: 'bench', exportedAt: Date.now(), deviceId: 'tablette-bench' }));
  const { lateCount } = await import('../../src/report/planLate');
  return { text, sessions: data.sessions.length, actions: data.actions.length, late: lateCount(data, day(0)) };
}
