// A whole séance as the rapport de synthèse and its exports read it: through its pack (db/packs.ts), kept off the first screen.
import type { DemarcheKind, ReportInput } from '../domain/recordSet';
import { KINDS, type RecordKinds, type SessionId } from '../domain/types';
import type { Neighbours } from '../format/anonymise';
import { getDb } from './connection';
import { useLive, type Live } from './live';
import { packedRecordsOfMany, repackLater } from './packs';

const DEMARCHE_KINDS: readonly DemarcheKind[] = ['demarches', 'themes', 'themeLinks'];
const SEANCE_KINDS = KINDS.filter((k) => !(DEMARCHE_KINDS as readonly string[]).includes(k));

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

/**
 * The people of a séance's démarche outside the séance: its sibling séances (deleted ones too: their words may
 * still be quoted), their participants and the démarche's record. What an anonymised file of the one séance needs
 * to replace their names; none of their records goes in the file. Empty for a séance of no démarche.
 */
export async function siblingsOf(id: SessionId): Promise<Neighbours> {
  return getDb().transaction('r', [getDb().sessions, getDb().participants, getDb().demarches], async (tx) => {
    const demarcheId = (await tx.table<RecordKinds['sessions'], string>('sessions').get(id))?.demarcheId ?? '';
    if (demarcheId === '') return { sessions: [], participants: [] };
    const sessions = await tx
      .table<RecordKinds['sessions'], string>('sessions')
      .filter((s) => s.demarcheId === demarcheId && s.id !== id)
      .toArray();
    const participants = await tx.table<RecordKinds['participants'], string>('participants').where('sessionId').anyOf(sessions.map((s) => s.id)).toArray();
    const demarche = await tx.table<RecordKinds['demarches'], string>('demarches').get(demarcheId);
    return { sessions, participants, demarches: demarche ? [demarche] : [] };
  });
}

const NONE: Neighbours = { sessions: [], participants: [] };

/**
 * `siblingsOf`, live, when `wanted` (an anonymised view): a participant added to a sibling séance is a name the report
 * leaves out at once. Unwanted, nothing is read nor watched: the named report is not woken by every séance's writes.
 */
export const useSiblings = (id: SessionId, wanted: boolean): Live<Neighbours> => useLive(() => (wanted ? siblingsOf(id) : Promise.resolve(NONE)), [id, wanted]);
