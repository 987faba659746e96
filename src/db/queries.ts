// Read side for the screens: live queries of one séance's records, tombstones filtered out.
import { mapKindsAsync, type ReportInput } from '../domain/recordSet';
import { bySeat } from '../domain/participants';
import type { Kind, Participant, Phase, RecordKinds, Session, SessionId, Synthesis, Turn, Verbatim } from '../domain/types';
import Dexie from 'dexie';
import { getDb } from './connection';
import { tableOf } from './schema';
import { useLive, type Live } from './live';

export async function recordsOf<K extends Kind>(kind: K, sessionId: SessionId, withDeleted = false): Promise<RecordKinds[K][]> {
  const rows = await tableOf(getDb(), kind).where('sessionId').equals(sessionId).toArray();
  return withDeleted ? rows : rows.filter((r) => !r.deleted);
}

export async function liveSessions(): Promise<Session[]> {
  return (await getDb().sessions.toArray()).filter((s) => !s.deleted);
}

/** Séances deleted from Accueil whose rows are still here (tombstones), latest deletion first. */
export async function deletedSessions(): Promise<Session[]> {
  return (await getDb().sessions.toArray()).filter((s) => s.deleted).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function sessionById(id: SessionId): Promise<Session | undefined> {
  const s = await getDb().sessions.get(id);
  return s && !s.deleted ? s : undefined;
}

export async function participantsOf(sessionId: SessionId): Promise<Participant[]> {
  return bySeat(await recordsOf('participants', sessionId));
}

export async function phasesOf(sessionId: SessionId): Promise<Phase[]> {
  return (await recordsOf('phases', sessionId)).sort((a, b) => a.index - b.index);
}

/** The most recent turns, newest first, read through the [sessionId+startedAt] index (fast with thousands). */
export async function latestTurns(sessionId: SessionId, limit: number): Promise<Turn[]> {
  const rows = await getDb()
    .turns.where('[sessionId+startedAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return rows.filter((t) => !t.deleted);
}

/** The latest `limit` verbatims in capture order, read through the index so 5,000 cost no more than 200. */
export async function latestVerbatims(sessionId: SessionId, limit: number): Promise<{ verbatims: Verbatim[]; more: boolean }> {
  // One row past the page says whether older ones exist, without counting thousands.
  const rows = await getDb()
    .verbatims.where('[sessionId+capturedAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .reverse()
    .limit(limit + 1)
    .toArray();
  return { verbatims: rows.slice(0, limit).filter((v) => !v.deleted).reverse(), more: rows.length > limit };
}

/** The latest captured verbatim (tombstones included: their place in time stays taken). */
export async function latestVerbatim(sessionId: SessionId): Promise<Verbatim | undefined> {
  return getDb()
    .verbatims.where('[sessionId+capturedAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .last();
}

/** The turn in progress, if any: at most one is open, and it is the latest started. */
export async function openTurnOf(sessionId: SessionId): Promise<Turn | undefined> {
  return (await latestTurns(sessionId, 8)).find((t) => t.endedAt === null);
}

/** Is any séance being run right now? Updates wait while one is, so nothing reloads mid-séance. */
export async function anySessionRunning(): Promise<boolean> {
  return (await getDb().sessions.where('status').equals('en_cours').toArray()).some((s) => !s.deleted);
}

/**
 * Every record the rapport de synthèse reads for one séance, tombstones included (buildReport drops
 * them). Without `syntheses`, typing a synthesis does not re-read and rebuild the whole report.
 */
export async function reportInputOf(sessionId: SessionId, { syntheses = true } = {}): Promise<ReportInput | undefined> {
  const session = await sessionById(sessionId);
  if (!session) return undefined;
  // The séance is read above; without `syntheses` their table is not read, so not watched either.
  const { sessions: _read, ...records } = await mapKindsAsync((kind) =>
    kind === 'sessions' || (kind === 'syntheses' && !syntheses) ? Promise.resolve([]) : recordsOf(kind, sessionId, true),
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
