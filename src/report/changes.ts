// « Ce qui a changé », the one page told back to the participants: what they said, what was done about it, what is left to do. No names.
import { formatDay, formatShortDay } from '../i18n/format';
import { isoDay } from '../domain/session';
import type { Block, DocSection, ReportDocument } from './document';
import type { ActionLine, Quote, ReportModel } from './model';
import { docSubtitle } from './outline';
import { indicatorText, milestoneText, statusText } from './progressWords';
import { heardInRestitution } from './restitutionHeard';
import { capitaliseQuote } from './restitutionWording';
import type { Words } from './words';

/** Voices recalled at the top: enough to recognise what was said, short enough for one page. */
export const CHANGES_QUOTES = 3;

const muted = (text: string): Block => ({ type: 'paragraph', text, tone: 'muted' });
const section = (heading: string, blocks: Block[]): DocSection => ({ key: null, heading, synthesis: '', blocks });

/** What had to change: the restitution's « ce qui doit changer » side first, then the other starred voices; never who said it. */
export function toldUs(model: ReportModel): { quotes: Quote[]; cards: string[] } {
  const heard = heardInRestitution(model);
  const quotes = [...heard.negative.quotes, ...heard.others].slice(0, CHANGES_QUOTES);
  return { quotes, cards: quotes.length > 0 ? [] : heard.negative.cards.map((c) => c.text) };
}

/** The actions the participants hear about: those of a validated piste, then those added on their own. */
function decided(model: ReportModel): { heading: string; actions: ActionLine[] }[] {
  const pistes = model.tracks.filter((tr) => tr.validated).map((tr) => ({ heading: tr.title, actions: model.actions.filter((a) => a.trackId === tr.id) }));
  const alone = model.actions.filter((a) => a.trackId === null);
  return alone.length > 0 ? [...pistes, { heading: '', actions: alone }] : pistes;
}

/** One line per action: its title (unless the piste's), its status and day, then each indicator's movement on lines of its own. */
function doneItem(a: ActionLine, piste: string, w: Words): string {
  const title = a.title.trim();
  const status = statusText(a.progress, w);
  const head = title === '' || title === piste.trim() ? status : w.t('report.changes.action', { title, status });
  return [head, ...a.progress.indicators.map((i) => indicatorText(i, w))].join('\n');
}

function leftItem(a: ActionLine, w: Words): string {
  const { t, intl } = w;
  const title = a.title.trim() || a.track || t('report.action.untitled');
  const parts = [a.plannedEnd ? t('report.changes.left.end', { title, day: formatShortDay(a.plannedEnd, intl) || a.plannedEnd }) : title];
  if (a.progress.nextMilestone) parts.push(milestoneText(a.progress.nextMilestone, w));
  return parts.join(' ; ');
}

export function changesOutline(model: ReportModel, w: Words): ReportDocument {
  // Its footer promises no names: only a model built like the restitution's can keep that promise.
  if (!model.anonymised) throw new Error('changesOutline needs a model built with anonymised: true');
  const { t, intl } = w;
  const h = model.header;
  const told = toldUs(model);
  const said: Block[] =
    told.quotes.length > 0
      ? told.quotes.map((q) => ({ type: 'quote', text: capitaliseQuote(q.text), by: '' }))
      : told.cards.length > 0
        ? [{ type: 'list', items: told.cards }]
        : [muted(t('report.changes.told.none'))];
  const day = formatDay(h.date, intl);
  const lead = h.title ? (day ? t('report.changes.lead', { title: h.title, date: day }) : t('report.changes.lead.noDate', { title: h.title })) : '';
  const groups = decided(model);
  const done: Block[] = groups.flatMap(({ heading, actions }) => [
    { type: 'heading', text: heading || t('report.changes.done.others') } as Block,
    actions.length > 0 ? ({ type: 'list', items: actions.map((a) => doneItem(a, heading, w)) } as Block) : muted(t('report.changes.done.noAction')),
  ]);
  const left = groups.flatMap((g) => g.actions).filter((a) => a.progress.status === 'prevue' || a.progress.status === 'en_cours');
  return {
    lang: intl.slice(0, 2),
    title: t('report.changes.title'),
    subtitle: docSubtitle(model, w),
    sections: [
      section(t('report.changes.told'), [...(lead ? [{ type: 'paragraph', text: lead } as Block] : []), ...said]),
      section(t('report.changes.done'), done.length > 0 ? done : [muted(t('report.empty.validated'))]),
      section(t('report.changes.left'), left.length > 0 ? [{ type: 'list', items: left.map((a) => leftItem(a, w)) }] : [muted(t('report.changes.left.none'))]),
    ],
    footer: t('report.restitution.footer', { date: formatShortDay(isoDay(new Date(model.generatedAt)), intl) }),
    onePage: true,
  };
}
