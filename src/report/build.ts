// Séance records → report model: counts, the positive/negative split, pistes by votes, planned vs actual.
import { byOrder, settle } from '../domain/board';
import { live } from '../domain/records';
import { REPORT_SECTIONS } from '../domain/synthesis';
import { balance, talkStats } from '../domain/talk';
import { phaseElapsed } from '../domain/timer';
import type { Card, Group, Participant, ParticipantId, ReportSection, Speaker, Track, Verbatim } from '../domain/types';
import { byCapture } from '../domain/verbatims';
import { byPriority } from '../domain/votes';
import type { ReportInput } from '../domain/recordSet';
import { anonymiseSeance, type RoleLabels } from '../format/anonymise';
import type { CardLine, Quote, ReportModel, SpeakerRef, SpeakerTime, TrackLine } from './model';
import { progressByAction } from './progress';

export type { ReportInput };

export interface ReportOptions {
  anonymised: boolean;
  /** The moment the report is made: open turns and running phases are counted up to it. */
  now: number;
  /** Words put in place of the animateur's, secrétaire's and superviseur's names inside texts, when anonymised. */
  roleLabels?: RoleLabels;
  /** When anonymised: the same words for every participant instead of P1…Pn (the restitution). */
  everyoneAs?: string;
  /** Applied to each text where a name was replaced (the restitution's wording). */
  tidy?: (text: string) => string;
  /** When anonymised: the names known in the séance's démarche (its sibling séances' people, the pilote) → their words. */
  known?: ReadonlyMap<string, string>;
}

const POSITIVE_TAGS = new Set(['positif']);
const NEGATIVE_TAGS = new Set(['negatif', 'irritant']);
const IDEA_TAGS = new Set(['idee', 'attente']);

function speakerRef(speaker: Verbatim['speaker'] | Speaker, name: string, people: ReadonlyMap<string, Participant>): SpeakerRef {
  if (speaker === 'animateur') return { kind: 'animateur' };
  if (speaker === 'groupe') return { kind: 'groupe' };
  if (speaker === 'inconnu') return { kind: 'inconnu' };
  const p = people.get(speaker);
  return { kind: 'participant', label: p?.pseudonym ?? name, removed: !p || p.deleted };
}

function quoteOf(v: Verbatim, people: ReadonlyMap<string, Participant>): Quote {
  return { id: v.id, text: v.text, speaker: speakerRef(v.speaker, v.speakerName, people), phase: v.phase, capturedAt: v.capturedAt, key: v.key, tags: [...v.tags], kind: v.kind };
}

function cardLine(c: Card, groupTitles: ReadonlyMap<string, string>, groupTracks: ReadonlyMap<string, string[]>): CardLine {
  const tracks = c.groupId ? (groupTracks.get(c.groupId) ?? []) : [];
  return { id: c.id, text: c.text, kind: c.kind, polarity: c.polarity, group: (c.groupId && groupTitles.get(c.groupId)) ?? null, tracks };
}

/** Group id → titles of the pistes drawn from it, in the report's order of pistes. */
function tracksByGroup(lines: readonly TrackLine[], records: readonly Track[]): Map<string, string[]> {
  const groupsOf = new Map(records.map((t) => [t.id as string, t.groupIds]));
  const out = new Map<string, string[]>();
  for (const line of lines) for (const g of groupsOf.get(line.id) ?? []) out.set(g, [...(out.get(g) ?? []), line.title]);
  return out;
}

/** "usager" ×3, "agent" ×2…: most frequent first, then alphabetical in French. */
function profileMix(participants: readonly Participant[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of participants) for (const tag of new Set(p.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'fr'));
}

function speakerTimes(input: ReportInput, people: ReadonlyMap<string, Participant>, now: number): SpeakerTime[] {
  const stats = talkStats(input.turns, now);
  const seated = [...input.participants].sort((a, b) => Number(a.deleted) - Number(b.deleted) || a.seat - b.seat);
  // A removed participant who never spoke has nothing to show; one who spoke keeps their time.
  const shown = seated.filter((p) => !p.deleted || stats.has(p.id));
  const rows: SpeakerTime[] = shown.map((p) => {
    const s = stats.get(p.id);
    return { speaker: speakerRef(p.id, p.pseudonym, people), ms: s?.ms ?? 0, turns: s?.turns ?? 0, share: s?.share ?? 0 };
  });
  const a = stats.get('animateur');
  rows.push({ speaker: { kind: 'animateur' }, ms: a?.ms ?? 0, turns: a?.turns ?? 0, share: a?.share ?? 0 });
  return rows;
}

function trackLines(input: ReportInput, groups: readonly Group[], cards: readonly Card[]): TrackLine[] {
  const groupTitle = new Map(groups.map((g) => [g.id, g.title]));
  const actions = live(input.actions);
  return byPriority(input.tracks, input.votes).map(({ track, votes, rank: r, tied }) => {
    const groupIds = track.groupIds.filter((id) => groupTitle.has(id));
    return {
      id: track.id,
      title: track.title,
      description: track.description,
      votes,
      rank: r,
      tied,
      validated: track.validated,
      groups: groupIds.map((id) => groupTitle.get(id)!),
      cardCount: cards.filter((c) => c.groupId !== null && groupIds.includes(c.groupId)).length,
      actionNumbers: actions.filter((x) => x.trackId === track.id).map((x) => x.number),
    };
  });
}

/** Fiches action in their numbering order ("2" before "10"), unnumbered ones last. */
function byNumber(a: { number: string; createdAt: number; id: string }, b: { number: string; createdAt: number; id: string }): number {
  if (a.number === '' || b.number === '') return Number(a.number === '') - Number(b.number === '') || a.createdAt - b.createdAt;
  return a.number.localeCompare(b.number, 'fr', { numeric: true }) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
}

