// Use case: the report (or the restitution, or its tables) as a file, for the chosen audience, handed over like any export.
import { reportInputOf, siblingsOf } from '../db/reportReads';
import { reportFileName, type ReportFileKind } from '../format/fileName';
import type { Translate } from '../i18n';
import { now } from '../platform/clock';
import { deliverFile, type Delivery } from '../platform/files';
import { documentFor, documentKind, forParticipants, isAnonymised, modelFor, type ReportView } from '../report/audience';
import { recordChangesTold } from './returnDate';
import { cardsCsv, verbatimsCsv } from '../report/csv';
import { renderHtml } from '../report/html';
import { loadDocx } from '../report/loadDocx';
import { renderMarkdown } from '../report/markdown';
import type { SessionId } from '../domain/types';

export type ReportFormat = 'docx' | 'html' | 'md' | 'verbatims' | 'cards';

const CSV = 'text/csv;charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ReportFile {
  name: string;
  /** The séance's return date when the file was made (« Ce qui a changé » is made for it). */
  returnDate: string;
  body: string | Blob;
  type: string;
}

/** Built from what is stored now (syntheses included), not from what the screen last rendered. */
export async function buildReportFile(sessionId: SessionId, format: ReportFormat, view: ReportView, t: Translate, intl: string): Promise<ReportFile | null> {
  // The tables list every verbatim with its P-number: people who sat in the circle could tell who said
  // what. The restitution is only ever the nameless document.
  if (forParticipants(view.audience) && (format === 'verbatims' || format === 'cards')) return null;
  const input = await reportInputOf(sessionId);
  if (!input) return null;
  // Anonymised, the names of its démarche's other séances go too (an usager an agent quotes).
  const model = modelFor(input, view, now(), t, isAnonymised(view) ? await siblingsOf(sessionId) : undefined);
  const anonymised = isAnonymised(view);
  const document: ReportFileKind = documentKind(view.audience);
  // The title is the model's: anonymised with the rest when the report is (a title may name someone).
  const name = (what: ReportFileKind, extension: string) => reportFileName({ day: model.header.date, title: model.header.title, what, anonymised, extension });
  switch (format) {
    case 'verbatims':
      return { name: name('verbatims', 'csv'), body: verbatimsCsv(model, t, intl), type: CSV, returnDate: model.header.returnDate };
    case 'cards':
      return { name: name('post-its', 'csv'), body: cardsCsv(model, t), type: CSV, returnDate: model.header.returnDate };
    case 'html':
      return { name: name(document, 'html'), body: renderHtml(documentFor(model, view, t, intl)), type: 'text/html;charset=utf-8', returnDate: model.header.returnDate };
    case 'md':
      return { name: name(document, 'md'), body: renderMarkdown(documentFor(model, view, t, intl)), type: 'text/markdown;charset=utf-8', returnDate: model.header.returnDate };
    case 'docx': {
      // The docx library is a chunk of its own, fetched from the precache only when a Word file is asked for.
      const { renderDocx } = await loadDocx();
      const blob = await renderDocx(documentFor(model, view, t, intl), { page: t('report.docx.page'), of: t('report.docx.of'), author: t('report.docx.author') });
      return { name: name(document, 'docx'), body: blob, type: DOCX, returnDate: model.header.returnDate };
    }
  }
}

export async function exportReport(sessionId: SessionId, format: ReportFormat, view: ReportView, t: Translate, intl: string): Promise<{ name: string; delivery: Delivery } | null> {
  const file = await buildReportFile(sessionId, format, view, t, intl);
  if (!file) return null;
  const delivery = await deliverFile(file.name, file.body, file.type);
  if (view.audience === 'changes' && delivery !== 'cancelled') await recordChangesTold(sessionId, file.returnDate);
  return { name: file.name, delivery };
}
