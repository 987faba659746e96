// The plan d'actions table across séances: one row per live fiche, its status, next jalon, last measure against target, late or not, filters and order.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionSheet, Session } from '../../src/domain/types';
import { loadTexts, translator } from '../../src/i18n';
import { lateCount } from '../../src/report/planLate';
import { filterChoices, filterRows, NO_FILTERS, planRows, type PlanInput, type PlanRow } from '../../src/report/planTable';
import { lateReasons, readingText } from '../../src/report/planSheet';
import { makeActionSheet, makeIndicator, makeMeasure, makeMilestone, makeSession, makeStatusChange, T0 } from '../factories';

const TODAY = '2027-03-15';
const t = translator('fr');
beforeAll(() => Promise.all([loadTexts('shared'), loadTexts('plan'), loadTexts('report')]));
const empty: PlanInput = { sessions: [], actions: [], statusChanges: [], milestones: [], indicators: [], measures: [] };

/** Two séances, three fiches each way a plan goes: late by its end, on time, done past its end. */
function tablet() {
  const mairie = makeSession({ title: 'Accueil de la mairie', date: '2026-11-23' });
  const caf = makeSession({ title: 'Accueil CAF', date: '2027-01-12' });
  const late = makeActionSheet(mairie.id, { number: '1', title: 'Ouvrir le samedi', owner: 'Nadia', plannedEnd: '2027-03-01', engagements: ['accueil', 'joignabilite'] });
  const onTime = makeActionSheet(mairie.id, { number: '2', title: 'Afficher les horaires', owner: 'Hugo ', plannedEnd: '2027-06-30', engagements: ['joignabilite'] });
  const done = makeActionSheet(caf.id, { number: '1', title: 'Rappeler sous 48 h', owner: 'Nadia', plannedEnd: '2027-02-01' });
  const input: PlanInput = {
    ...empty,
    sessions: [mairie, caf],
    actions: [onTime, done, late],
    statusChanges: [makeStatusChange(caf.id, done.id, { status: 'terminee', on: '2027-02-10' }), makeStatusChange(mairie.id, late.id, { status: 'en_cours', on: '2026-12-01' })],
  };
  return { mairie, caf, late, onTime, done, input };
}

const titles = (rows: readonly PlanRow[]) => rows.map((r) => r.title);

