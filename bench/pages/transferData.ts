// Bench data for files: a séance as big as a long day of notes, written as a Cercle file of about `bytes` bytes.
import type { DeviceId, PhaseIndex } from '../../src/domain/types';
import { buildEnvelope, emptyRecordSet, serialise, type RecordSet } from '../../src/format/envelope';

const SAID =
  'On attend longtemps au guichet sans savoir combien de temps il reste, et quand on rappelle le service personne ne décroche après seize heures ; un message pour prévenir que notre tour approche nous éviterait de rester debout dans le hall.';

function base(kind: string, i: number, sessionId: string, device: string, rev: number, at: number) {
  return { id: `${kind}-${String(i).padStart(6, '0')}`, sessionId, createdAt: at, updatedAt: at, rev, deviceId: device as DeviceId, seen: { [device]: rev }, deleted: i % 97 === 0 };
}

/** Every kind of a séance; verbatims fill the file up to about `bytes`. */
export function bigSeance(bytes: number, device = 'tablette-secretaire'): { data: RecordSet; text: string } {
  const sid = 'seance-bench';
  const at = Date.UTC(2026, 10, 23, 13);
  const data = emptyRecordSet();
  let rev = 1;
  const next = () => rev++;
  data.sessions = [{ ...base('s', 1, sid, device, next(), at), id: sid, deleted: false, title: 'Bench', date: '2026-11-23', startTime: '14:00', place: 'Mairie', purpose: 'ameliorer', objective: SAID, theme: 'Accueil', themeSources: ['enquetes'], themeNote: '', audience: ['usagers'], animateur: 'Claire', secretaire: 'Hugo', superviseur: 'Nadia', consentWording: SAID, status: 'terminee', currentPhase: 5, plannedMinutes: 120, dotsPerParticipant: 3, purgeAfter: '2027-02-23', startedAt: at, closedAt: at + 7_200_000, returnDate: '', anonymised: false, demarcheId: '', mirrorOf: '' }] as RecordSet['sessions'];
  const people = Array.from({ length: 10 }, (_, i) => ({ ...base('p', i, sid, device, next(), at), deleted: false, pseudonym: `Personne ${i + 1}`, tags: ['usager'], seat: i, consent: true, consentAt: at, consentWording: SAID }));
  data.participants = people as RecordSet['participants'];
  data.phases = ([1, 2, 3, 4, 5] as PhaseIndex[]).map((index) => ({ ...base('ph', index, sid, device, next(), at), deleted: false, index, title: `Phase ${index}`, plannedMinutes: 24, prompts: [{ id: `q${index}`, text: SAID, askedAt: at }], startedAt: at, endedAt: at + 1000, pauses: [], skipped: [] })) as unknown as RecordSet['phases'];
  data.turns = Array.from({ length: 3000 }, (_, i) => ({ ...base('t', i, sid, device, next(), at + i * 2000), phase: 3 as PhaseIndex, speaker: people[i % 10]!.id, startedAt: at + i * 2000, endedAt: at + i * 2000 + 1500 })) as unknown as RecordSet['turns'];
  data.groups = Array.from({ length: 20 }, (_, i) => ({ ...base('g', i, sid, device, next(), at), title: `Regroupement ${i}`, order: i })) as unknown as RecordSet['groups'];
  data.cards = Array.from({ length: 300 }, (_, i) => ({ ...base('c', i, sid, device, next(), at), text: SAID.slice(0, 80), kind: 'irritant', polarity: 'negative', groupId: data.groups[i % 20]!.id, order: i, sourceVerbatimId: null, onBehalfOf: null })) as unknown as RecordSet['cards'];
  data.tracks = Array.from({ length: 10 }, (_, i) => ({ ...base('tr', i, sid, device, next(), at), title: `Piste ${i}`, description: SAID, groupIds: [data.groups[i]!.id], validated: i < 3, order: i })) as unknown as RecordSet['tracks'];
  data.votes = Array.from({ length: 200 }, (_, i) => ({ ...base('vo', i, sid, device, next(), at), trackId: data.tracks[i % 10]!.id, voter: people[i % 10]!.id, method: 'proxy' })) as unknown as RecordSet['votes'];
  data.actions = Array.from({ length: 5 }, (_, i) => ({ ...base('a', i, sid, device, next(), at), trackId: data.tracks[i]!.id, number: String(i + 1), title: `Action ${i}`, engagements: i % 2 === 0 ? ['accueil', 'avis'] : [], theme: '', commitment: SAID, owner: 'Chef de service', contributors: '', start: '2027-01', plannedEnd: '2027-06', problem: SAID, objective: SAID, description: SAID, indicators: SAID })) as unknown as RecordSet['actions'];
  const sizeOf = () => serialise(buildEnvelope(data, { appVersion: 'bench', exportedAt: at, deviceId: device })).length;
  // About 560 bytes per verbatim line: estimate, then top up.
  let n = Math.max(0, Math.floor((bytes - sizeOf()) / 560));
  const verbatim = (i: number) => ({ ...base('v', i, sid, device, next(), at + i * 1000), phase: ((i % 5) + 1) as PhaseIndex, speaker: people[i % 10]!.id, speakerName: people[i % 10]!.pseudonym, text: SAID, capturedAt: at + i * 1000, tags: ['irritant'], key: i % 10 === 0, kind: 'verbatim' });
  data.verbatims = Array.from({ length: n }, (_, i) => verbatim(i)) as unknown as RecordSet['verbatims'];
  let text = serialise(buildEnvelope(data, { appVersion: 'bench', exportedAt: at, deviceId: device }));
  while (text.length < bytes) {
    const more = Math.max(1, Math.ceil((bytes - text.length) / 560));
    for (let k = 0; k < more; k++) data.verbatims.push(verbatim(n++) as unknown as RecordSet['verbatims'][number]);
    text = serialise(buildEnvelope(data, { appVersion: 'bench', exportedAt: at, deviceId: device }));
  }
  return { data, text };
}

