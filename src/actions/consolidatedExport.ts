// Use case: a démarche's consolidated report (Word, web page, Markdown) and its analysis file (.qdpx) as files, anonymised, handed over like any export.
import { demarcheDataOf } from '../db/demarcheReads';
import { groupThemes } from '../domain/themeGrouping';
import type { DemarcheId } from '../domain/types';
import { demarcheReportFileName } from '../format/fileName';
import type { Translate } from '../i18n';
import { now } from '../platform/clock';
import { deliverFile, type Delivery } from '../platform/files';
import { consolidatedReport } from '../report/consolidated';
import { namelessDemarche } from '../report/consolidatedInput';
import { renderHtml } from '../report/html';
import { loadDocx } from '../report/loadDocx';
import { loadQdpx } from '../report/loadQdpx';
import { renderMarkdown } from '../report/markdown';

export type ConsolidatedFormat = 'docx' | 'html' | 'md' | 'qdpx';

const TYPES: Record<Exclude<ConsolidatedFormat, 'qdpx'>, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

export interface ConsolidatedFile {
  name: string;
  body: string | Blob;
  type: string;
}

/** Built from what is stored now; named after the démarche's title with its names replaced, like everything in it. */
export async function buildConsolidatedFile(id: DemarcheId, format: ConsolidatedFormat, t: Translate, intl: string): Promise<ConsolidatedFile | null> {
  const data = await demarcheDataOf(id);
  if (!data) return null;
  const { scrub } = namelessDemarche(data, t);
  const title = scrub(data.demarche.title);
  if (format === 'qdpx') {
    // The writer and its zip library are a chunk of their own, fetched (from the precache offline) only now.
    const { renderQdpx, QDPX_TYPE } = await loadQdpx();
    const themes = groupThemes(data.themes, data.links, data.seances).themes.map((th) => ({ id: th.theme.id, title: scrub(th.theme.title), groupIds: th.regroupements.map((r) => r.groupId) }));
    // Every séance of the démarche is in the file; its record brings the pilote's name.
    const { bytes } = renderQdpx({ seances: data.seances, neighbours: { sessions: [], participants: [], demarches: [data.demarche] }, themes, name: title || t('consolidation.report.title'), origin: `Cercle ${__APP_VERSION__}`, t });
    return { name: demarcheReportFileName({ title, what: 'analyse', extension: 'qdpx' }), body: new Blob([bytes as BlobPart], { type: QDPX_TYPE }), type: QDPX_TYPE };
  }
  const doc = consolidatedReport(data, { t, intl, now: now() });
  const name = demarcheReportFileName({ title, what: 'rapport-consolide', extension: format });
  if (format === 'html') return { name, body: renderHtml(doc), type: TYPES.html };
  if (format === 'md') return { name, body: renderMarkdown(doc), type: TYPES.md };
  // The docx library is a chunk of its own, fetched from the precache only when a Word file is asked for.
  const { renderDocx } = await loadDocx();
  return { name, body: await renderDocx(doc, { page: t('report.docx.page'), of: t('report.docx.of'), author: t('report.docx.author') }), type: TYPES.docx };
}

export async function exportConsolidated(id: DemarcheId, format: ConsolidatedFormat, t: Translate, intl: string): Promise<{ name: string; delivery: Delivery } | null> {
  const file = await buildConsolidatedFile(id, format, t, intl);
  if (!file) return null;
  return { name: file.name, delivery: await deliverFile(file.name, file.body, file.type) };
}
