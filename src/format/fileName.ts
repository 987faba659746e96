// Export file names a person recognises in a share sheet or a Downloads folder: date, title, this tablet's role.

/** Lower case, accents off, anything but letters and digits becomes one dash: "Accueil CAF !" → "accueil-caf". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Ligatures and letters NFD leaves whole, common in French titles.
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut on a dash when possible so a word is not halved.
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const dash = cut.lastIndexOf('-');
  return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

export interface FileNameParts {
  /** `YYYY-MM-DD`: the séance's day, or the export day when the séance has none (or for "everything"). */
  day: string;
  /** The séance's title; absent for an export of every séance. */
  title?: string;
  role: 'animateur' | 'secretaire';
  anonymised?: boolean;
  /** When the file was made (ms): two exports of one séance must not share a name, and the newest must show. */
  exportedAt?: number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `exporte-2026-11-30-14h32-05`: the export's local date and time, to the second, sorting as it reads. */
export function exportStamp(ms: number): string {
  const d = new Date(ms);
  return `exporte-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}h${two(d.getMinutes())}-${two(d.getSeconds())}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `cercle-2026-11-23-accueil-caf-secretaire-exporte-2026-11-30-14h32-05.json`,
 * `cercle-2026-11-23-tout-animateur-….json`, `…-anonymise-….json`.
 */
export function exportFileName({ day, title, role, anonymised, exportedAt }: FileNameParts): string {
  const parts = ['cercle'];
  if (DAY.test(day)) parts.push(day);
  const what = title === undefined ? 'tout' : slugify(title);
  if (what) parts.push(what);
  parts.push(role);
  if (anonymised) parts.push('anonymise');
  if (exportedAt !== undefined && Number.isFinite(exportedAt)) parts.push(exportStamp(exportedAt));
  return `${parts.join('-')}.json`;
}

/**
 * `cercle-demarche-accueil-des-usagers-2027-anonymise-exporte-2026-11-30-14h32-05.json`: a whole démarche,
 * named after it. No day nor role: a démarche spans many days and is sent beyond the tablets of one séance.
 */
export function demarcheFileName({ title, anonymised, exportedAt }: { title: string; anonymised: boolean; exportedAt: number }): string {
  const parts = ['cercle', 'demarche'];
  const slug = slugify(title);
  if (slug) parts.push(slug);
  if (anonymised) parts.push('anonymise');
  if (Number.isFinite(exportedAt)) parts.push(exportStamp(exportedAt));
  return `${parts.join('-')}.json`;
}

export type ReportFileKind = 'rapport' | 'restitution' | 'ce-qui-a-change' | 'verbatims' | 'post-its' | 'plan-d-actions' | 'analyse';

export interface ReportFileNameParts {
  day: string;
  /** The title as printed in the report (already anonymised when the report is). */
  title: string;
  what: ReportFileKind;
  anonymised: boolean;
  /** `docx`, `html`, `md`, `csv`, `ods`, `qdpx`. */
  extension: string;
}

/**
 * `cercle-2026-11-23-accueil-de-la-mairie-rapport.docx`, `…-rapport-anonyme.docx`, `…-restitution.html`,
 * `…-verbatims-anonyme.csv`. The restitution is always anonymous, so its name does not repeat it.
 */
export function reportFileName({ day, title, what, anonymised, extension }: ReportFileNameParts): string {
  const parts = ['cercle'];
  if (DAY.test(day)) parts.push(day);
  const slug = slugify(title);
  if (slug) parts.push(slug);
  parts.push(what);
  // The documents for participants are always anonymous: their names do not repeat it.
  if (anonymised && what !== 'restitution' && what !== 'ce-qui-a-change') parts.push('anonyme');
  return `${parts.join('-')}.${extension}`;
}

/**
 * `cercle-demarche-accueil-des-usagers-2027-rapport-consolide-anonyme.docx`, `…-analyse-anonyme.qdpx`: a
 * démarche's report or analysis file, named after it like its export. Both are always anonymised: the name says so.
 */
export function demarcheReportFileName({ title, what, extension }: { title: string; what: 'rapport-consolide' | 'analyse'; extension: string }): string {
  const parts = ['cercle', 'demarche'];
  const slug = slugify(title);
  if (slug) parts.push(slug);
  parts.push(what, 'anonyme');
  return `${parts.join('-')}.${extension}`;
}
