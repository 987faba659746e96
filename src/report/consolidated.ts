// A démarche → its consolidated report as a ReportDocument (the séance report's five renderers read it): En bref, per theme each public, pistes ranked together, the séances.
import { consolidate, mirrorByTheme, publicsOf, type MirrorCell } from '../domain/consolidate';
import { rankingRule, rankPistes, shareWords, type PisteRanking } from '../domain/ranking';
import { liveSeances } from '../domain/seanceOrder';
import { groupThemes, type Regroupement, type ThemeGrouping } from '../domain/themeGrouping';
import type { ActionStatus, Audience, Theme } from '../domain/types';
import { ACTION_STATUSES } from '../domain/plan';
import { countKey, type MessageKey } from '../i18n/core';
import { formatCount, formatDateTime, formatPercent, formatShortDay } from '../i18n/format';
import { LEARNING_SECTIONS, lineOf } from './brief';
import { namelessDemarche, scrubDocument, type ConsolidatedInput, type NamelessDemarche } from './consolidatedInput';
import type { Block, DocSection, ReportDocument } from './document';
import { actionHeading } from './outlineParts';
import { statusText } from './progressWords';
import { distinctLabels, seanceLabel } from './qdpxText';
import type { Words } from './words';

export type { ConsolidatedInput };

/** How many themes the En bref page names, and how many quotes each public gets under a theme. */
export const STRONG_POINTS = 3;
export const QUOTES_PER_PUBLIC = 3;

type Seance = NamelessDemarche['seances'][number];

interface Ctx extends Words {
  /** Séance id → « séance de Lyon », beside its public (« Agent, séance de Lyon »). */
  label: ReadonlyMap<string, string>;
  /** Séance id → the same, told apart from a séance of the same place by its public (« séance de Lyon, agents »): where no public is said. */
  named: ReadonlyMap<string, string>;
  /** Séance id → its publics, « Usagers »: two séances in one place are told apart by them. */
  publics: ReadonlyMap<string, string>;
  seances: readonly Seance[];
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);
const muted = (text: string): Block => ({ type: 'paragraph', text, tone: 'muted' });
const section = (heading: string, blocks: Block[], pageBreakBefore = false): DocSection => ({ key: null, heading, synthesis: '', blocks, ...(pageBreakBefore ? { pageBreakBefore } : {}) });

/** « 3 séances », « 1 séance », « aucune séance », numbers written the French way (« 1 200 »). */
function counted({ t, intl }: Words, key: MessageKey, n: number): string {
  return t(countKey(key, n), { n: formatCount(n, intl) });
}

function publicName(audience: Audience | null, { t }: Words): string {
  return audience === null ? t('consolidation.report.public.none') : t(`field.audience.${audience}`);
}

/** « Usager, séance de Lyon »: the public and the place, never a name nor a P-number (they mean nothing across séances). */
function attribution(audience: Audience | null, sessionId: string, c: Ctx): string {
  return c.t('consolidation.report.by', { public: c.t(`consolidation.report.person.${audience ?? 'none'}`), seance: c.label.get(sessionId) ?? '' });
}

function periodText(from: string, to: string, { t, intl }: Words): string {
  const f = formatShortDay(from, intl);
  const e = formatShortDay(to, intl);
  if (f && e) return t('consolidation.report.period', { from: f, to: e });
  if (f) return t('consolidation.report.period.from', { from: f });
  if (e) return t('consolidation.report.period.to', { to: e });
  return t('consolidation.report.period.none');
}

function regroupementLine(r: Regroupement, c: Ctx): string {
  const postits = r.cards.length;
  return c.t('consolidation.report.regroupement', { title: r.title.trim() || c.t('consolidation.report.regroupement.untitled'), seance: c.named.get(r.sessionId) ?? '', postits: counted(c, 'report.count.cards', postits) });
}

const participantsOf = (s: Seance) => s.participants.filter((p) => !p.deleted).length;

