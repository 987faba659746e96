// Anonymised export: pseudonyms become P1…Pn everywhere (inside texts too), consent wording and role names go.
import type { ParticipantId, RecordKinds } from '../domain/types';
import { emptyRecordSet, toRecordSet, type Envelope, type RecordSet } from './envelope';
import { makeReplacer, type Replacer } from './wordReplace';
import { compareStrings } from './canonical';

/** Optional words put in place of the animateur's, secrétaire's and superviseur's names inside texts. */
export interface RoleLabels {
  animateur: string;
  secretaire: string;
  superviseur: string;
}

type Participant = RecordKinds['participants'];

function seatOrder(a: Participant, b: Participant): number {
  return Number(a.deleted) - Number(b.deleted) || a.seat - b.seat || compareStrings(a.id, b.id);
}

/**
 * P1…Pn for one séance, by seat (ties by id). Removed participants come after everyone still in
 * the circle: their words may still be quoted, so they need a label, but the visible circle reads
 * P1…Pk without gaps.
 */
export function pseudonymLabels(participants: readonly Participant[]): Map<ParticipantId, string> {
  return new Map([...participants].sort(seatOrder).map((p, i) => [p.id, `P${i + 1}`]));
}

interface SessionContext {
  labels: Map<ParticipantId, string>;
  replace: Replacer;
}

function contexts(data: RecordSet, roleLabels?: RoleLabels, everyoneAs?: string): Map<string, SessionContext> {
  const bySession = new Map<string, Participant[]>();
  for (const p of data.participants) {
    const list = bySession.get(p.sessionId);
    if (list) list.push(p);
    else bySession.set(p.sessionId, [p]);
  }
  const roles = new Map<string, RecordKinds['sessions']>(data.sessions.map((s) => [s.id, s]));
  const out = new Map<string, SessionContext>();
  for (const sessionId of new Set([...bySession.keys(), ...roles.keys()])) {
    const list = (bySession.get(sessionId) ?? []).sort(seatOrder);
    // For an audience that must not tell people apart (the restitution), every participant gets the same words.
    const labels = everyoneAs === undefined ? pseudonymLabels(list) : new Map(list.map((p) => [p.id, everyoneAs]));
    const names = new Map<string, string>();
    // In seat order, live first: a name reused after a removal is read as the participant still present.
    for (const p of list) if (!names.has(p.pseudonym)) names.set(p.pseudonym, labels.get(p.id)!);
    const s = roles.get(sessionId);
    if (s && roleLabels) {
      for (const role of ['animateur', 'secretaire', 'superviseur'] as const) if (!names.has(s[role])) names.set(s[role], roleLabels[role]);
    }
    out.set(sessionId, { labels, replace: makeReplacer(names) });
  }
  return out;
}

const identity: SessionContext = { labels: new Map(), replace: (t) => t };

/** The records with every person's name replaced; ids, revisions and times are kept as they are. */
export function anonymiseRecords(data: RecordSet, roleLabels?: RoleLabels, everyoneAs?: string): RecordSet {
  const ctx = contexts(data, roleLabels, everyoneAs);
  const of = (sessionId: string) => ctx.get(sessionId) ?? identity;
  const out = emptyRecordSet();
  out.sessions = data.sessions.map((s) => {
    const { replace } = of(s.id);
    return {
      ...s,
      title: replace(s.title),
      place: replace(s.place),
      objective: replace(s.objective),
      theme: replace(s.theme),
      themeNote: replace(s.themeNote),
      animateur: '',
      secretaire: '',
      superviseur: '',
      consentWording: '',
    };
  });
  out.participants = data.participants.map((p) => {
    const { labels, replace } = of(p.sessionId);
    return { ...p, pseudonym: labels.get(p.id) ?? '', tags: p.tags.map(replace), consentWording: '' };
  });
  out.phases = data.phases.map((ph) => {
    const { replace } = of(ph.sessionId);
    return { ...ph, title: replace(ph.title), prompts: ph.prompts.map((q) => ({ ...q, text: replace(q.text) })) };
  });
  out.turns = [...data.turns];
  out.verbatims = data.verbatims.map((vb) => {
    const { labels, replace } = of(vb.sessionId);
    // The name at capture time may be an old pseudonym: the speaker's id says who it was.
    const label = labels.get(vb.speaker as ParticipantId);
    return { ...vb, text: replace(vb.text), speakerName: label ?? replace(vb.speakerName) };
  });
  out.cards = data.cards.map((c) => ({ ...c, text: of(c.sessionId).replace(c.text) }));
  out.groups = data.groups.map((g) => ({ ...g, title: of(g.sessionId).replace(g.title) }));
  out.tracks = data.tracks.map((t) => {
    const { replace } = of(t.sessionId);
    return { ...t, title: replace(t.title), description: replace(t.description) };
  });
  out.votes = [...data.votes];
  out.actions = data.actions.map((a) => {
    const { replace } = of(a.sessionId);
    return {
      ...a,
      number: replace(a.number),
      title: replace(a.title),
      theme: replace(a.theme),
      commitment: replace(a.commitment),
      owner: replace(a.owner),
      contributors: replace(a.contributors),
      start: replace(a.start),
      plannedEnd: replace(a.plannedEnd),
      problem: replace(a.problem),
      objective: replace(a.objective),
      description: replace(a.description),
      indicators: replace(a.indicators),
    };
  });
  out.syntheses = data.syntheses.map((x) => ({ ...x, text: of(x.sessionId).replace(x.text) }));
  return toRecordSet(out);
}

export function anonymise(envelope: Envelope, roleLabels?: RoleLabels): Envelope {
  return { ...envelope, anonymised: true, data: anonymiseRecords(envelope.data, roleLabels) };
}
