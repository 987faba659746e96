// Read side for the screens: live queries of one séance's records, tombstones filtered out.
import { mapKindsAsync, type ReportInput } from '../domain/recordSet';
import { KINDS, type Participant, type Phase, type Session, type SessionId, type Synthesis } from '../domain/types';
import { getDb } from './connection';
import { useLive, type Live } from './live';
import { readerOver } from './reads';
import { tableOf } from './schema';

/** The screens' reads: over the whole database, each query in its own (live) transaction. */
const ambient = readerOver((kind) => tableOf(getDb(), kind));

export const { get, recordsOf, sessionById, participantsOf, phasesOf, latestTurns, latestVerbatims, latestVerbatim, openTurnOf } = ambient;

export async function liveSessions(): Promise<Session[]> {
  return (await getDb().sessions.toArray()).filter((s) => !s.deleted);
}

/** Séances deleted from Accueil whose rows are still here (tombstones), latest deletion first. */
export async function deletedSessions(): Promise<Session[]> {
  return (await getDb().sessions.toArray()).filter((s) => s.deleted).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Is any séance being run right now? Updates wait while one is, so nothing reloads mid-séance. */
export async function anySessionRunning(): Promise<boolean> {
  return (await getDb().sessions.where('status').equals('en_cours').toArray()).some((s) => !s.deleted);
}

/**
 * Did any record of the séance change after `at`? Stops at the first one found, so a séance with fresh changes
 * costs one read; only a séance unchanged since its copy is read through.
 */
export async function changedSince(sessionId: SessionId, at: number): Promise<boolean> {
  for (const kind of KINDS) {
    const hit = await tableOf(getDb(), kind)
      .where('sessionId')
      .equals(sessionId)
      .filter((r) => r.updatedAt > at)
      .first();
    if (hit) return true;
  }
  return false;
}

/**
 * Every record the rapport de synthèse reads for one séance, tombstones included (buildReport drops
 * them). Without `syntheses`, typing a synthesis does not re-read and rebuild the whole report.
 */
export async function reportInputOf(sessionId: SessionId, { syntheses = true } = {}): Promise<ReportInput | undefined> {
  const session = await sessionById(sessionId);
  if (!session) return undefined;
  // The séance is read above; without `syntheses` their table is not read, so not watched either.
  const { sessions: _read, demarches: _d, themes: _t, themeLinks: _l, ...records } = await mapKindsAsync((kind) =>
    kind === 'sessions' || kind === 'demarches' || kind === 'themes' || kind === 'themeLinks' || (kind === 'syntheses' && !syntheses) ? Promise.resolve([]) : recordsOf(kind, sessionId, true),
  );
  return { ...records, session };
}

/** The secrétaire's texts of a séance, one per report section (live ones). */
export const synthesesOf = (sessionId: SessionId): Promise<Synthesis[]> => recordsOf('syntheses', sessionId);

export const useSessions = (): Live<Session[]> => useLive(liveSessions, []);
export const useDeletedSessions = (): Live<Session[]> => useLive(deletedSessions, []);
export const useSession = (id: SessionId): Live<Session | undefined> => useLive(() => sessionById(id), [id]);
export const useParticipants = (id: SessionId): Live<Participant[]> => useLive(() => participantsOf(id), [id]);
export const usePhases = (id: SessionId): Live<Phase[]> => useLive(() => phasesOf(id), [id]);
export const useSessionRunning = (): Live<boolean> => useLive(anySessionRunning, []);
export const useReportInput = (id: SessionId, withSyntheses = true): Live<ReportInput | undefined> =>
  useLive(() => reportInputOf(id, { syntheses: withSyntheses }), [id, withSyntheses]);
export const useSyntheses = (id: SessionId): Live<Synthesis[]> => useLive(() => synthesesOf(id), [id]);
