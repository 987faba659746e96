// Report model → document: the full rapport de synthèse for the team, and the restitution for participants.
import { countKey, type MessageKey, type Translate } from '../i18n/core';
import { formatDateTime, formatDay, formatMinutes, formatShortDay, formatTime } from '../i18n/format';
import { isoDay } from '../domain/session';
import type { ReportSection } from '../domain/types';
import type { Block, DocSection, ReportDocument } from './document';
import type { ActionLine, CardLine, Quote, ReportModel } from './model';
import { briefSection } from './brief';
import { actionFacts, actionHeading, conductBlocks } from './outlineParts';

export { actionHeading };
import { heardBlocks } from './restitutionHeard';
import { count, speakerText, type Words } from './words';

const MINUTE = 60_000;

export const quoteBlock = (q: Quote, t: Translate): Block => ({ type: 'quote', text: q.text, by: speakerText(q.speaker, t) });

const cardItem = (c: CardLine, t: Translate): string => t('report.ideas.card', { kind: t(`board.kind.${c.kind}` as MessageKey), text: c.text });

const muted = (text: string): Block => ({ type: 'paragraph', text, tone: 'muted' });

/** Label → value rows, leaving out what was never filled in. */
function facts(rows: [string, string][]): Block[] {
  const kept = rows.filter(([, value]) => value.trim() !== '').map(([label, value]) => ({ label, value }));
  return kept.length > 0 ? [{ type: 'facts', rows: kept }] : [];
}

function section(key: ReportSection | null, heading: string, model: ReportModel, blocks: Block[], extra: Partial<DocSection> = {}): DocSection {
  return { key, heading, synthesis: key ? model.syntheses[key] : '', blocks, ...extra };
}

export function docSubtitle(model: ReportModel, { t, intl }: Words): string {
  const day = formatDay(model.header.date, intl);
  const base = day ? t('report.subtitle', { date: day }) : t('report.subtitle.noDate');
  return model.header.place ? `${base} — ${model.header.place}` : base;
}

function footer(model: ReportModel, { t, intl }: Words): string {
  const made = t('report.footer', { date: formatDateTime(model.generatedAt, intl) });
  return model.anonymised ? `${made} ${t('report.footer.anonymised')}` : made;
}

function headerSection(model: ReportModel, w: Words): DocSection {
  const { t, intl } = w;
  const h = model.header;
  const day = formatDay(h.date, intl);
  const when = h.startTime && day ? t('report.fact.dateTime', { date: day, time: h.startTime }) : day;
  const ran =
    h.startedAt !== null && h.closedAt !== null
      ? t('report.fact.ran', { from: formatTime(h.startedAt, intl), to: formatTime(h.closedAt, intl), length: formatMinutes(Math.round((h.closedAt - h.startedAt) / MINUTE), intl) })
      : t(`report.status.${h.status}`);
  const mix = h.profileMix.map((m) => t('report.fact.profile', { tag: m.tag, n: m.count })).join(', ');
  return section(null, t('report.section.header'), model, [
    ...facts([
      [t('report.fact.date'), when],
      [t('report.fact.place'), h.place],
      [t('report.fact.public'), h.audience.map((a) => t(`field.audience.${a}`)).join(', ')],
      [t('field.purpose'), t(`field.purpose.${h.purpose}`)],
      [t('report.fact.animateur'), h.animateur],
      [t('report.fact.secretaire'), h.secretaire],
      [t('report.fact.superviseur'), h.superviseur],
      [t('report.fact.participants'), `${count(t, 'report.count.participants', h.participantCount)}, ${count(t, 'report.count.consents', h.consentCount)}`],
      [t('report.fact.profiles'), mix],
      [t('report.fact.ranLabel'), ran],
    ]),
  ]);
}

function contextSection(model: ReportModel, w: Words): DocSection {
  const { t } = w;
  const c = model.context;
  const blocks = facts([
    [t('report.fact.objective'), c.objective],
    [t('report.fact.theme'), c.theme],
    [t('field.themeSources'), c.themeSources.map((s) => t(`field.themeSource.${s}`)).join(', ')],
    [t('report.fact.themeNote'), c.themeNote],
  ]);
  return section('context', t('report.section.context'), model, blocks.length > 0 ? blocks : [muted(t('report.empty.context'))]);
}

