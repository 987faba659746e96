// A whole séance as the rapport de synthèse and its exports read it: through its pack (db/packs.ts), kept off the first screen.
import type { ReportInput } from '../domain/recordSet';
import { KINDS, type SessionId } from '../domain/types';
import { useLive, type Live } from './live';
import { packedRecordsOf, repackLater } from './packs';

/**
 * Every record the rapport de synthèse reads for one séance, tombstones included (buildReport drops
 * them). Without `syntheses`, typing a synthesis does not re-read and rebuild the whole report.
 */
export async function reportInputOf(sessionId: SessionId, { syntheses = true } = {}): Promise<ReportInput | undefined> {
  // Without `syntheses` their records are not read, so not watched either.
  const read = await packedRecordsOf(sessionId, syntheses ? KINDS : KINDS.filter((k) => k !== 'syntheses'));
  repackLater(sessionId, read);
  const { sessions, ...records } = read.records;
  const session = sessions[0];
  return session && !session.deleted ? { ...records, session } : undefined;
}

export const useReportInput = (id: SessionId, withSyntheses = true): Live<ReportInput | undefined> =>
  useLive(() => reportInputOf(id, { syntheses: withSyntheses }), [id, withSyntheses]);
