// Read side of one fiche's follow-up screen: the fiche, its séance and every record of its follow-up, live.
import type { ActionId, ActionSheet, FollowUp, Indicator, Measure, Milestone, Session, SessionId, StatusChange } from '../domain/types';
import { useLive, type Live } from './live';
import { get, recordsOf, sessionById } from './queries';

export interface FicheData {
  session: Session;
  action: ActionSheet;
  /** Live records of this fiche only, in no particular order (the domain orders them). */
  changes: StatusChange[];
  milestones: Milestone[];
  indicators: Indicator[];
  measures: Measure[];
  followUps: FollowUp[];
}

/** Undefined when the séance or the fiche is gone (or the fiche is not this séance's). */
export async function ficheOf(sessionId: SessionId, actionId: ActionId): Promise<FicheData | undefined> {
  const [session, action] = await Promise.all([sessionById(sessionId), get('actions', actionId)]);
  if (!session || !action || action.deleted || action.sessionId !== sessionId) return undefined;
  // A séance holds a few dozen of these at most: read by séance, kept by fiche.
  const mine = async <K extends 'statusChanges' | 'milestones' | 'indicators' | 'measures' | 'followUps'>(kind: K) => (await recordsOf(kind, sessionId)).filter((r) => r.actionId === actionId);
  const [changes, milestones, indicators, measures, followUps] = await Promise.all([mine('statusChanges'), mine('milestones'), mine('indicators'), mine('measures'), mine('followUps')]);
  return { session, action, changes, milestones, indicators, measures, followUps };
}

export const useFiche = (sessionId: SessionId, actionId: ActionId): Live<FicheData | undefined> => useLive(() => ficheOf(sessionId, actionId), [sessionId, actionId]);