function expectationsSection(model: ReportModel, w: Words): DocSection {
  const { t } = w;
  const qs = model.expectations.questions;
  const blocks: Block[] = [];
  for (const index of [...new Set(qs.map((q) => q.phase))]) {
    const ofPhase = qs.filter((q) => q.phase === index);
    // « non posée » only means something in a phase where the animateur ticked questions: an animateur who
    // never used the checklist in a phase did not skip 15 questions out of 17.
    const ticked = ofPhase.some((q) => q.asked);
    blocks.push({ type: 'heading', text: t('report.phaseTitle', { n: index, title: ofPhase[0]!.phaseTitle }) });
    blocks.push({ type: 'list', items: ofPhase.map((q) => (q.asked || !ticked ? q.text : t('report.question.notAsked', { text: q.text }))) });
  }
  return section('expectations', t('report.section.expectations.annex'), model, blocks.length > 0 ? [muted(t('report.expectations.intro')), ...blocks] : [muted(t('report.empty.questions'))]);
}

function learningsSection(model: ReportModel, w: Words): DocSection {
  const { t } = w;
  const l = model.learnings;
  const counts = t('report.learnings.counts', {
    list: [count(t, 'report.count.verbatims', l.verbatimCount), count(t, 'report.count.notes', l.noteCount), count(t, 'report.count.cards', l.cardCount)].join(', '),
  });
  const quotes = l.keyQuotes.length > 0 ? [{ type: 'heading', text: t('report.learnings.keyQuotes') } as Block, ...l.keyQuotes.map((q) => quoteBlock(q, t))] : [muted(t('report.empty.keyQuotes'))];
  return section('learnings', t('report.section.learnings'), model, [muted(counts), ...quotes]);
}

function sideBlocks(side: ReportModel['views']['positive'], t: Translate, empty: string): Block[] {
  const out: Block[] = side.quotes.map((q) => quoteBlock(q, t));
  if (side.cards.length > 0) out.push({ type: 'list', items: side.cards.map((c) => t('report.views.card', { text: c.text })) });
  return out.length > 0 ? out : [muted(empty)];
}

function viewsSection(model: ReportModel, w: Words): DocSection {
  const { t } = w;
  return section('views', t('report.section.views'), model, [
    {
      type: 'columns',
      columns: [
        { heading: t('report.views.positive'), blocks: sideBlocks(model.views.positive, t, t('report.empty.positive')) },
        { heading: t('report.views.negative'), blocks: sideBlocks(model.views.negative, t, t('report.empty.negative')) },
      ],
    },
  ]);
}

function ideasSection(model: ReportModel, w: Words): DocSection {
  const { t } = w;
  const blocks: Block[] = [];
  for (const g of model.ideas.groups) {
    blocks.push({ type: 'heading', text: t('report.ideas.group', { title: g.title || t('report.ideas.untitled'), cards: count(t, 'report.count.cards', g.cards.length) }) });
    blocks.push(g.cards.length > 0 ? { type: 'list', items: g.cards.map((c) => cardItem(c, t)) } : muted(t('report.empty.group')));
  }
  if (model.ideas.ungrouped.length > 0) {
    blocks.push({ type: 'heading', text: t('report.ideas.ungrouped') });
    blocks.push({ type: 'list', items: model.ideas.ungrouped.map((c) => cardItem(c, t)) });
  }
  if (model.ideas.quotes.length > 0) {
    blocks.push({ type: 'heading', text: t('report.ideas.quotes') });
    blocks.push(...model.ideas.quotes.map((q) => quoteBlock(q, t)));
  }
  return section('ideas', t('report.section.ideas'), model, blocks.length > 0 ? blocks : [muted(t('report.empty.ideas'))]);
}

function tracksSection(model: ReportModel, w: Words): DocSection {
  const { t } = w;
  if (model.tracks.length === 0) return section('tracks', t('report.section.tracks'), model, [muted(t('report.empty.tracks'))]);
  const rows = model.tracks.map((tr) => [
    // Under the « Rang » header, « 2 ex æquo », not « Rang 2, ex æquo » (the board's wording, said without a header).
    tr.tied ? t('report.tracks.rankTied', { rank: tr.rank }) : String(tr.rank),
    tr.description ? `${tr.title}\n${tr.description}` : tr.title,
    String(tr.votes),
    tr.validated ? t('report.tracks.yes') : t('report.tracks.no'),
    tr.groups.join(', '),
    tr.actionNumbers.filter((n) => n !== '').map((n) => t('report.tracks.actionNumber', { n })).join(', '),
  ]);
  return section('tracks', t('report.section.tracks'), model, [
    {
      type: 'table',
      caption: t('report.tracks.caption'),
      head: [t('report.tracks.rank'), t('report.tracks.track'), t('report.tracks.votes'), t('report.tracks.validated'), t('report.tracks.groups'), t('report.tracks.actions')],
      rows,
      align: ['end', 'start', 'end', 'start', 'start', 'start'],
    },
  ]);
}

