// The rapport de synthèse's « En bref » page, for the directeur who reads one page: three learnings, the actions decided, the next date.
import { formatDay, formatShortDay } from '../i18n/format';
import type { ReportSection } from '../domain/types';
import type { Block, DocSection } from './document';
import type { ActionLine, ReportModel } from './model';
import { actionHeading } from './outlineParts';
import { statusText } from './progressWords';
import { speakerText, type Words } from './words';

/** How many learnings the page gives. */
export const BRIEF_LEARNINGS = 3;

/** The secrétaire's texts a learning is taken from, in the order the report reads them. */
export const LEARNING_SECTIONS: readonly ReportSection[] = ['learnings', 'views', 'ideas', 'tracks'];

export type Learning = { from: 'synthesis'; text: string } | { from: 'quote'; text: string; by: string };

/** A line without its list mark (« - », « • », « 1. »): the page lists them itself. */
export const lineOf = (raw: string) => raw.replace(/^\s*(?:[-•*–]|\d+[.)])\s+/, '').trim();

/**
 * The three learnings: the first lines the secrétaire wrote in the report's learning sections (learnings,
 * then views, ideas, pistes), one line each; when none was written, the starred quotes in the order they were said.
 */
export function briefLearnings(model: ReportModel, speaker: (q: ReportModel['learnings']['keyQuotes'][number]) => string): Learning[] {
  const lines = LEARNING_SECTIONS.flatMap((s) => model.syntheses[s].split('\n').map(lineOf)).filter((l) => l !== '');
  if (lines.length > 0) return lines.slice(0, BRIEF_LEARNINGS).map((text) => ({ from: 'synthesis', text }));
  return model.learnings.keyQuotes.slice(0, BRIEF_LEARNINGS).map((q) => ({ from: 'quote', text: q.text, by: speaker(q) }));
}

/** The actions decided: fiches of a validated piste, and those added on their own (the team decided them); not those of a piste left aside. */
export function briefActions(model: ReportModel): ActionLine[] {
  const validated = new Set(model.tracks.filter((tr) => tr.validated).map((tr) => tr.id));
  return model.actions.filter((a) => a.trackId === null || validated.has(a.trackId));
}

export function briefSection(model: ReportModel, w: Words): DocSection {
  const { t, intl } = w;
  const learnings = briefLearnings(model, (q) => speakerText(q.speaker, t));
  const actions = briefActions(model);
  const blocks: Block[] = [
    { type: 'heading', text: t('report.brief.learnings') },
    ...(learnings.length === 0
      ? [{ type: 'paragraph', text: t('report.brief.noLearnings'), tone: 'muted' } as Block]
      : learnings[0]!.from === 'synthesis'
        ? [{ type: 'list', items: learnings.map((l) => l.text) } as Block]
        : learnings.map((l): Block => ({ type: 'quote', text: l.text, by: l.from === 'quote' ? l.by : '' }))),
    { type: 'heading', text: t('report.brief.actions') },
    actions.length === 0
      ? { type: 'paragraph', text: t('report.brief.noActions'), tone: 'muted' }
      : {
          type: 'table',
          caption: t('report.brief.actionsCaption'),
          head: [t('report.brief.action'), t('report.brief.owner'), t('report.brief.end'), t('report.brief.status')],
          rows: actions.map((a) => [actionHeading(a, t), a.owner.trim() || t('report.action.toFill'), (a.plannedEnd && (formatShortDay(a.plannedEnd, intl) || a.plannedEnd)) || t('report.action.toFill'), statusText(a.progress, w)]),
        },
    {
      type: 'facts',
      rows: [{ label: t('report.brief.next'), value: formatDay(model.header.returnDate, intl) || t('report.brief.next.none') }],
    },
  ];
  return { key: null, heading: t('report.brief.heading'), synthesis: '', blocks, part: 'brief' };
}
