// A report as a list of plain blocks: the one shape the screen, HTML, Markdown and DOCX renderers read.
import type { ReportSection } from '../domain/types';

/** Texts are plain (renderers escape them); a `\n` inside is a line break the writer typed. */
export type Block =
  /** Label → value lines: the header's facts, a fiche action's fields. */
  | { type: 'facts'; rows: { label: string; value: string }[] }
  | { type: 'paragraph'; text: string; tone?: 'muted' }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: string[] }
  /** A verbatim; `by` is empty when the audience must not see who said it. */
  | { type: 'quote'; text: string; by: string }
  | { type: 'table'; caption: string; head: string[]; rows: string[][]; foot?: string[]; align?: ('start' | 'end')[] }
  /** Horizontal bars, e.g. speaking time per person; `display` is the value as printed. */
  | { type: 'bars'; caption: string; bars: { label: string; value: number; display: string; muted?: boolean }[] }
  /** Side by side on screen and paper (positive | negative); one after the other where that cannot be done. */
  | { type: 'columns'; columns: { heading: string; blocks: Block[] }[] };

export interface DocSection {
  /** The synthesis text it carries, or null for a section without one (the header). */
  key: ReportSection | null;
  heading: string;
  /** The secrétaire's text, printed first; '' when none. */
  synthesis: string;
  blocks: Block[];
  /** Start this section on a new page when printed: after the En bref page, and the annexes (never before the plan d'actions: it left most of a page blank). */
  pageBreakBefore?: boolean;
  /** The En bref page, which the editing screen rebuilds from the texts as they are typed. */
  part?: 'brief';
}

export interface ReportDocument {
  /** `fr` or `en`, for the HTML `lang` and the DOCX language. */
  lang: string;
  title: string;
  /** One line under the title: "Comité d'écoute du lundi 23 novembre 2026 — Salle du conseil". */
  subtitle: string;
  sections: DocSection[];
  /** "Rapport généré par Cercle le …" and, when anonymised, says so. */
  footer: string;
  /** Meant for one printed page (the restitution, handed out or pinned up): printed tighter. */
  onePage?: boolean;
}
