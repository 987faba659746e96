// Anonymised export: pseudonyms become P1…Pn everywhere (inside texts too), consent wording and role names go.
import { anonymiseRules, type AnonymiseRule } from '../domain/kinds';
import { mapKinds, type RecordSet, type ReportInput } from '../domain/recordSet';
import type { Demarche, Kind, ParticipantId, RecordKinds } from '../domain/types';
import { sortById, type Envelope } from './envelope';
import { makeReplacer, type Replacer } from './wordReplace';
import { compareStrings } from './canonical';

/** Optional words put in place of the animateur's, secrétaire's and superviseur's names inside texts. */
export interface RoleLabels {
  animateur: string;
  secretaire: string;
  superviseur: string;
  /** The word put in place of a démarche's pilote inside the texts of the démarche and of its séances. */
  pilote?: string;
  /**
   * The words put in place of a participant of another séance of the same démarche (« un participant »):
   * P-numbers are per séance, so another séance's P2 would read as this séance's P2.
   */
  participant?: string;
}

/** The people of a démarche outside the records anonymised (a séance's siblings): their names are replaced, their records not written. */
export interface Neighbours {
  sessions: readonly Session[];
  participants: readonly Participant[];
  demarches?: readonly Demarche[];
}

/** Without words for them, a name from another séance still goes: the editor's mark for a cut. */
const ELSEWHERE = '[…]';
const ROLES = ['animateur', 'secretaire', 'superviseur'] as const;

type Participant = RecordKinds['participants'];
type Session = RecordKinds['sessions'];

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
  /** Participant id → P1…Pn (or the same words for everyone). */
  labels: ReadonlyMap<string, string>;
  /** Every name of the scope → the words put in its place. */
  names: ReadonlyMap<string, string>;
  replace: Replacer;
}

/** A scope's replacer: only a text where a name was replaced is reworded (`tidy`), the rest stays exactly as typed. */
function contextOf(labels: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>, tidy?: Replacer): SessionContext {
  const replace = makeReplacer(names);
  const reworded: Replacer = (text) => {
    const out = replace(text);
    return out === text || !tidy ? out : tidy(out);
  };
  return { labels, names, replace: tidy ? reworded : replace };
}

/**
 * Every name known in one démarche (its séances' participants and role names, its pilote) → the words put in
 * its place in a text of any of its séances or its own: not a P-number, which means nothing across séances.
 */
export function demarcheNames(sessions: readonly Session[], participants: readonly Participant[], demarche: Demarche | undefined, roleLabels?: RoleLabels): Map<string, string> {
  const one = roleLabels?.participant ?? ELSEWHERE;
  const seances = new Set(sessions.map((s) => s.id));
  const names = new Map<string, string>();
  for (const p of participants) if (seances.has(p.sessionId) && !names.has(p.pseudonym)) names.set(p.pseudonym, one);
  if (roleLabels) for (const s of sortById(sessions)) for (const role of ROLES) if (!names.has(s[role])) names.set(s[role], roleLabels[role]);
  if (demarche && roleLabels?.pilote !== undefined && !names.has(demarche.pilote)) names.set(demarche.pilote, roleLabels.pilote);
  return names;
}

/**
 * One séance's labels and name replacer: its participants in seat order, its role names when labels are
 * given, then the names `known` elsewhere in its démarche — all in one replacer, so a longer name of
 * another séance (« Marie-Claire ») is never cut by a shorter one of this séance (« Marie »).
 */
function sessionContext(session: Session | undefined, participants: readonly Participant[], roleLabels?: RoleLabels, everyoneAs?: string, tidy?: Replacer, known?: ReadonlyMap<string, string>): SessionContext {
  const list = [...participants].sort(seatOrder);
  // For an audience that must not tell people apart (the restitution), every participant gets the same words.
  const labels = everyoneAs === undefined ? pseudonymLabels(list) : new Map(list.map((p) => [p.id, everyoneAs]));
  const names = new Map<string, string>();
  // In seat order, live first: a name reused after a removal is read as the participant still present.
  for (const p of list) if (!names.has(p.pseudonym)) names.set(p.pseudonym, labels.get(p.id)!);
  if (session && roleLabels) {
    for (const role of ROLES) if (!names.has(session[role])) names.set(session[role], roleLabels[role]);
  }
  // This séance's own people first: a name they share with someone of another séance is theirs here.
  for (const [name, word] of known ?? []) if (!names.has(name)) names.set(name, word);
  return contextOf(labels, names, tidy);
}

/**
 * Each séance's and each démarche's context. A séance of a démarche also replaces every name known in the
 * démarche (a participant of the usagers' séance quoted in the agents' one), from the data and from its
 * `neighbours` (the sibling séances on the tablet when only one séance is written); a démarche's own texts
 * (its record, themes, links) replace them all the same way.
 */
function contexts(data: RecordSet, roleLabels?: RoleLabels, everyoneAs?: string, neighbours?: Neighbours): Map<string, SessionContext> {
  const bySession = new Map<string, Participant[]>();
  for (const p of data.participants) {
    const list = bySession.get(p.sessionId);
    if (list) list.push(p);
    else bySession.set(p.sessionId, [p]);
  }
  const sessions = new Map<string, Session>(data.sessions.map((s) => [s.id, s]));
  const known = namesByDemarche(
    { sessions: [...data.sessions, ...(neighbours?.sessions ?? [])], participants: [...data.participants, ...(neighbours?.participants ?? [])], demarches: [...(neighbours?.demarches ?? []), ...data.demarches] },
    roleLabels,
  );
  const out = new Map<string, SessionContext>();
  for (const sessionId of new Set([...bySession.keys(), ...sessions.keys()])) {
    const session = sessions.get(sessionId);
    const names = session && session.demarcheId !== '' ? known.get(session.demarcheId) : undefined;
    out.set(sessionId, sessionContext(session, bySession.get(sessionId) ?? [], roleLabels, everyoneAs, undefined, names));
  }
  for (const [id, names] of known) out.set(id, contextOf(new Map(), names));
  return out;
}

