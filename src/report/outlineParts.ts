// Report parts that the screen and the En bref page also show on their own: how the séance went, a fiche action's heading and fields.
import { formatMinutes, formatPercent, formatShortDay } from '../i18n/format';
import type { Block } from './document';
import type { Translate } from '../i18n/core';
import type { ActionFields, ActionLine, ReportModel } from './model';
import { count, speakerText, type Words } from './words';

const MINUTE = 60_000;

/** "+5 min", "−5 min", "=" : how far a phase ran from its plan. */
function gap(plannedMinutes: number, actualMs: number, intl: string): string {
  const diff = Math.round(actualMs / MINUTE) - plannedMinutes;
  if (diff === 0) return '=';
  return diff > 0 ? `+${formatMinutes(diff, intl)}` : formatMinutes(diff, intl);
}

/** Planned vs actual time per phase, then speaking time per person as bars. */
export function conductBlocks(model: ReportModel, { t, intl }: Words): Block[] {
  const c = model.conduct;
  const minutes = (ms: number) => formatMinutes(Math.round(ms / MINUTE), intl);
  const blocks: Block[] = [
    {
      type: 'table',
      caption: t('summary.phases'),
      head: [t('summary.phase'), t('summary.planned'), t('summary.actual'), t('report.conduct.gap')],
      rows: c.phases.map((p) => [t('report.phaseTitle', { n: p.index, title: p.title }), formatMinutes(p.plannedMinutes, intl), p.started ? minutes(p.actualMs) : t('report.conduct.notRun'), p.started ? gap(p.plannedMinutes, p.actualMs, intl) : '']),
      foot: [t('report.conduct.phasesTotal'), formatMinutes(c.plannedMinutes, intl), minutes(c.actualMs), gap(c.plannedMinutes, c.actualMs, intl)],
      align: ['start', 'end', 'end', 'end'],
    },
  ];
  // The séance's hours (« de 10:00 à 12:02 ») and the phases' total differ by the time between phases: say so, or the figures look wrong.
  const { startedAt, closedAt } = model.header;
  const between = startedAt !== null && closedAt !== null ? Math.round((closedAt - startedAt - c.actualMs) / MINUTE) : 0;
  if (between >= 1) blocks.push({ type: 'paragraph', text: t('report.conduct.between', { length: formatMinutes(between, intl) }), tone: 'muted' });
  if (c.turnCount === 0) return [...blocks, { type: 'paragraph', text: t('report.conduct.noTurns'), tone: 'muted' }];
  blocks.push({
    type: 'bars',
    caption: t('summary.chart'),
    bars: c.speakers.map((s) => ({
      label: s.speaker.kind === 'animateur' ? t('talk.animateur') : speakerText(s.speaker, t),
      value: s.ms,
      display: t('report.conduct.bar', { time: minutes(s.ms), share: formatPercent(s.share, intl), turns: count(t, 'report.count.turns', s.turns) }),
      muted: s.speaker.kind === 'animateur',
    })),
  });
  const balance = c.balance === null ? t('talk.balance.none') : t('report.conduct.balance', { value: formatPercent(c.balance, intl) });
  blocks.push({ type: 'list', items: [t('report.conduct.turnsTotal', { turns: count(t, 'report.count.turns', c.turnCount) }), balance, t('talk.animateurShare', { share: formatPercent(c.animateurShare, intl) })] });
  return blocks;
}

const FIELDS: readonly Exclude<keyof ActionFields, 'engagements'>[] = ['theme', 'commitment', 'owner', 'contributors', 'start', 'plannedEnd', 'problem', 'objective', 'description', 'indicators'];
const DATES: ReadonlySet<keyof ActionFields> = new Set(['start', 'plannedEnd']);

/** Every field of the method's fiche, in its order; an empty one says "à compléter" so gaps show on paper. */
export function actionFacts(a: ActionFields & { track: string | null }, { t, intl }: Words): Block {
  const value = (field: Exclude<keyof ActionFields, 'engagements'>) => {
    const raw = a[field].trim();
    if (raw === '') return t('report.action.toFill');
    return DATES.has(field) ? formatShortDay(raw, intl) || raw : raw;
  };
  const rows = FIELDS.map((field) => ({ label: t(`action.field.${field}`), value: value(field) }));
  // The programme's own words, one per line: the fiche says which promise to the public it keeps.
  const engagements = a.engagements.map((e) => `«\u00a0${t(`engagement.wording.${e}`)}\u00a0»`).join('\n');
  rows.unshift({ label: t('action.field.engagements'), value: engagements || t('report.action.toFill') });
  if (a.track) rows.unshift({ label: t('action.field.track'), value: a.track });
  return { type: 'facts', rows };
}

/** « Fiche action n° 2 — Ouvrir le samedi », or the title alone for an unnumbered fiche. */
export function actionHeading(a: Pick<ActionLine, 'number' | 'title'>, t: Translate): string {
  const title = a.title || t('report.action.untitled');
  return a.number ? t('report.action.heading', { n: a.number, title }) : title;
}
