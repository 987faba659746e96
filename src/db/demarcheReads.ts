// A démarche as its screens read it, live: its record, themes and links, and each attached séance whole, through its pack.
import type { ReportInput } from '../domain/recordSet';
import type { Demarche, DemarcheId, SessionId, Theme, ThemeLink } from '../domain/types';
import { liveSeances } from '../domain/seanceOrder';
import { getDb } from './connection';
import { useLive, type Live } from './live';
import { reportInputsOf } from './reportReads';

export interface DemarcheData {
  demarche: Demarche;
  /** Live themes and links, tombstones included (domain/themeGrouping.ts sets them aside). */
  themes: Theme[];
  links: ThemeLink[];
  /** Every live séance attached to it, whole (tombstones of their records included), by day. */
  seances: ReportInput[];
}

/** Every démarche of the tablet, tombstones left out, by title. */
export async function liveDemarches(): Promise<Demarche[]> {
  return (await getDb().demarches.toArray()).filter((d) => !d.deleted).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}

/**
 * The démarche and everything its consolidation reads. Each séance is one packed read (db/packs.ts):
 * 50 séances of 500 verbatims cost 50 values, not 25,000.
 */
export async function demarcheDataOf(id: DemarcheId): Promise<DemarcheData | undefined> {
  const db = getDb();
  const demarche = await db.demarches.get(id);
  if (!demarche || demarche.deleted) return undefined;
  const [themes, links, sessionIds] = await Promise.all([
    db.themes.where('sessionId').equals(id).toArray(),
    db.themeLinks.where('sessionId').equals(id).toArray(),
    // No index on demarcheId: a tablet holds hundreds of séances at most, read in one pass.
    db.sessions.filter((s) => s.demarcheId === id && !s.deleted).primaryKeys(),
  ]);
  const seances = (await reportInputsOf(sessionIds as SessionId[])).filter((s): s is ReportInput => s !== undefined);
  return { demarche, themes, links, seances: liveSeances(seances) };
}

export const useDemarches = (): Live<Demarche[]> => useLive(liveDemarches, []);
export const useDemarcheData = (id: DemarcheId): Live<DemarcheData | undefined> => useLive(() => demarcheDataOf(id), [id]);
