// Bench: a national team's démarche — 50 anonymised séance files of 500 verbatims and 100 post-its each, from 25 sites, usagers and agents in mirror.
import type { Audience, CardKind, PhaseIndex, SessionId, VerbatimTag } from '../../src/domain/types';
import { buildEnvelope, emptyRecordSet, serialise } from '../../src/format/envelope';
import { makeActionSheet, makeCard, makeDemarche, makeGroup, makeGuide, makeParticipant, makeSession, makeStatusChange, makeTrack, makeVerbatim, makeVote } from '../../tests/factories';

const SITES = ['Lyon', 'Tours', 'Orléans', 'Brest', 'Amiens', 'Nancy', 'Pau', 'Nîmes', 'Dijon', 'Rouen', 'Metz', 'Caen', 'Reims', 'Lille', 'Nantes', 'Rennes', 'Angers', 'Limoges', 'Poitiers', 'Besançon', 'Grenoble', 'Toulon', 'Perpignan', 'Mulhouse', 'Valence'];
const SAID = [
  'On attend longtemps au guichet sans savoir combien de temps il reste',
  'Personne ne décroche au téléphone après seize heures',
  'Un message pour prévenir que notre tour approche nous éviterait de rester debout',
  'L’accueil est aimable et les explications sont claires',
  'Les formulaires en ligne refusent les pièces jointes trop lourdes',
  'Il faudrait des horaires d’ouverture le samedi matin',
  'On nous renvoie d’un service à l’autre sans réponse',
  'Le courrier de relance est incompréhensible pour les personnes âgées',
];
const TAGS: VerbatimTag[][] = [['irritant'], ['attente'], ['idee'], ['positif'], ['negatif'], [], ['irritant', 'attente']];
const GROUPS = ['Temps d’attente au guichet', 'Joignabilité au téléphone', 'Prévenir quand le tour approche', 'Qualité de l’accueil', 'Démarches en ligne', 'Horaires d’ouverture', 'Orientation entre services', 'Courriers compréhensibles', 'Accessibilité des locaux', 'Suivi des dossiers'];
const KINDS: CardKind[] = ['irritant', 'attente', 'idee', 'positif'];

export async function demarcheFiles(): Promise<{ files: { name: string; text: string }[]; demarcheId: string; verbatims: number; cards: number }> {
  const demarche = makeDemarche({ title: 'Accueil des usagers 2027 — consolidation nationale' });
  const files: { name: string; text: string }[] = [];
  const at = Date.UTC(2027, 0, 10, 9);
  let verbatims = 0;
  let cards = 0;
  for (let s = 0; s < 50; s++) {
    const site = SITES[s % SITES.length]!;
    const audience: Audience = s % 2 === 0 ? 'usagers' : 'agents';
    const data = emptyRecordSet();
    const session = makeSession({
      title: `Comité d’écoute ${audience} — ${site}`,
      date: `2027-0${1 + (s % 6)}-${String(10 + (s % 18)).padStart(2, '0')}`,
      place: site,
      audience: [audience],
      status: 'terminee',
      anonymised: true,
      demarcheId: demarche.id,
      mirrorOf: s % 2 === 1 ? (files.length > 0 ? (`session-mirror-${s - 1}` as SessionId) : '') : '',
      id: `session-mirror-${s}` as SessionId,
      sessionId: `session-mirror-${s}` as SessionId,
    });
    const sid = session.id;
    data.sessions = [session];
    data.demarches = [demarche];
    data.participants = Array.from({ length: 8 }, (_, i) => makeParticipant(sid, { pseudonym: `P${i + 1}`, seat: i }));
    data.phases = makeGuide(sid);
    data.verbatims = Array.from({ length: 500 }, (_, i) =>
      makeVerbatim(sid, {
        phase: ((Math.floor(i / 100) % 5) + 1) as PhaseIndex,
        speaker: data.participants[i % 8]!.id,
        speakerName: data.participants[i % 8]!.pseudonym,
        text: `${SAID[(i + s) % SAID.length]} (${site}, ${i + 1}).`,
        capturedAt: at + s * 86_400_000 + i * 10_000,
        tags: TAGS[i % TAGS.length]!,
        key: i % 40 === 0,
      }),
    );
    data.groups = GROUPS.map((title, i) => makeGroup(sid, { title: s % 3 === 0 ? `${title} (${site})` : title, order: i }));
    data.cards = Array.from({ length: 100 }, (_, i) =>
      makeCard(sid, { text: SAID[i % SAID.length]!.slice(0, 60), kind: KINDS[i % 4]!, groupId: data.groups[i % 10]!.id, order: i, sourceVerbatimId: data.verbatims[i * 5]!.id }),
    );
    data.tracks = Array.from({ length: 5 }, (_, i) => makeTrack(sid, { title: `Piste ${i + 1} : ${GROUPS[i]}`, groupIds: [data.groups[i]!.id], order: i, validated: i < 2 }));
    data.votes = Array.from({ length: 24 + (s % 5) * 4 }, (_, i) => makeVote(sid, data.tracks[i % 5]!.id, { voter: data.participants[i % 8]!.id }));
    data.actions = data.tracks.slice(0, 2).map((track, i) => makeActionSheet(sid, { trackId: track.id, number: String(i + 1), title: `Action ${i + 1} — ${site}` }));
    data.statusChanges = data.actions.map((a) => makeStatusChange(sid, a.id, { status: 'en_cours', on: '2027-03-01' }));
    verbatims += data.verbatims.length;
    cards += data.cards.length;
    files.push({ name: `cercle-${site.toLowerCase()}-${s + 1}-anonyme.json`, text: serialise(buildEnvelope(data, { appVersion: 'bench', exportedAt: at, deviceId: `tablette-${site}`, anonymised: true })) });
  }
  return { files, demarcheId: demarche.id, verbatims, cards };
}
