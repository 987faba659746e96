// Read side for the screens: live queries of one séance's records, tombstones filtered out.
import type { Kind, Participant, Phase, Session, SessionId, Synthesis } from '../domain/types';
import type { ReportInput } from '../report/build';
import { getDb } from './connection';
import { useLive, type Live } from './live';
import { readerOver } from './reads';

/** The screens' reads: over the whole database, each query in its own (live) transaction. */
const ambient = readerOver((kind) => getDb().table(kind));

export const { recordsOf, sessionById, participantsOf, phasesOf, latestTurns, latestVerbatims, latestVerbatim, openTurnOf } = ambient;

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
 * Every record the rapport de synthèse reads for one séance, tombstones included (buildReport drops
 * them). Without `syntheses`, typing a synthesis does not re-read and rebuild the whole report.
 */
export async function reportInputOf(sessionId: SessionId, { syntheses = true } = {}): Promise<ReportInput | undefined> {
  const session = await sessionById(sessionId);
  if (!session) return undefined;
  const all = <K extends Kind>(kind: K) => recordsOf(kind, sessionId, true);
  const [participants, phases, turns, verbatims, cards, groups, tracks, votes, actions, texts] = await Promise.all([
    all('participants'),
    all('phases'),
    all('turns'),
    all('verbatims'),
    all('cards'),
    all('groups'),
    all('tracks'),
    all('votes'),
    all('actions'),
    syntheses ? all('syntheses') : Promise.resolve([] as Synthesis[]),
  ]);
  return { session, participants, phases, turns, verbatims, cards, groups, tracks, votes, actions, syntheses: texts };
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