function actionsSection(model: ReportModel, w: Words): DocSection {
  const { t } = w;
  const blocks: Block[] = model.actions.flatMap((a: ActionLine) => [{ type: 'heading', text: actionHeading(a, t) } as Block, actionFacts(a, w)]);
  // No page break before the plan: wherever the pistes end, it left most of a page blank (Word, print). Each
  // fiche is kept whole instead (heading with its facts), so the plan reads on paper without a forced page.
  return section('actions', t('report.section.actions'), model, blocks.length > 0 ? blocks : [muted(t('report.empty.actions'))]);
}


function nextStepsSection(model: ReportModel, w: Words): DocSection {
  const { t, intl } = w;
  const validated = model.tracks.filter((tr) => tr.validated).length;
  return section('nextSteps', t('report.section.nextSteps'), model, [
    ...facts([
      [t('report.next.validated'), String(validated)],
      [t('report.next.actions'), String(model.actions.length)],
      [t('report.next.returnDate'), model.header.returnDate ? formatShortDay(model.header.returnDate, intl) : ''],
      [t('report.next.purge'), model.header.purgeAfter ? formatShortDay(model.header.purgeAfter, intl) : ''],
    ]),
  ]);
}

/** The full report, for the service and the superviseur. */
export function reportOutline(model: ReportModel, t: Translate, intl: string): ReportDocument {
  const w = { t, intl };
  return {
    lang: intl.slice(0, 2),
    title: model.header.title ? t('report.titleOf', { title: model.header.title }) : t('report.title'),
    subtitle: docSubtitle(model, w),
    // En bref alone on the first page; the guide's questions and the speaking times, for whoever wants the detail, in annexes at the end.
    sections: [
      briefSection(model, w),
      { ...headerSection(model, w), pageBreakBefore: true },
      contextSection(model, w),
      learningsSection(model, w),
      viewsSection(model, w),
      ideasSection(model, w),
      tracksSection(model, w),
      actionsSection(model, w),
      nextStepsSection(model, w),
      { ...expectationsSection(model, w), pageBreakBefore: true },
      section('conduct', t('report.section.conduct.annex'), model, conductBlocks(model, w)),
    ],
    footer: footer(model, w),
  };
}

/** The sections whose secrétaire's text the restitution carries: names typed there become « un participant ». */
export const RESTITUTION_SECTIONS: readonly ReportSection[] = ['restitution', 'learnings', 'nextSteps'];

/**
 * The one-page restitution for participants and the public: no names at all (not even P-numbers on
 * quotes), what was heard — what works and what must change, side by side —, and what will be done.
 */
export function restitutionOutline(model: ReportModel, t: Translate, intl: string): ReportDocument {
  // Its footer promises no names: only a model built with `anonymised: true` can keep that promise.
  if (!model.anonymised) throw new Error('restitutionOutline needs a model built with anonymised: true');
  const w = { t, intl };
  const h = model.header;
  const validated = model.tracks.filter((tr) => tr.validated);
  const done: Block[] = validated.map((tr) => {
    const sheets = model.actions.filter((a) => a.trackId === tr.id);
    // A fiche drafted from the piste often keeps its title: say it once, with the date if there is one.
    const by = (a: ActionLine, title: string) => (a.plannedEnd ? t('report.restitution.actionBy', { title, end: formatShortDay(a.plannedEnd, intl) || a.plannedEnd }) : title);
    const same = sheets.filter((a) => a.title.trim() === '' || a.title.trim() === tr.title.trim());
    const other = sheets.filter((a) => !same.includes(a)).map((a) => by(a, a.title));
    const head = same.length === 1 ? by(same[0]!, tr.title) : tr.title;
    return { type: 'list', items: [other.length > 0 ? `${head} — ${other.join(' ; ')}` : head] };
  });
  return {
    lang: intl.slice(0, 2),
    title: t('report.restitution.title'),
    subtitle: docSubtitle(model, w),
    sections: [
      section('restitution', t('report.restitution.thanksHeading'), model, [
        { type: 'paragraph', text: t(countKey('report.restitution.thanks', h.participantCount), { n: h.participantCount, title: h.title }) },
        ...(model.context.objective ? [{ type: 'paragraph', text: t('report.restitution.objective', { objective: model.context.objective }) } as Block] : []),
      ]),
      section('learnings', t('report.restitution.heard'), model, heardBlocks(model, t)),
      section(null, t('report.restitution.done'), model, done.length > 0 ? mergeLists(done) : [muted(t('report.empty.validated'))]),
      section('nextSteps', t('report.section.nextSteps'), model, []),
    ].filter((s) => s.blocks.length > 0 || s.synthesis.trim() !== ''),
    footer: t('report.restitution.footer', { date: formatShortDay(isoDay(new Date(model.generatedAt)), intl) }),
    onePage: true,
  };
}

function mergeLists(blocks: Block[]): Block[] {
  return [{ type: 'list', items: blocks.flatMap((b) => (b.type === 'list' ? b.items : [])) }];
}
