// Use cases: export one séance, or every séance, as a Cercle file (anonymised on request) and hand it over.
import { deviceId } from '../db/connection';
import type { DeviceRole } from '../domain/device';
import { recordsOfSessions } from '../db/transfer';
import { isoDay } from '../domain/session';
import { KINDS, type SessionId } from '../domain/types';
import { anonymise, type RoleLabels } from '../format/anonymise';
import { buildEnvelope, serialise } from '../format/envelope';
import { exportFileName } from '../format/fileName';
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

/** The file, built from every record of the séance(s) — deleted ones too, so deletions travel. */
export async function buildExport(req: ExportRequest): Promise<ExportFile> {
  const all = req.sessionId === 'all';
  const records = await recordsOfSessions(all ? 'all' : [req.sessionId as SessionId]);
  const at = now();
  const plain = buildEnvelope(records, { appVersion: __APP_VERSION__, exportedAt: at, deviceId: deviceId() });
  const envelope = req.anonymised ? anonymise(plain, req.roleLabels) : plain;
  // The anonymised title is used in the file name too: a title may name someone.
  const session = all ? undefined : envelope.data.sessions.find((s) => s.id === req.sessionId);
  const name = exportFileName({
    day: session?.date || isoDay(new Date(at)),
    ...(all ? {} : { title: session?.title ?? '' }),
    role: req.role,
    anonymised: req.anonymised ?? false,
    exportedAt: at,
  });
  const count = KINDS.reduce((n, k) => n + envelope.data[k].length, 0);
  return { name, text: serialise(envelope), records: count, sessionIds: envelope.data.sessions.map((s) => s.id) };
}

/**
 * Build, then share or download. Only a file really handed over is a copy: a cancelled share sheet records
 * nothing, and neither does an anonymised file (it cannot bring the séance back on this tablet).
 */
export async function exportData(req: ExportRequest): Promise<{ name: string; delivery: Delivery; copyNoted: boolean }> {
  const file = await buildExport(req);
  const delivery = await deliverFile(file.name, file.text);
  const copied = delivery !== 'cancelled' && !req.anonymised;
  const copyNoted = copied ? await recordCopy(file.sessionIds, now()) : false;
  return { name: file.name, delivery, copyNoted };
}
