// The analysis export (.qdpx, REFI-QDA): the project and its text sources zipped with fflate; loaded only when the file is asked for.
//
// A .qdpx is a zip holding `project.qde` and a flat `sources/` folder (REFI-QDA 1.5, § 8.1), which NVivo,
// ATLAS.ti, MAXQDA, QualCoder and other qualitative-analysis tools import.
import { strToU8, zipSync } from 'fflate';
import { qdpxProject, type QdpxRequest } from './qdpxProject';

export type { QdpxRequest, QdpxTheme } from './qdpxProject';

/** No media type is registered for .qdpx; it is a zip, and saying so lets a share sheet carry it. */
export const QDPX_TYPE = 'application/zip';

/** The zip's entries are dated by the records' last change (not the clock): the same data give the same bytes. */
function entryDate(req: QdpxRequest): Date {
  let last = 0;
  for (const s of req.seances) for (const r of [s.session, ...s.verbatims, ...s.cards, ...s.groups, ...s.participants, ...s.phases]) if (r.updatedAt > last) last = r.updatedAt;
  const d = new Date(last);
  // Zip dates run from 1980 to 2107, and fflate refuses a year past 2099.
  return Number.isFinite(d.getTime()) && d.getFullYear() >= 1980 && d.getFullYear() <= 2099 ? d : new Date(1980, 0, 1);
}

export function renderQdpx(req: QdpxRequest): { name: string; bytes: Uint8Array } {
  const project = qdpxProject(req);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(project.qde) };
  for (const s of project.sources) files[s.path] = strToU8(s.text);
  return { name: project.name, bytes: zipSync(files, { mtime: entryDate(req) }) };
}
