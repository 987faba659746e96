// Several files read together, pure: the same séance anonymised in one and with names in another, and files of different démarches.
import { mapKinds, type RecordSet } from '../domain/recordSet';
import type { DemarcheId, SessionId } from '../domain/types';

/** What the batch reasoning needs of a file: its name, whether it is anonymised, its records. */
export interface BatchFile {
  fileName: string;
  anonymised: boolean;
  data: RecordSet;
}

/** The same séance in an anonymised file and in a full one of the batch: the full one is kept. */
export interface Twin {
  sessionId: SessionId;
  /** The séance's title as the full file has it. */
  title: string;
  full: string;
  anonymised: string;
}

/**
 * Séances that an anonymised file and a file with names both hold. Merged, the P1…Pn of one would
 * overwrite the names of the other (they share revisions): the full file is kept, whatever the order.
 */
export function findTwins(files: readonly BatchFile[]): Twin[] {
  const twins: Twin[] = [];
  for (const anon of files.filter((f) => f.anonymised)) {
    for (const s of anon.data.sessions) {
      const full = files.find((f) => !f.anonymised && f.data.sessions.some((x) => x.id === s.id));
      const named = full?.data.sessions.find((x) => x.id === s.id);
      if (full && named) twins.push({ sessionId: s.id, title: named.title, full: full.fileName, anonymised: anon.fileName });
    }
  }
  return twins;
}

/** A file without every record of these séances (the séance records themselves included: they own themselves). */
export function withoutSeances(data: RecordSet, ids: ReadonlySet<string>): RecordSet {
  if (ids.size === 0) return data;
  return mapKinds((kind) => data[kind].filter((r) => !ids.has(r.sessionId)));
}

/**
 * An anonymised file's démarche records for démarches held here or brought with names by another file of
 * the batch are left out: they share their revisions with the named ones, and the merge's tie-break could
 * put an anonymised title or an emptied pilote over the real ones. The démarche keeps its texts here.
 */
export function withoutKnownDemarches(data: RecordSet, known: ReadonlySet<string>): RecordSet {
  return data.demarches.some((d) => known.has(d.id)) ? { ...data, demarches: data.demarches.filter((d) => !known.has(d.id)) } : data;
}

/** The démarches a file's live séances are in, as the file says ('' for a séance standing alone), in id order. */
export function demarchesOfFile(data: RecordSet): (DemarcheId | '')[] {
  return [...new Set(data.sessions.filter((s) => !s.deleted).map((s) => s.demarcheId))].sort();
}

/**
 * Files of different démarches given together: the démarche the others may join (`into` when the
 * import was started from one, else the first file's), and for each file whether it is offered
 * « Rattacher à … » (its séances are in another démarche, or in none). Null when there is nothing to say.
 */
export function demarcheOffers(files: readonly RecordSet[], into: DemarcheId | null): { target: DemarcheId; offers: boolean[] } | null {
  const perFile = files.map(demarchesOfFile);
  const target = into ?? perFile.flat().find((d): d is DemarcheId => d !== '');
  if (!target) return null;
  const offers = perFile.map((ds) => ds.some((d) => d !== target));
  return offers.some(Boolean) ? { target, offers } : null;
}
