// Named, ordered migrations of the file format: each turns a file of version `to - 1` into version `to`.
import { FORMAT_VERSION } from './envelope';

/** A parsed file before validation: migrations see raw JSON, so they must check what they touch. */
export type RawFile = Record<string, unknown>;

export interface Migration {
  /** The version this migration produces; the list runs 2, 3, 4… with no gap. */
  to: number;
  /** Shown in logs and tests, e.g. "v2: verbatims get a language". */
  name: string;
  up(file: RawFile): RawFile;
}

/**
 * To change the format: bump FORMAT_VERSION, append a migration here (never edit a shipped one) and
 * commit a file of the old version to tests/fixtures/.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    name: 'v2: the report’s synthesis texts (syntheses)',
    up(file) {
      // Version 1 files had no synthesis texts; an absent or odd `data` is left for validation to report.
      const data = file['data'];
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return file;
      return { ...file, data: { syntheses: [], ...data } };
    },
  },
  {
    to: 3,
    name: 'v3: fiches action name their Services Publics + engagements (engagements)',
    up(file) {
      // A v2 fiche's free texts (thématique, intitulé) stay as they were typed; it simply serves no listed engagement yet.
      const data = file['data'];
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return file;
      const actions = (data as Record<string, unknown>)['actions'];
      if (!Array.isArray(actions)) return file;
      const withEngagements = actions.map((a: unknown) => (typeof a === 'object' && a !== null && !Array.isArray(a) ? { engagements: [], ...a } : a));
      return { ...file, data: { ...data, actions: withEngagements } };
    },
  },
  {
    to: 4,
    name: 'v4: the plan d’actions followed after the séance (statusChanges, milestones, indicators, measures, followUps; sessions get returnDate, anonymised)',
    up(file) {
      const data = file['data'];
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return file;
      const kinds = data as Record<string, unknown>;
      // A séance that reached this file anonymised stays known as such: its plan is an archive, not followed here.
      const anonymised = file['anonymised'] === true;
      const sessions = Array.isArray(kinds['sessions'])
        ? kinds['sessions'].map((s: unknown) => (typeof s === 'object' && s !== null && !Array.isArray(s) ? { returnDate: '', anonymised, ...s } : s))
        : kinds['sessions'];
      return {
        ...file,
        data: { statusChanges: [], milestones: [], indicators: [], measures: [], followUps: [], ...kinds, sessions },
      };
    },
  },
  {
    to: 5,
    name: 'v5: the démarche above the séance (demarches, themes, themeLinks; sessions get demarcheId, mirrorOf)',
    up(file) {
      const data = file['data'];
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return file;
      const kinds = data as Record<string, unknown>;
      // Every séance of an older file stood alone and mirrored none.
      const sessions = Array.isArray(kinds['sessions'])
        ? kinds['sessions'].map((s: unknown) => (typeof s === 'object' && s !== null && !Array.isArray(s) ? { demarcheId: '', mirrorOf: '', ...s } : s))
        : kinds['sessions'];
      return { ...file, data: { demarches: [], themes: [], themeLinks: [], ...kinds, sessions } };
    },
  },
];

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** The list must be 2, 3, …, target: a gap would silently skip a change of shape. */
export function checkMigrations(migrations: readonly Migration[], target: number): void {
  migrations.forEach((m, i) => {
    if (m.to !== i + 2) throw new MigrationError(`Migration "${m.name}" is listed for version ${m.to}, expected ${i + 2}`, m.name);
  });
  const last = migrations.length + 1;
  if (last !== target) throw new MigrationError(`Migrations reach version ${last}, the format is version ${target}`);
}

/** Run every migration above `from`, in order; returns the file at `target` and the names that ran. */
export function migrate(
  file: RawFile,
  from: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = FORMAT_VERSION,
): { file: RawFile; ran: string[] } {
  checkMigrations(migrations, target);
  const ran: string[] = [];
  let current = file;
  for (const m of migrations) {
    if (m.to <= from) continue;
    try {
      current = { ...m.up(current), formatVersion: m.to };
    } catch (error) {
      throw new MigrationError(error instanceof Error ? error.message : String(error), m.name);
    }
    ran.push(m.name);
  }
  return { file: current, ran };
}