function briefSection(d: NamelessDemarche, grouping: ThemeGrouping<Theme>, ranking: PisteRanking, c: Ctx): DocSection {
  const { t } = c;
  const demarche = d.demarche;
  const places = [...new Set(c.seances.map((s) => s.session.place.trim()).filter((p) => p !== ''))];
  const publics = consolidate(c.seances).publics.map((p) => t('consolidation.report.publicCount', { public: publicName(p.audience, c), seances: counted(c, 'consolidation.report.count.seances', p.sessionIds.length) }));
  const participants = c.seances.reduce((n, s) => n + participantsOf(s), 0);
  const facts = [
    [t('consolidation.report.fact.demarche'), demarche.title],
    [t('consolidation.report.fact.thematique'), demarche.thematique],
    [t('consolidation.report.fact.engagements'), demarche.engagements.map((e) => t(`engagement.short.${e}`)).join('\n')],
    [t('consolidation.report.fact.period'), periodText(demarche.periodStart, demarche.periodEnd, c)],
    [t('consolidation.report.fact.seances'), t('consolidation.report.seancesHeld', { seances: counted(c, 'consolidation.report.count.seances', c.seances.length), participants: counted(c, 'consolidation.report.count.participants', participants) })],
    [t('consolidation.report.fact.places'), places.join(', ')],
    [t('consolidation.report.fact.publics'), publics.join(', ')],
  ]
    .filter(([, value]) => value!.trim() !== '')
    .map(([label, value]) => ({ label: label!, value: value! }));

  // The strongest points: the themes that gathered the most post-its; without themes yet, the largest regroupements.
  const themes = grouping.themes.filter((th) => th.cardCount > 0).sort((a, b) => b.cardCount - a.cardCount);
  const strong =
    themes.length > 0
      ? themes.slice(0, STRONG_POINTS).map((th) => {
          const heard = [...new Set(th.sessionIds.flatMap((id) => publicsOf(c.seances.find((s) => s.session.id === id)!.session)))];
          return t('consolidation.report.brief.strong.theme', {
            title: th.theme.title,
            postits: counted(c, 'report.count.cards', th.cardCount),
            seances: counted(c, 'consolidation.report.count.seances', th.sessionIds.length),
            publics: heard.map((a) => publicName(a, c)).join(', '),
          });
        })
      : grouping.unthemed.filter((r) => r.cards.length > 0).sort((a, b) => b.cards.length - a.cards.length).slice(0, STRONG_POINTS).map((r) => regroupementLine(r, c));

  // Each séance's secrétaire's first line among the report's learning sections: what that séance retained.
  const retained = c.seances.flatMap((s) => {
    const live = s.syntheses.filter((x) => !x.deleted);
    const line = LEARNING_SECTIONS.flatMap((key) => live.filter((x) => x.section === key).flatMap((x) => x.text.split('\n').map(lineOf))).find((l) => l !== '');
    // The secrétaire's words, not the group's: said as theirs (« … — synthèse du secrétaire, séance de Lyon »).
    return line ? [upperFirst(t('consolidation.report.brief.seanceLine', { seance: c.named.get(s.session.id) ?? '', line }))] : [];
  });

  const kept = ranking.pistes.filter((p) => p.validated);
  const byStatus = new Map<ActionStatus, number>();
  for (const p of ranking.pistes) for (const a of p.actions) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const statuses = ACTION_STATUSES.filter((s) => byStatus.has(s)).map((s) => t(countKey(`consolidation.report.status.${s}`, byStatus.get(s)!), { n: formatCount(byStatus.get(s)!, c.intl) }));

  const blocks: Block[] = [
    ...(facts.length > 0 ? [{ type: 'facts', rows: facts } as Block] : []),
    { type: 'heading', text: t('consolidation.report.brief.strong') },
    strong.length > 0 ? { type: 'list', items: strong } : muted(t('consolidation.report.brief.strong.none')),
    ...(retained.length > 0 ? [{ type: 'heading', text: t('consolidation.report.brief.seances') } as Block, { type: 'list', items: retained } as Block] : []),
    { type: 'heading', text: t('consolidation.report.brief.pistes') },
    kept.length > 0 ? { type: 'list', items: kept.map((p) => `${p.title} (${c.label.get(p.sessionId) ?? ''}, ${(c.publics.get(p.sessionId) ?? '').toLocaleLowerCase(c.intl)})`) } : muted(t('consolidation.report.brief.pistes.none')),
    statuses.length > 0 ? { type: 'paragraph', text: t('consolidation.report.brief.actions', { list: statuses.join(', ') }) } : muted(t('consolidation.report.brief.actions.none')),
  ];
  return section(t('consolidation.report.brief.heading'), blocks);
}

function cellBlocks(cell: MirrorCell, c: Ctx): Block[] {
  if (cell.regroupements.length === 0) return [muted(c.t('consolidation.report.theme.nothing'))];
  const quotes = cell.quotes.slice(0, QUOTES_PER_PUBLIC).map((q): Block => ({ type: 'quote', text: q.text, by: attribution(cell.audience, q.sessionId, c) }));
  return [{ type: 'list', items: cell.regroupements.map((r) => regroupementLine(r, c)) }, ...quotes];
}

function themeSections(grouping: ThemeGrouping<Theme>, c: Ctx): DocSection[] {
  const { t } = c;
  const mirror = mirrorByTheme(grouping, c.seances);
  const out: DocSection[] = mirror.map((m, i) => {
    const th = grouping.themes[i]!;
    const counts = t('consolidation.report.theme.counts', { postits: counted(c, 'report.count.cards', th.cardCount), seances: counted(c, 'consolidation.report.count.seances', th.sessionIds.length) });
    const columns = m.cells.map((cell) => ({ heading: publicName(cell.audience, c), blocks: cellBlocks(cell, c) }));
    return section(th.theme.title, [muted(counts), ...(columns.length > 0 ? [{ type: 'columns', columns } as Block] : [])], i === 0);
  });
  if (out.length === 0) out.push(section(t('consolidation.report.themes.none.heading'), [muted(t('consolidation.report.themes.none'))], true));
  const rest = grouping.unthemed;
  out.push(section(t('consolidation.report.unthemed'), rest.length > 0 ? [{ type: 'list', items: rest.map((r) => regroupementLine(r, c)) }] : [muted(t('consolidation.report.unthemed.none'))]));
  return out;
}

