// The French texts of the consolidated view of a démarche (ranking rule and the like): loaded with it, never with the first screen.
export const frConsolidation = {
  'consolidation.ranking.rule':
    'Les pistes de toutes les séances sont classées ensemble selon leur part des votes de leur séance : les points qu’elles ont reçus divisés par tous les points posés dans cette séance. Une séance plus nombreuse, ou où chacun avait plus de points, ne pèse donc pas plus qu’une autre.',
  'consolidation.ranking.ties': 'Des pistes à part égale sont ex æquo et partagent le même rang ; parmi elles viennent d’abord celles que leur groupe a validées, puis l’ordre des séances.',
  'consolidation.ranking.noVotes': '{n} séances n’ont pas voté : leurs pistes ont une part nulle et viennent en dernier.',
  'consolidation.ranking.noVotes.one': 'Une séance n’a pas voté : ses pistes ont une part nulle et viennent en dernier.',
  'consolidation.ranking.share': '{votes} points sur {total} posés dans sa séance',
  'consolidation.ranking.share.one': '1 point sur {total} posés dans sa séance',
  'consolidation.ranking.share.zero': 'Aucun point sur {total} posés dans sa séance',
  'consolidation.ranking.share.none': 'Pas de vote dans sa séance',
  'demarche.untitled': 'Démarche sans titre',
  'demarche.tabs': 'Parties de la démarche',
  'demarche.tab.fiche': 'La démarche',
  'demarche.tab.dit': 'Ce qui a été dit',
  'demarche.tab.themes': 'Thèmes',
  'demarche.tab.recherche': 'Recherche',
  'demarche.tab.pistes': 'Pistes',
  'demarche.tab.rapport': 'Rapport consolidé',
  'demarche.notFound': 'Cette démarche n’existe pas ou plus sur cette tablette.',
  'demarche.backToList': 'Retour aux démarches',
  'demarche.list.title': 'Démarches',
  'demarche.fiche.title': 'La démarche',
  'demarche.dit.title': 'Ce qui a été dit',
  'demarche.themes.title': 'Thèmes consolidés',
  'demarche.recherche.title': 'Rechercher dans les verbatims',
  'demarche.pistes.title': 'Pistes de toutes les séances',
  'demarche.rapport.title': 'Rapport consolidé',
} as const;

export type ConsolidationKey = keyof typeof frConsolidation;
