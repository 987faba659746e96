// Bench: the rapport de synthèse of a long séance (800 verbatims, 200 post-its) built, laid out and written as HTML.
import { REPORT_SECTIONS } from '../../src/domain/synthesis';
import type { DeviceId, PhaseIndex, ReportSection, VerbatimTag } from '../../src/domain/types';
import { loadTexts, translator } from '../../src/i18n';
import { buildReport, type ReportInput } from '../../src/report/build';
import { renderHtml } from '../../src/report/html';
import { reportOutline } from '../../src/report/outline';
import { summarise, type Summary } from './stats';

const SAID = [
  'On attend longtemps au guichet sans savoir combien de temps il reste.',
  'L’agent a pris le temps de m’expliquer ; je suis reparti avec une réponse claire et un rendez-vous.',
  'Le site ne dit pas quels papiers apporter, alors on revient deux fois.',
  'Personne ne décroche après seize heures, et le message d’accueil renvoie vers le site.',
];
const TAGS: VerbatimTag[][] = [['irritant'], ['positif'], ['idee', 'attente'], ['negatif'], []];
const KINDS = ['irritant', 'attente', 'idee', 'positif'] as const;
const MIN = 60_000;

/** Ten participants, the five phases, 600 turns, 800 verbatims and notes, 200 post-its in 20 groups, 10 pistes voted, 5 fiches. */
function longSeance(): { input: ReportInput; now: number } {
  const sid = 'seance-bench';
  const at = Date.UTC(2026, 10, 23, 13);
  let rev = 1;
  const base = (kind: string, i: number) => ({ id: `${kind}-${i}`, sessionId: sid, createdAt: at, updatedAt: at, rev: rev++, deviceId: 'bench' as DeviceId, seen: {}, deleted: false });
  type Rows<K extends keyof ReportInput> = ReportInput[K];
  const session = { ...base('s', 0), id: sid, title: 'Accueil de la mairie', date: '2026-11-23', startTime: '14:00', place: 'Salle du conseil', purpose: 'ameliorer', objective: SAID[0], theme: 'Accueil', themeSources: ['enquetes'], themeNote: '', audience: ['usagers'], animateur: 'Claire Martin', secretaire: 'Hugo Petit', superviseur: 'Nadia Roux', consentWording: SAID[1], status: 'terminee', currentPhase: 5, plannedMinutes: 120, dotsPerParticipant: 3, purgeAfter: '2027-02-23', startedAt: at, closedAt: at + 120 * MIN, returnDate: '', anonymised: false, demarcheId: '', mirrorOf: '' } as unknown as ReportInput['session'];
  const people = Array.from({ length: 10 }, (_, i) => ({ ...base('p', i), pseudonym: `Personne ${i + 1}`, tags: [i % 3 === 0 ? 'agent' : 'usager'], seat: i, consent: true, consentAt: at, consentWording: SAID[1] })) as unknown as Rows<'participants'>;
  const phases = ([1, 2, 3, 4, 5] as PhaseIndex[]).map((index) => ({ ...base('ph', index), index, title: `Phase ${index}`, plannedMinutes: 24, prompts: [{ id: `q${index}`, text: SAID[2], askedAt: at }], startedAt: at + (index - 1) * 24 * MIN, endedAt: at + index * 24 * MIN, pauses: [], skipped: [] })) as unknown as Rows<'phases'>;
  const turns = Array.from({ length: 600 }, (_, i) => ({ ...base('t', i), phase: 3, speaker: i % 11 === 10 ? 'animateur' : people[i % 10]!.id, startedAt: at + i * 6000, endedAt: at + i * 6000 + 5000 })) as unknown as Rows<'turns'>;
  const verbatims = Array.from({ length: 800 }, (_, i) => ({ ...base('v', i), phase: ((i % 5) + 1) as PhaseIndex, speaker: people[i % 10]!.id, speakerName: people[i % 10]!.pseudonym, text: `${SAID[i % 4]} Personne ${(i % 10) + 1} ajoute un détail.`, capturedAt: at + i * 9000, tags: TAGS[i % 5], key: i % 8 === 0, kind: i % 20 === 0 ? 'note' : 'verbatim' })) as unknown as Rows<'verbatims'>;
  const groups = Array.from({ length: 20 }, (_, i) => ({ ...base('g', i), title: `Regroupement ${i + 1}`, order: i })) as unknown as Rows<'groups'>;
  const cards = Array.from({ length: 200 }, (_, i) => ({ ...base('c', i), text: SAID[i % 4]!.slice(0, 60), kind: KINDS[i % 4], polarity: i % 4 === 0 ? 'negative' : i % 4 === 3 ? 'positive' : 'neutral', groupId: i < 180 ? groups[i % 20]!.id : null, order: i, sourceVerbatimId: null, onBehalfOf: null })) as unknown as Rows<'cards'>;
  const tracks = Array.from({ length: 10 }, (_, i) => ({ ...base('tr', i), title: `Piste ${i + 1}`, description: SAID[i % 4], groupIds: [groups[i * 2]!.id, groups[i * 2 + 1]!.id], validated: i < 4, order: i })) as unknown as Rows<'tracks'>;
  const votes = Array.from({ length: 30 }, (_, i) => ({ ...base('vo', i), trackId: tracks[(i * 7) % 10]!.id, voter: people[i % 10]!.id, method: 'proxy' })) as unknown as Rows<'votes'>;
  const actions = Array.from({ length: 5 }, (_, i) => ({ ...base('a', i), trackId: tracks[i]!.id, number: String(i + 1), title: `Action ${i + 1}`, engagements: ['joignabilite'], theme: '', commitment: SAID[0], owner: 'Chef de service', contributors: 'Accueil', start: '2027-01-04', plannedEnd: '2027-06-30', problem: SAID[2], objective: SAID[1], description: SAID[3], indicators: SAID[0] })) as unknown as Rows<'actions'>;
  const syntheses = REPORT_SECTIONS.map((section: ReportSection, i) => ({ ...base('sy', i), section, text: `${SAID[i % 4]}\n${SAID[(i + 1) % 4]}` })) as unknown as Rows<'syntheses'>;
  const input: ReportInput = { session, participants: people, phases, turns, verbatims, cards, groups, tracks, votes, actions, syntheses, statusChanges: [], milestones: [], indicators: [], measures: [], followUps: [] };
  return { input, now: at + 3 * 60 * MIN };
}

export async function report(): Promise<Record<string, Summary & { bytes: number }>> {
  const { input, now } = longSeance();
  // As the report screen does: its texts are a chunk of their own.
  await loadTexts('shared');
  await loadTexts('report');
  const t = translator('fr');
  const once = (anonymised: boolean) => renderHtml(reportOutline(buildReport(input, { anonymised, now }), t, 'fr-FR'));
  const measure = (anonymised: boolean) => {
    // Warm-up: the first runs pay for compiling, and Intl for building its formatters.
    for (let i = 0; i < 3; i++) once(anonymised);
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      bytes = once(anonymised).length;
      samples.push(performance.now() - t0);
    }
    return { ...summarise(samples), bytes };
  };
  return { 'buildReport + reportOutline + renderHtml': measure(false), 'the same, anonymised': measure(true) };
}
