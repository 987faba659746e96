// fast-check arbitraries of valid records of every kind, for the write → read round trip.
import fc from 'fast-check';
import { REPORT_SECTIONS } from '../../src/domain/synthesis';
import { ENGAGEMENTS } from '../../src/domain/engagements';
import { toRecordSet, type RecordSet } from '../../src/format/envelope';

// Characters that break naive writers: quotes, backslashes, line separators, NUL, lone surrogates, emoji.
const tricky = fc.constantFrom('"', '\\', '\u2028', '\u0000', '\ud800', '\udc00', 'é', 'Œ', '🙂', '\n', '{', ']');
const text = (max: number) => fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', ' '), tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: max });
// `__proto__`, `constructor` and `prototype` are refused as ids and dropped from vectors by design (see the hostile tests).
const idArb = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z0-9-]{1,12}$/)).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const maybeTime = fc.option(time, { nil: null });
const order = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const phaseIndex = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const);
const day = fc.constantFrom('', '2026-11-23', '2027-06-30');
// Measured values: integers, decimals and negatives as a person types them; -0 is written as 0 by JSON.
const value = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const sub = <T>(items: readonly T[]) => fc.subarray([...items]);

const base = (sessionIds: readonly string[]) =>
  fc.record({
    id: idArb,
    sessionId: fc.constantFrom(...sessionIds),
    createdAt: time,
    updatedAt: time,
    rev: fc.integer({ min: 1, max: 1e9 }),
    deviceId: idArb,
    seen: fc.dictionary(idArb, fc.integer({ min: 1, max: 1e9 }), { maxKeys: 3 }),
    deleted: fc.boolean(),
  })
  // As createRecord and reviseRecord write them: the vector holds the revision itself.
  .map((b) => ({ ...b, seen: { ...b.seen, [b.deviceId]: b.rev } }));

const with_ = <T extends object>(sessionIds: readonly string[], fields: fc.Arbitrary<T>) =>
  fc.uniqueArray(fc.tuple(base(sessionIds), fields).map(([b, f]) => ({ ...b, ...f })), { selector: (r) => r.id, maxLength: 4 });

const short = text(20);
const long = text(60);

function kinds(sessionIds: readonly string[]) {
  const w = <T extends object>(f: fc.Arbitrary<T>) => with_(sessionIds, f);
  return {
    participants: w(fc.record({ pseudonym: short, tags: fc.array(text(10), { maxLength: 3 }), seat: fc.nat(50), consent: fc.boolean(), consentAt: maybeTime, consentWording: long })),
    phases: w(
      fc.record({
        index: phaseIndex,
        title: short,
        plannedMinutes: fc.nat(600),
        prompts: fc.array(fc.record({ id: idArb, text: long, askedAt: maybeTime }), { maxLength: 3 }),
        startedAt: maybeTime,
        endedAt: maybeTime,
        pauses: fc.array(fc.record({ from: time, to: maybeTime }), { maxLength: 2 }),
        skipped: fc.array(idArb, { maxLength: 2 }),
      }),
    ),
    turns: w(fc.record({ phase: phaseIndex, speaker: fc.oneof(idArb, fc.constant('animateur')), startedAt: time, endedAt: maybeTime })),
    verbatims: w(
      fc.record({
        phase: phaseIndex,
        speaker: fc.oneof(idArb, fc.constantFrom('animateur', 'groupe', 'inconnu')),
        speakerName: short,
        text: long,
        capturedAt: time,
        tags: sub(['positif', 'negatif', 'idee', 'irritant', 'attente'] as const),
        key: fc.boolean(),
        kind: fc.constantFrom('verbatim' as const, 'note' as const),
      }),
    ),
    cards: w(
      fc.record({
        text: long,
        kind: fc.constantFrom('irritant' as const, 'attente' as const, 'idee' as const, 'positif' as const),
        polarity: fc.constantFrom('positive' as const, 'negative' as const, 'neutral' as const),
        groupId: fc.option(idArb, { nil: null }),
        order,
        sourceVerbatimId: fc.option(idArb, { nil: null }),
        onBehalfOf: fc.option(idArb, { nil: null }),
      }),
    ),
    groups: w(fc.record({ title: short, order })),
    tracks: w(fc.record({ title: short, description: long, groupIds: fc.array(idArb, { maxLength: 3 }), validated: fc.boolean(), order })),
    votes: w(fc.record({ trackId: idArb, voter: fc.option(idArb, { nil: null }), method: fc.constantFrom('proxy' as const, 'mains' as const) })),
    actions: w(
      fc.record({
        trackId: fc.option(idArb, { nil: null }),
        engagements: sub(ENGAGEMENTS),
        ...Object.fromEntries(['number', 'title', 'theme', 'owner', 'start', 'plannedEnd'].map((k) => [k, short])),
        ...Object.fromEntries(['commitment', 'contributors', 'problem', 'objective', 'description', 'indicators'].map((k) => [k, long])),
      }),
    ),
    syntheses: w(fc.record({ section: fc.constantFrom(...REPORT_SECTIONS), text: long })),
    statusChanges: w(fc.record({ actionId: idArb, status: fc.constantFrom('prevue' as const, 'en_cours' as const, 'terminee' as const, 'abandonnee' as const), on: day, reason: long })),
    milestones: w(fc.record({ actionId: idArb, title: short, due: day, doneOn: fc.constantFrom('', '2027-01-10') })),
    indicators: w(fc.record({ actionId: idArb, name: short, unit: short, baselineValue: fc.option(value, { nil: null }), baselineOn: day, targetValue: fc.option(value, { nil: null }), targetOn: day })),
    measures: w(fc.record({ indicatorId: idArb, actionId: idArb, value, on: day })),
    followUps: w(fc.record({ actionId: idArb, on: day, text: long })),
  };
}

