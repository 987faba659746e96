// Use cases: export one séance, every séance, or a whole démarche as a Cercle file (anonymised on request, a démarche by default) and hand it over.
import { deviceId } from '../db/connection';
import type { DeviceRole } from '../domain/device';
import { siblingsOf } from '../db/reportReads';
import { recordsOfDemarche, recordsOfSeance, recordsOfSessions } from '../db/transfer';
import type { RecordSet } from '../domain/recordSet';
import { isoDay } from '../domain/session';
import { KINDS, type DemarcheId, type SessionId } from '../domain/types';
import { anonymise, type Neighbours, type RoleLabels } from '../format/anonymise';
import { buildEnvelope, serialise, type Envelope } from '../format/envelope';
import { demarcheFileName, exportFileName } from '../format/fileName';
import { now } from '../platform/clock';
import { deliverFile, type Delivery } from '../platform/files';
import { recordCopy } from './copies';

export interface ExportRequest {
  /** One séance, or every séance of this tablet. */
  sessionId: SessionId | 'all';
  /** This tablet's role, written into the file name so the other tablet knows whose notes they are. */
  role: DeviceRole;
  anonymised?: boolean;
  /** Words put in place of the animateur's, secrétaire's and superviseur's names inside texts. */
  roleLabels?: RoleLabels;
}

export interface ExportFile {
  name: string;
  text: string;
  /** Records in the file, tombstones included. */
  records: number;
  /** The séances the file holds: each now has a copy off the tablet once the file is delivered. */
  sessionIds: SessionId[];
}

/** The envelope of these records, anonymised on request, and what a file of it says about itself. */
function fileOf(records: RecordSet, anonymised: boolean, roleLabels: RoleLabels | undefined, at: number, neighbours?: Neighbours): Envelope {
  const plain = buildEnvelope(records, { appVersion: __APP_VERSION__, exportedAt: at, deviceId: deviceId() });
  return anonymised ? anonymise(plain, roleLabels, neighbours) : plain;
}

function exportFile(name: string, envelope: Envelope): ExportFile {
  const count = KINDS.reduce((n, k) => n + envelope.data[k].length, 0);
  return { name, text: serialise(envelope), records: count, sessionIds: envelope.data.sessions.map((s) => s.id) };
}

/**
 * The file, built from every record of the séance(s) — deleted ones too, so deletions travel. One
 * séance's file also carries its démarche's record (not its themes), so the receiving tablet knows it.
 */
export async function buildExport(req: ExportRequest): Promise<ExportFile> {
  const all = req.sessionId === 'all';
  const records = all ? await recordsOfSessions('all') : await recordsOfSeance(req.sessionId as SessionId);
  // An anonymised séance of a démarche: its sibling séances' names are on this tablet, so they go from its texts too.
  const neighbours = !all && req.anonymised ? await siblingsOf(req.sessionId as SessionId) : undefined;
  const at = now();
  const envelope = fileOf(records, req.anonymised ?? false, req.roleLabels, at, neighbours);
  // The anonymised title is used in the file name too: a title may name someone.
  const session = all ? undefined : envelope.data.sessions.find((s) => s.id === req.sessionId);
  const name = exportFileName({
    day: session?.date || isoDay(new Date(at)),
    ...(all ? {} : { title: session?.title ?? '' }),
    role: req.role,
    anonymised: req.anonymised ?? false,
    exportedAt: at,
  });
  return exportFile(name, envelope);
}

export interface DemarcheExportRequest {
  demarcheId: DemarcheId;
  /** The version with names, on explicit choice only: a démarche's file is for a team outside the site, anonymised by default. */
  full?: boolean;
  /** Words put in place of role names and of the pilote inside texts. */
  roleLabels?: RoleLabels;
}

/** A whole démarche in one file: its record, themes and links, and every séance attached to it with all their records. */
export async function buildDemarcheExport(req: DemarcheExportRequest): Promise<ExportFile> {
  const records = await recordsOfDemarche(req.demarcheId);
  if (!records.demarches.some((d) => d.id === req.demarcheId)) throw new Error('Unknown démarche');
  const at = now();
  const anonymised = req.full !== true;
  const envelope = fileOf(records, anonymised, req.roleLabels, at);
  const demarche = envelope.data.demarches.find((d) => d.id === req.demarcheId);
  return exportFile(demarcheFileName({ title: demarche?.title ?? '', anonymised, exportedAt: at }), envelope);
}

/**
 * Build, then share or download. Only a file really handed over is a copy: a cancelled share sheet records
 * nothing, and neither does an anonymised file (it cannot bring the séance back on this tablet).
 */
export async function exportData(req: ExportRequest): Promise<{ name: string; delivery: Delivery; copyNoted: boolean }> {
  return deliver(await buildExport(req), req.anonymised ?? false);
}

/** A démarche's file, shared or downloaded; its full version is a copy of each of its séances. */
export async function exportDemarche(req: DemarcheExportRequest): Promise<{ name: string; delivery: Delivery; copyNoted: boolean }> {
  return deliver(await buildDemarcheExport(req), req.full !== true);
}

async function deliver(file: ExportFile, anonymised: boolean): Promise<{ name: string; delivery: Delivery; copyNoted: boolean }> {
  const delivery = await deliverFile(file.name, file.text);
  const copied = delivery !== 'cancelled' && !anonymised;
  const copyNoted = copied ? await recordCopy(file.sessionIds, now()) : false;
  return { name: file.name, delivery, copyNoted };
}
