// Use case: one séance as an analysis file (REFI-QDA, .qdpx) for NVivo, ATLAS.ti, MAXQDA…, anonymised, handed over like any export.
import { reportInputOf, siblingsOf } from '../db/reportReads';
import type { SessionId } from '../domain/types';
import { reportFileName } from '../format/fileName';
import type { Translate } from '../i18n';
import { deliverFile, type Delivery } from '../platform/files';
import { loadQdpx } from '../report/loadQdpx';

export interface QdpxFile {
  name: string;
  body: Blob;
  type: string;
}

/** Built from what is stored now; the file is named like the report's files, its title the anonymised one. */
export async function buildQdpxFile(sessionId: SessionId, t: Translate): Promise<QdpxFile | null> {
  const input = await reportInputOf(sessionId, { syntheses: false });
  if (!input) return null;
  // The writer and its zip library are a chunk of their own, fetched (from the precache offline) only now.
  const { renderQdpx, QDPX_TYPE } = await loadQdpx();
  // Its sibling séances' names are on this tablet: a participant of the usagers' séance quoted by an agent goes too.
  const neighbours = await siblingsOf(sessionId);
  const { name: title, bytes } = renderQdpx({ seances: [input], neighbours, origin: `Cercle ${__APP_VERSION__}`, t });
  const name = reportFileName({ day: input.session.date, title, what: 'analyse', anonymised: true, extension: 'qdpx' });
  return { name, body: new Blob([bytes as BlobPart], { type: QDPX_TYPE }), type: QDPX_TYPE };
}

export async function exportQdpx(sessionId: SessionId, t: Translate): Promise<{ name: string; delivery: Delivery } | null> {
  const file = await buildQdpxFile(sessionId, t);
  if (!file) return null;
  return { name: file.name, delivery: await deliverFile(file.name, file.body, file.type) };
}