function pistesSection(ranking: PisteRanking, c: Ctx): DocSection {
  const { t, intl } = c;
  const heading = t('consolidation.report.pistes');
  if (ranking.pistes.length === 0) return section(heading, [muted(t('consolidation.report.pistes.none'))]);
  // The rule said in words before the table: without it, 3 points ranking above 12 looks like a mistake.
  const rule = rankingRule(ranking).map((line): Block => ({ type: 'paragraph', text: t(line.key, line.params) }));
  const rows = ranking.pistes.map((p) => {
    const words = shareWords(p);
    const share = p.seanceVotes === 0 ? t(words.key) : t('consolidation.report.pistes.shareValue', { percent: formatPercent(p.share, intl), words: t(words.key, words.params) });
    const actions = p.actions.map((a) => t('consolidation.report.pistes.action', { heading: actionHeading(a, t), status: statusText({ status: a.status, since: a.since, reason: '' }, c) }));
    // Four columns, not six: where it comes from and whether its group validated it go under its title, so the
    // table reads on a portrait tablet and an A4 page without words broken over three lines.
    const piste = [p.title, t('consolidation.report.pistes.where', { seance: upperFirst(c.label.get(p.sessionId) ?? ''), publics: c.publics.get(p.sessionId) ?? '' }), p.validated ? t('report.tracks.validated') : ''];
    return [p.tied ? t('report.tracks.rankTied', { rank: p.rank }) : String(p.rank), piste.filter((x) => x.trim() !== '').join('\n'), share, actions.join('\n')];
  });
  return section(heading, [
    ...rule,
    {
      type: 'table',
      caption: t('consolidation.report.pistes.caption'),
      head: [t('report.tracks.rank'), t('report.tracks.track'), t('consolidation.report.pistes.share'), t('report.tracks.actions')],
      rows,
      align: ['end', 'start', 'start', 'start'],
    },
  ]);
}

/** Not on a page of its own: a few rows would leave most of a sheet blank (the pistes' table often moves whole before it). */
function annexSection(c: Ctx): DocSection {
  const { t, intl } = c;
  const heading = t('consolidation.report.annex');
  if (c.seances.length === 0) return section(heading, [muted(t('consolidation.report.annex.none'))]);
  const rows = c.seances.map((s) => [
    formatShortDay(s.session.date, intl) || s.session.date,
    s.session.place.trim() || t('consolidation.report.noPlace'),
    publicsOf(s.session).map((a) => publicName(a, c)).join(', '),
    formatCount(participantsOf(s), intl),
  ]);
  return section(heading, [
    {
      type: 'table',
      caption: t('consolidation.report.annex.caption'),
      head: [t('consolidation.report.annex.date'), t('consolidation.report.annex.place'), t('consolidation.report.annex.public'), t('consolidation.report.annex.participants')],
      rows,
      align: ['start', 'start', 'start', 'end'],
    },
  ]);
}

/** A mirror keeps its source's place: where a line says no public, two séances of one place are told apart by it, then by their day. */
function namedApart(seances: readonly Seance[], w: Words): Map<string, string> {
  const publics = (s: Seance) => publicsOf(s.session).map((a) => publicName(a, w)).join(', ').toLocaleLowerCase(w.intl);
  const labels = distinctLabels(seances, (s) => seanceLabel(s.session, w.t), [publics, (s) => formatShortDay(s.session.date, w.intl)], w.t);
  return new Map(seances.map((s, i) => [s.session.id as string, labels[i]!]));
}

/**
 * The consolidated report of a démarche, anonymised: no participant's name nor P-number, no role name, the pilote's
 * name left out; every text built here goes through the démarche's scrub last. `now`: when it is made (its footer).
 */
export function consolidatedReport(input: ConsolidatedInput, { t, intl, now }: Words & { now: number }): ReportDocument {
  const d = namelessDemarche(input, t);
  const seances = liveSeances(d.seances);
  const w = { t, intl };
  const c: Ctx = {
    ...w,
    seances,
    label: new Map(seances.map((s) => [s.session.id as string, seanceLabel(s.session, t)])),
    named: namedApart(seances, w),
    publics: new Map(seances.map((s) => [s.session.id as string, publicsOf(s.session).map((a) => publicName(a, w)).join(', ')])),
  };
  const grouping = groupThemes(d.themes, d.links, seances);
  const ranking = rankPistes(seances);
  const title = d.demarche.title.trim();
  const doc: ReportDocument = {
    lang: intl.slice(0, 2),
    title: title ? t('consolidation.report.titleOf', { title }) : t('consolidation.report.title'),
    subtitle: t('consolidation.report.subtitle', { period: periodText(d.demarche.periodStart, d.demarche.periodEnd, c), seances: counted(c, 'consolidation.report.count.seances', seances.length) }),
    sections: [briefSection(d, grouping, ranking, c), ...themeSections(grouping, c), pistesSection(ranking, c), annexSection(c)],
    footer: t('consolidation.report.footer', { date: formatDateTime(now, intl) }),
  };
  return scrubDocument(doc, d.scrub);
}