describe('plan rows', () => {
  it('one row per live fiche of a live séance, with its séance, status and lateness', () => {
    const { input, late, onTime, done, mairie } = tablet();
    const rows = planRows(input, TODAY);
    expect(titles(rows)).toEqual(['Rappeler sous 48 h', 'Ouvrir le samedi', 'Afficher les horaires']);
    const byId = new Map(rows.map((r) => [r.actionId, r]));
    expect(byId.get(late.id)).toMatchObject({ status: 'en_cours', sessionTitle: mairie.title, sessionDate: '2026-11-23', owner: 'Nadia', engagements: ['accueil', 'joignabilite'] });
    expect(byId.get(late.id)!.lateness).toMatchObject({ late: true, endPassed: true });
    expect(byId.get(onTime.id)!.lateness.late).toBe(false);
    // Done after its fin prévue: finished, so not late.
    expect(byId.get(done.id)).toMatchObject({ status: 'terminee', lateness: { late: false } });
    // The owner typed with a trailing space is the same person in the filter.
    expect(byId.get(onTime.id)!.owner).toBe('Hugo');
    expect(lateCount(input, TODAY)).toBe(1);
  });

  it('Accueil’s late count agrees with the table’s late rows, whatever the fiches (jalons, steps, deleted records)', () => {
    const { input, onTime, late, done, mairie } = tablet();
    const variants: PlanInput[] = [
      input,
      { ...input, milestones: [makeMilestone(mairie.id, onTime.id, { due: '2027-03-01' })] },
      { ...input, milestones: [makeMilestone(mairie.id, onTime.id, { due: '2027-03-01', deleted: true })] },
      { ...input, statusChanges: [...input.statusChanges, makeStatusChange(mairie.id, late.id, { status: 'abandonnee', on: '2027-03-02', reason: 'x' })] },
      { ...input, statusChanges: [...input.statusChanges, makeStatusChange(done.sessionId, done.id, { status: 'en_cours', on: '2027-03-02' })] },
      { ...input, actions: input.actions.map((a) => ({ ...a, deleted: a.id === late.id })) },
    ];
    const counts = variants.map((v) => [lateCount(v, TODAY), planRows(v, TODAY).filter((r) => r.lateness.late).length]);
    expect(counts).toEqual([[1, 1], [2, 2], [1, 1], [0, 0], [2, 2], [0, 0]]);
  });

  it('leaves out deleted fiches, fiches of a deleted séance and of a séance not on the tablet', () => {
    const { input, mairie } = tablet();
    const gone: Session = { ...makeSession({ title: 'Supprimée' }), deleted: true };
    const rows = planRows(
      {
        ...input,
        sessions: [...input.sessions, gone],
        actions: [
          ...input.actions,
          makeActionSheet(gone.id, { title: 'De la séance supprimée', plannedEnd: '2027-01-01' }),
          makeActionSheet(mairie.id, { title: 'Supprimée elle-même', deleted: true }),
          makeActionSheet('absente' as Session['id'], { title: 'Séance absente' }),
        ],
      },
      TODAY,
    );
    expect(titles(rows)).toEqual(['Rappeler sous 48 h', 'Ouvrir le samedi', 'Afficher les horaires']);
    expect(lateCount({ ...input, sessions: [{ ...input.sessions[0]!, deleted: true }, input.sessions[1]!] }, TODAY)).toBe(0);
  });

  it('a deleted status step does not count: the fiche is back to where its live steps put it', () => {
    const { input, late } = tablet();
    const rows = planRows({ ...input, statusChanges: [...input.statusChanges, makeStatusChange(late.sessionId, late.id, { status: 'terminee', on: '2027-03-10', deleted: true })] }, TODAY);
    expect(rows.find((r) => r.actionId === late.id)).toMatchObject({ status: 'en_cours', lateness: { late: true } });
  });

  it('is late by a missed jalon too, and says which; the next jalon is the nearest not done', () => {
    const { input, onTime } = tablet();
    const missed = makeMilestone(onTime.sessionId, onTime.id, { title: 'Devis signé', due: '2027-03-01' });
    const next = makeMilestone(onTime.sessionId, onTime.id, { title: 'Panneaux posés', due: '2027-04-01' });
    const done = makeMilestone(onTime.sessionId, onTime.id, { title: 'Maquette', due: '2027-02-01', doneOn: '2027-02-01' });
    const row = planRows({ ...input, milestones: [next, done, missed] }, TODAY).find((r) => r.actionId === onTime.id)!;
    expect(row.nextMilestone).toEqual({ title: 'Devis signé', due: '2027-03-01' });
    expect(row.lateness).toMatchObject({ late: true, endPassed: false });
    expect(lateReasons(row.lateness, row.plannedEnd, t, 'fr-FR').map((r) => r.replace(/\u00a0/g, ' '))).toEqual(['jalon « Devis signé » non atteint (1er mars 2027)']);
  });

  it('sorts by fin prévue, the fiches without a day (empty or free text) last', () => {
    const s = makeSession({ title: 'S', date: '2026-11-23' });
    const a = (title: string, plannedEnd: string, number = '1'): ActionSheet => makeActionSheet(s.id, { title, plannedEnd, number });
    const rows = planRows({ ...empty, sessions: [s], actions: [a('sans date', ''), a('juin', '2027-06'), a('mai', '2027-05-31'), a('avril', '2027-04-01'), a('avril aussi, n° 10', '2027-04-01', '10'), a('avril aussi, n° 2', '2027-04-01', '2')] }, TODAY);
    // Same day: by number as a person reads it (2 before 10); no day: among themselves by séance, number, title.
    expect(titles(rows)).toEqual(['avril', 'avril aussi, n° 2', 'avril aussi, n° 10', 'mai', 'juin', 'sans date']);
  });
});