/** Démarche id → every name known in it (demarcheNames), over these people. */
export function namesByDemarche({ sessions, participants, demarches: records = [] }: Neighbours, roleLabels?: RoleLabels): Map<string, Map<string, string>> {
  const demarches = new Map<string, Demarche>(records.map((d) => [d.id, d]));
  const seancesOf = new Map<string, Session[]>();
  for (const s of sessions) {
    if (s.demarcheId === '') continue;
    const list = seancesOf.get(s.demarcheId) ?? [];
    list.push(s);
    seancesOf.set(s.demarcheId, list);
  }
  const out = new Map<string, Map<string, string>>();
  for (const id of new Set([...demarches.keys(), ...seancesOf.keys()])) out.set(id, demarcheNames(seancesOf.get(id) ?? [], participants, demarches.get(id), roleLabels));
  return out;
}

const identity: SessionContext = { labels: new Map(), names: new Map(), replace: (t) => t };

/** The fields whose rule in the kinds table is `own`: more than the names inside them replaced. */
const OWN: { readonly [K in Kind]?: (record: RecordKinds[K], ctx: SessionContext) => Partial<RecordKinds[K]> } = {
  // Said on the séance itself, so that wherever it goes its plan d'actions is known as an archive.
  sessions: () => ({ anonymised: true }),
  participants: (p, { labels }) => ({ pseudonym: labels.get(p.id) ?? '' }),
  phases: (ph, { replace }) => ({ prompts: ph.prompts.map((q) => ({ ...q, text: replace(q.text) })) }),
  // The name at capture time may be an old pseudonym: the speaker's id says who it was.
  verbatims: (vb, { labels, replace }) => ({ speakerName: labels.get(vb.speaker) ?? replace(vb.speakerName) }),
};

/** A `replace` or `drop` rule applied to one field's value: a text, or a list of texts (a participant's tags). */
function rewrite(value: unknown, rule: Exclude<AnonymiseRule, 'own'>, replace: Replacer): unknown {
  if (rule === 'drop') return '';
  if (typeof value === 'string') return replace(value);
  return Array.isArray(value) ? value.map((x: unknown) => (typeof x === 'string' ? replace(x) : x)) : value;
}

/** One kind's records rewritten by the kinds table's rules (field names typed against the kind there). */
function anonymiseKind<K extends Kind>(kind: K, records: readonly RecordKinds[K][], of: (sessionId: string) => SessionContext): RecordKinds[K][] {
  const rules = anonymiseRules(kind);
  const own = OWN[kind];
  return records.map((record) => {
    const ctx = of(record.sessionId);
    const patch: Record<string, unknown> = {};
    for (const [field, rule] of rules) if (rule !== 'own') patch[field] = rewrite(Reflect.get(record, field), rule, ctx.replace);
    return { ...record, ...patch, ...own?.(record, ctx) };
  });
}

/** The records with every person's name replaced; ids, revisions and times are kept as they are. */
export function anonymiseRecords(data: RecordSet, roleLabels?: RoleLabels, everyoneAs?: string, neighbours?: Neighbours): RecordSet {
  const ctx = contexts(data, roleLabels, everyoneAs, neighbours);
  // A séance's own sessionId is its id, so every kind finds its séance the same way.
  const of = (sessionId: string) => ctx.get(sessionId) ?? identity;
  return mapKinds((kind) => sortById(anonymiseKind(kind, data[kind], of)));
}

/**
 * One séance as the report reads it, every name replaced by the same rules, without making a file of
 * it. Each kind is sorted by id like anonymiseRecords' output, so ties in the report fall alike.
 * `tidy` rewords a text whose names were replaced (the restitution's « un participant » kept French);
 * `known`: the names of the séance's démarche (demarcheNames), replaced too.
 */
export function anonymiseSeance(input: ReportInput, roleLabels?: RoleLabels, everyoneAs?: string, tidy?: Replacer, known?: ReadonlyMap<string, string>): ReportInput {
  const ctx = sessionContext(input.session, input.participants, roleLabels, everyoneAs, tidy, known);
  const one = <K extends Kind>(kind: K, records: readonly RecordKinds[K][]) => sortById(anonymiseKind(kind, records, () => ctx));
  return {
    session: one('sessions', [input.session])[0]!,
    participants: one('participants', input.participants),
    phases: one('phases', input.phases),
    turns: one('turns', input.turns),
    verbatims: one('verbatims', input.verbatims),
    cards: one('cards', input.cards),
    groups: one('groups', input.groups),
    tracks: one('tracks', input.tracks),
    votes: one('votes', input.votes),
    actions: one('actions', input.actions),
    syntheses: one('syntheses', input.syntheses),
    statusChanges: one('statusChanges', input.statusChanges),
    milestones: one('milestones', input.milestones),
    indicators: one('indicators', input.indicators),
    measures: one('measures', input.measures),
    followUps: one('followUps', input.followUps),
  };
}

/** `neighbours`: the people of the démarche whose séances are not in the file, so that their names go too. */
export function anonymise(envelope: Envelope, roleLabels?: RoleLabels, neighbours?: Neighbours): Envelope {
  return { ...envelope, anonymised: true, data: anonymiseRecords(envelope.data, roleLabels, undefined, neighbours) };
}
