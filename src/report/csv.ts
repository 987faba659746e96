// The séance as two spreadsheets for French Excel: every verbatim and observation, and every post-it.
import type { MessageKey, Translate } from '../i18n/core';
import { csvDateTime, csvDocument, typedText } from './csvFormat';
import type { ReportModel } from './model';
import { speakerText } from './words';

/** One row per verbatim or observation, in capture order, starred or not. */
export function verbatimsCsv(model: ReportModel, t: Translate, intl: string): string {
  const phaseTitles = new Map(model.conduct.phases.map((p) => [p.index, p.title]));
  const head = ['when', 'phase', 'who', 'text', 'tags', 'key', 'kind'].map((k) => t(`report.csv.${k}` as MessageKey));
  const rows = model.quotes.map((q) => [
    csvDateTime(q.capturedAt, intl),
    t('report.csv.phaseValue', { n: q.phase, title: phaseTitles.get(q.phase) ?? '' }),
    // An observation with nobody named is the secrétaire's own, not an unidentified participant's words.
    typedText(q.kind === 'note' && q.speaker.kind === 'inconnu' ? t('report.csv.who.note') : speakerText(q.speaker, t)),
    typedText(q.text),
    q.tags.map((tag) => t(`notes.tag.${tag}`)).join(', '),
    q.key ? t('report.csv.yes') : t('report.csv.no'),
    t(`report.csv.kind.${q.kind}`),
  ]);
  return csvDocument([head, ...rows]);
}

/** One row per post-it, in board order, with its group and the pistes drawn from that group (`intl` unused: no date, kept so both exports are called alike). */
export function cardsCsv(model: ReportModel, t: Translate, _intl?: string): string {
  const head = [t('report.csv.card'), t('report.csv.cardKind'), t('report.csv.group'), t('report.csv.tracks')];
  // Titles may hold commas: pistes are set apart the way a French list of titles is.
  const rows = model.cards.map((c) => [typedText(c.text), t(`board.kind.${c.kind}`), typedText(c.group ?? ''), c.tracks.map(typedText).join(' ; ')]);
  return csvDocument([head, ...rows]);
}