describe('last indicator value against target', () => {
  it('takes the latest measure by its day, then by when it was written', () => {
    const { input, onTime } = tablet();
    const ind = makeIndicator(onTime.sessionId, onTime.id, { name: 'Attente au guichet', unit: 'min', targetValue: 10 });
    const measures = [
      makeMeasure(onTime.sessionId, ind, { value: 25, on: '2027-01-10' }),
      makeMeasure(onTime.sessionId, ind, { value: 19, on: '2027-02-01', createdAt: T0 }),
      makeMeasure(onTime.sessionId, ind, { value: 18.5, on: '2027-02-01', createdAt: T0 + 1 }),
      makeMeasure(onTime.sessionId, ind, { value: 5, on: '2027-03-01', deleted: true }),
    ];
    const row = planRows({ ...input, indicators: [ind], measures }, TODAY).find((r) => r.actionId === onTime.id)!;
    expect(row.indicators).toEqual([{ name: 'Attente au guichet', unit: 'min', last: { value: 18.5, on: '2027-02-01' }, target: 10 }]);
    expect(readingText(row.indicators[0]!, t, 'fr-FR')).toBe('18,5 min / cible 10 min');
  });

  it.each([
    { last: null, target: 10, unit: 'min', text: 'pas encore mesuré / cible 10 min' },
    { last: { value: 18, on: '2027-02-01' }, target: null, unit: 'min', text: '18 min' },
    { last: { value: 1200, on: '2027-02-01' }, target: 1500, unit: '', text: '1 200 / cible 1 500' },
  ])('reads « $text »', ({ last, target, unit, text }) => {
    expect(readingText({ name: 'x', unit, last, target }, t, 'fr-FR').replace(/[\u00a0\u202f]/g, ' ')).toBe(text);
  });
});

describe('filters', () => {
  const { input, mairie, caf } = tablet();
  const rows = planRows(input, TODAY);
  it.each([
    { name: 'none', f: {}, expected: ['Rappeler sous 48 h', 'Ouvrir le samedi', 'Afficher les horaires'] },
    { name: 'status en cours', f: { status: 'en_cours' }, expected: ['Ouvrir le samedi'] },
    { name: 'status prévue (no step yet)', f: { status: 'prevue' }, expected: ['Afficher les horaires'] },
    { name: 'late', f: { status: 'late' }, expected: ['Ouvrir le samedi'] },
    { name: 'owner', f: { owner: 'Nadia' }, expected: ['Rappeler sous 48 h', 'Ouvrir le samedi'] },
    { name: 'engagement', f: { engagement: 'joignabilite' }, expected: ['Ouvrir le samedi', 'Afficher les horaires'] },
    { name: 'séance', f: { sessionId: caf.id }, expected: ['Rappeler sous 48 h'] },
    { name: 'owner and séance', f: { owner: 'Nadia', sessionId: mairie.id }, expected: ['Ouvrir le samedi'] },
    { name: 'owner and status that no row has together', f: { owner: 'Hugo', status: 'terminee' }, expected: [] },
  ] as const)('$name', ({ f, expected }) => {
    expect(titles(filterRows(rows, { ...NO_FILTERS, ...f }))).toEqual(expected);
  });

  it('offers the owners and séances the rows carry, the latest séance first', () => {
    const choices = filterChoices(rows);
    expect(choices.owners).toEqual(['Hugo', 'Nadia']);
    expect(choices.sessions.map((s) => s.title)).toEqual(['Accueil CAF', 'Accueil de la mairie']);
  });
});
