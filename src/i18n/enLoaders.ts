// The English catalogues' loaders: a chunk of their own, fetched when English is first asked for.
import type { MessageKey } from './fr';
import type { TextGroup } from './core';

type Loader = () => Promise<Partial<Record<MessageKey, string>>>;

// Literal import() calls, one per file, so that the bundler makes each catalogue a chunk of its own. Typed as
// complete records: a new group without its English file does not compile.
export const EN: Record<'core' | TextGroup, Loader> = {
  core: () => import('./en').then((m) => m.en),
  prepare: () => import('./en.prepare').then((m) => m.enPrepare),
  room: () => import('./en.room').then((m) => m.enRoom),
  notes: () => import('./en.notes').then((m) => m.enNotes),
  board: () => import('./en.board').then((m) => m.enBoard),
  transfer: () => import('./en.transfer').then((m) => m.enTransfer),
  settings: () => import('./en.settings').then((m) => m.enSettings),
  report: () => import('./en.report').then((m) => m.enReport),
  fiche: () => import('./en.fiche').then((m) => m.enFiche),
  plan: () => import('./en.plan').then((m) => m.enPlan),
  shared: () => import('./en.shared').then((m) => m.enShared),
  consolidation: () => import('./en.consolidation').then((m) => m.enConsolidation),
};
