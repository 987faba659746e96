// A whole séance as the rapport de synthèse and its exports read it: through its pack (db/packs.ts), kept off the first screen.
import type { DemarcheKind, ReportInput } from '../domain/recordSet';
import { KINDS, type SessionId } from '../domain/types';

const DEMARCHE_KINDS: readonly DemarcheKind[] = ['demarches', 'themes', 'themeLinks'];
const SEANCE_KINDS = KINDS.filter((k) => !(DEMARCHE_KINDS as readonly string[]).includes(k));
import { useLive, type Live } from './live';
import { packedRecordsOfMany, repackLater } from './packs';

/**
 * Every record the rapport de synthèse reads for one séance, tombstones included (buildReport drops
 * them). Without `syntheses`, typing a synthesis does not re-read and rebuild the whole report.
 */
export async function reportInputOf(sessionId: SessionId, { syntheses = true } = {}): Promise<ReportInput | undefined> {
  return (await reportInputsOf([sessionId], { syntheses }))[0];
}

/** `reportInputOf` for several séances in one transaction (a démarche's): undefined for one missing or deleted. */
export async function reportInputsOf(sessionIds: readonly SessionId[], { syntheses = true } = {}): Promise<(ReportInput | undefined)[]> {
  // Without `syntheses` their records are not read, so not watched either.
  const reads = await packedRecordsOfMany(sessionIds, syntheses ? SEANCE_KINDS : SEANCE_KINDS.filter((k) => k !== 'syntheses'));
  return reads.map((read, i) => {
    repackLater(sessionIds[i]!, read);
    // The démarche-level kinds are scoped by a démarche's id, never a séance's: nothing of them in a séance's pack.
    const { sessions, demarches: _d, themes: _t, themeLinks: _l, ...records } = read.records;
    const session = sessions[0];
    return session && !session.deleted ? { ...records, session } : undefined;
  });
}

export const useReportInput = (id: SessionId, withSyntheses = true): Live<ReportInput | undefined> =>
  useLive(() => reportInputOf(id, { syntheses: withSyntheses }), [id, withSyntheses]);
