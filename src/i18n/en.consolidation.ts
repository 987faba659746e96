// The English texts of the consolidated view of a démarche: every key of fr.consolidation.ts must be here, or type-checking fails.
import type { ConsolidationKey } from './fr.consolidation';

export const enConsolidation: Record<ConsolidationKey, string> = {
  'consolidation.ranking.rule':
    'The tracks of every session are ranked together by their share of their own session’s votes: the dots they received divided by all the dots cast in that session. A larger session, or one where everyone had more dots, therefore weighs no more than another.',
  'consolidation.ranking.ties': 'Tracks with equal shares are tied and share a rank; among them, those their group validated come first, then the sessions’ order.',
  'consolidation.ranking.noVotes': '{n} sessions did not vote: their tracks have a share of nothing and come last.',
  'consolidation.ranking.noVotes.one': 'One session did not vote: its tracks have a share of nothing and come last.',
  'consolidation.ranking.share': '{votes} of the {total} dots cast in its session',
  'consolidation.ranking.share.one': '1 of the {total} dots cast in its session',
  'consolidation.ranking.share.zero': 'None of the {total} dots cast in its session',
  'consolidation.ranking.share.none': 'No vote in its session',
  'demarche.untitled': 'Untitled démarche',
  'demarche.tabs': 'Parts of the démarche',
  'demarche.tab.fiche': 'The démarche',
  'demarche.tab.dit': 'What was said',
  'demarche.tab.themes': 'Themes',
  'demarche.tab.recherche': 'Search',
  'demarche.tab.pistes': 'Improvement tracks',
  'demarche.tab.rapport': 'Consolidated report',
  'demarche.notFound': 'This démarche is not (or no longer) on this tablet.',
  'demarche.backToList': 'Back to the démarches',
  'demarche.list.title': 'Démarches',
  'demarche.fiche.title': 'The démarche',
  'demarche.dit.title': 'What was said',
  'demarche.themes.title': 'Consolidated themes',
  'demarche.recherche.title': 'Search the verbatims',
  'demarche.pistes.title': 'Improvement tracks of every séance',
  'demarche.rapport.title': 'Consolidated report',
};