export function buildReport(raw: ReportInput, options: ReportOptions): ReportModel {
  // The same séance with every name replaced (format/anonymise), so one model serves both audiences.
  const input = options.anonymised ? anonymiseSeance(raw, options.roleLabels, options.everyoneAs, options.tidy, options.known) : raw;
  const { session, now } = { session: input.session, now: options.now };
  const people = new Map(input.participants.map((p) => [p.id as string, p]));
  const present = live(input.participants);
  const phases = live(input.phases).sort((a, b) => a.index - b.index);
  const verbatims = live(input.verbatims).sort(byCapture);
  const quotes = verbatims.filter((v) => v.kind === 'verbatim');
  const groups = live(input.groups).sort(byOrder);
  const groupTitles = new Map(groups.map((g) => [g.id as string, g.title]));
  // Grouped post-its in the groups' order, the unsorted ones last; inside an area, the board's order.
  const area = new Map(groups.map((g, i) => [g.id as string, i]));
  const areaOf = (c: Card) => (c.groupId === null ? groups.length : area.get(c.groupId)!);
  // A post-it whose group was deleted (here, or on the other tablet before a merge) is unsorted, as on the board.
  const cards = settle(live(input.cards), input.groups).sort((a, b) => areaOf(a) - areaOf(b) || byOrder(a, b));
  const tracks = trackLines(input, groups, cards);
  const groupTracks = tracksByGroup(tracks, live(input.tracks));
  const cardsOf = (keep: (c: Card) => boolean) => cards.filter(keep).map((c) => cardLine(c, groupTitles, groupTracks));
  const quotesOf = (tags: ReadonlySet<string>) => quotes.filter((v) => v.tags.some((t) => tags.has(t))).map((v) => quoteOf(v, people));
  const stats = talkStats(input.turns, now);
  const speakers = speakerTimes(input, people, now);
  const syntheses = Object.fromEntries(REPORT_SECTIONS.map((s) => [s, ''])) as Record<ReportSection, string>;
  for (const s of live(input.syntheses)) syntheses[s.section] = s.text;
  const trackTitle = new Map(live(input.tracks).map((t) => [t.id as string, t.title]));
  const progress = progressByAction(input);

  return {
    anonymised: options.anonymised,
    generatedAt: now,
    header: {
      title: session.title,
      date: session.date,
      startTime: session.startTime,
      place: session.place,
      purpose: session.purpose,
      audience: [...session.audience],
      animateur: session.animateur,
      secretaire: session.secretaire,
      superviseur: session.superviseur,
      status: session.status,
      participantCount: present.length,
      consentCount: present.filter((p) => p.consent).length,
      profileMix: profileMix(present),
      startedAt: session.startedAt,
      closedAt: session.closedAt,
      purgeAfter: session.purgeAfter,
      returnDate: session.returnDate,
    },
    context: { objective: session.objective, theme: session.theme, themeSources: [...session.themeSources], themeNote: session.themeNote },
    expectations: {
      questions: phases.flatMap((ph) => ph.prompts.filter((q) => q.text.trim() !== '').map((q) => ({ phase: ph.index, phaseTitle: ph.title, text: q.text, asked: q.askedAt !== null }))),
    },
    conduct: {
      phases: phases.map((ph) => ({ index: ph.index, title: ph.title, plannedMinutes: ph.plannedMinutes, actualMs: phaseElapsed(ph, now), started: ph.startedAt !== null })),
      plannedMinutes: phases.reduce((sum, ph) => sum + ph.plannedMinutes, 0),
      actualMs: phases.reduce((sum, ph) => sum + phaseElapsed(ph, now), 0),
      speakers,
      turnCount: live(input.turns).length,
      balance: balance(present.map((p) => p.id as ParticipantId), stats),
      animateurShare: stats.get('animateur')?.share ?? 0,
    },
    learnings: {
      keyQuotes: quotes.filter((v) => v.key).map((v) => quoteOf(v, people)),
      verbatimCount: quotes.length,
      noteCount: verbatims.length - quotes.length,
      cardCount: cards.length,
    },
    views: {
      positive: { quotes: quotesOf(POSITIVE_TAGS), cards: cardsOf((c) => c.polarity === 'positive') },
      negative: { quotes: quotesOf(NEGATIVE_TAGS), cards: cardsOf((c) => c.polarity === 'negative') },
    },
    ideas: {
      groups: groups.map((g) => ({ id: g.id, title: g.title, cards: cardsOf((c) => c.groupId === g.id) })),
      ungrouped: cardsOf((c) => c.groupId === null && (c.kind === 'idee' || c.kind === 'attente')),
      quotes: quotesOf(IDEA_TAGS),
    },
    tracks,
    actions: live(input.actions)
      .sort(byNumber)
      .map((a) => ({
        id: a.id,
        trackId: a.trackId && trackTitle.has(a.trackId) ? a.trackId : null,
        track: (a.trackId && trackTitle.get(a.trackId)) ?? null,
        number: a.number,
        title: a.title,
        engagements: [...a.engagements],
        theme: a.theme,
        commitment: a.commitment,
        owner: a.owner,
        contributors: a.contributors,
        start: a.start,
        plannedEnd: a.plannedEnd,
        problem: a.problem,
        objective: a.objective,
        description: a.description,
        indicators: a.indicators,
        progress: progress(a.id),
      })),
    syntheses,
    quotes: verbatims.map((v) => quoteOf(v, people)),
    cards: cardsOf(() => true),
  };
}