/**
 * The same records as another tablet would hold them after a morning apart: half revised there (a
 * newer rev, some of them concurrent with edits here), a few new ones. Both sides have `n` records.
 */
export function twoTablets(n: number): { local: RecordSet; incoming: RecordSet } {
  const sid = 'seance-bench';
  const at = Date.UTC(2026, 10, 23, 13);
  const verbatims = Array.from({ length: n }, (_, i) => ({ ...base('v', i, sid, 'animateur', 10 + (i % 50), at + i), phase: 3, speaker: 'groupe', speakerName: '', text: `${SAID} ${i}`, capturedAt: at + i, tags: [], key: false, kind: 'verbatim' }));
  const local: RecordSet = { ...emptyRecordSet(), verbatims: verbatims as unknown as RecordSet['verbatims'] };
  const incoming: RecordSet = {
    ...emptyRecordSet(),
    verbatims: verbatims.map((v, i) => {
      if (i % 10 === 9) return { ...v, id: `v-new-${i}`, rev: 5, deviceId: 'secretaire', seen: { secretaire: 5 } };
      if (i % 2 === 0) return v;
      // Odd records revised on the other tablet; one in five without having seen this tablet's edit (a conflict).
      const seen = i % 5 === 1 ? { secretaire: v.rev + 1 } : { ...v.seen, secretaire: v.rev + 1 };
      return { ...v, rev: v.rev + 1, deviceId: 'secretaire', text: `${v.text} (relu)`, seen, updatedAt: v.updatedAt + 1 };
    }) as unknown as RecordSet['verbatims'],
  };
  return { local, incoming };
}

/** The séance of issue 13's « at scale »: 5,000 verbatims (tagged as a secrétaire tags them), 2,000 turns, 300 post-its; about 3.5 MB. */
export function scaleSeance(device = 'tablette-secretaire'): { data: RecordSet; text: string; sessionId: string } {
  const { data } = bigSeance(0, device);
  const sid = data.sessions[0]!.id;
  const at = Date.UTC(2026, 10, 23, 13);
  const people = data.participants;
  const tags = [['irritant'], ['positif'], [], ['idee'], ['negatif', 'attente'], []];
  let rev = 100_000;
  data.turns = Array.from({ length: 2000 }, (_, i) => ({ ...base('t', i, sid, device, rev++, at + i * 3000), deleted: false, phase: ((i % 5) + 1) as PhaseIndex, speaker: people[i % 10]!.id, startedAt: at + i * 3000, endedAt: at + i * 3000 + 2500 })) as unknown as RecordSet['turns'];
  data.verbatims = Array.from({ length: 5000 }, (_, i) => ({ ...base('v', i, sid, device, rev++, at + i * 1000), deleted: false, phase: ((Math.floor(i / 1000) % 5) + 1) as PhaseIndex, speaker: people[i % 10]!.id, speakerName: people[i % 10]!.pseudonym, text: `${i} — ${SAID}`, capturedAt: at + i * 1000, tags: tags[i % tags.length], key: i % 25 === 0, kind: i % 40 === 0 ? 'note' : 'verbatim' })) as unknown as RecordSet['verbatims'];
  const text = serialise(buildEnvelope(data, { appVersion: 'bench', exportedAt: at, deviceId: device }));
  return { data, text, sessionId: sid };
}