const session = fc.record({
  title: short,
  date: fc.constantFrom('', '2026-11-23'),
  startTime: fc.constantFrom('', '14:00'),
  place: short,
  purpose: fc.constantFrom('ameliorer' as const, 'tester' as const),
  objective: long,
  theme: short,
  themeSources: sub(['enquetes', 'indicateurs', 'problemes'] as const),
  themeNote: long,
  audience: sub(['usagers', 'agents', 'partenaires', 'elus'] as const),
  animateur: short,
  secretaire: short,
  superviseur: short,
  consentWording: long,
  status: fc.constantFrom('preparation' as const, 'en_cours' as const, 'terminee' as const),
  currentPhase: fc.option(phaseIndex, { nil: null }),
  plannedMinutes: fc.nat(600),
  dotsPerParticipant: fc.nat(10),
  purgeAfter: fc.constantFrom('', '2027-02-23'),
  startedAt: maybeTime,
  closedAt: maybeTime,
  returnDate: day,
  anonymised: fc.boolean(),
});

const demarche = fc.record({ title: short, thematique: short, engagements: sub(ENGAGEMENTS), periodStart: day, periodEnd: day, pilote: short });

/** The kinds above the séance, scoped to the démarches of the set (none when it has no démarche). */
function demarcheKinds(demarcheIds: readonly string[]) {
  if (demarcheIds.length === 0) return fc.constant({ themes: [], themeLinks: [] });
  return fc.record({
    themes: with_(demarcheIds, fc.record({ title: short, order })),
    themeLinks: with_(demarcheIds, fc.record({ groupId: idArb, groupSessionId: idArb, themeId: fc.oneof(fc.constant(''), idArb) })),
  });
}

const owningItself = <T extends object>(fields: fc.Arbitrary<T>, minLength: number) =>
  fc.uniqueArray(fc.tuple(base(['x']), fields).map(([b, f]) => ({ ...b, ...f, sessionId: b.id })), { selector: (r) => r.id, minLength, maxLength: 3 });

/** A valid record set of every kind: 1–3 séances, 0–3 démarches, and up to 4 records of each other kind. */
export const fullRecordSets: fc.Arbitrary<RecordSet> = fc
  .tuple(owningItself(session, 1), owningItself(demarche, 0))
  .chain(([sessions, demarches]) =>
    fc
      .record({
        // A séance stands alone, belongs to a démarche of the set, or to one the file does not hold.
        links: fc.array(fc.tuple(fc.oneof(fc.constant(''), fc.constantFrom('', ...demarches.map((d) => d.id)), idArb), fc.oneof(fc.constant(''), idArb)), {
          minLength: sessions.length,
          maxLength: sessions.length,
        }),
        rest: fc.record(kinds(sessions.map((s) => s.id))),
        above: demarcheKinds(demarches.map((d) => d.id)),
      })
      .map(({ links, rest, above }) => ({
        sessions: sessions.map((s, i) => ({ ...s, demarcheId: links[i]![0], mirrorOf: links[i]![1] })),
        demarches,
        ...rest,
        ...above,
      })),
  )
  .map((r) => toRecordSet(r as unknown as Partial<RecordSet>));

export const sessionIdsOf = (set: RecordSet): string[] => set.sessions.map((s) => s.id);
export const demarcheIdsOf = (set: RecordSet): string[] => set.demarches.map((d) => d.id);
