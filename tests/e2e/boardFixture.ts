// Sixty post-its of a real-looking comité d'écoute (a town hall's front desk), half sorted into six groups, hostile strings included.
import type { Card, CardKind, Group, GroupId, SessionId } from '../../src/domain/types';
import { POLARITY } from '../../src/domain/board';
import { makeCard, makeGroup } from '../factories';

export const NAUGHTY = {
  markup: '<img src=x onerror="window.__pwned=1"> <b>pas du gras</b>',
  rtl: 'الانتظار طويل جدًا في الشباك — attente trop longue',
  emoji: '👍 Accueil souriant 😀 merci ! 👨‍👩‍👧',
} as const;

const GROUPS: readonly [string, readonly [CardKind, string][]][] = [
  ["Horaires d'ouverture", [
    ['irritant', 'Fermé le samedi matin, impossible de venir quand on travaille'],
    ['attente', 'Ouvrir au moins un soir par semaine jusqu’à 19 h'],
    ['idee', 'Des créneaux sur rendez-vous entre midi et deux'],
    ['irritant', 'Les horaires affichés sur internet ne sont pas les bons'],
    ['positif', 'Ouvert pendant les vacances scolaires, c’est appréciable'],
  ]],
  ['Accueil téléphonique', [
    ['irritant', 'Personne ne décroche avant 10 h'],
    ['irritant', 'On est renvoyé d’un service à l’autre sans réponse'],
    ['attente', 'Pouvoir laisser un message et être rappelé dans la journée'],
    ['idee', 'Un numéro unique avec un serveur vocal simple'],
    ['positif', 'Quand on a quelqu’un, la personne est aimable'],
  ]],
  ['Démarches en ligne', [
    ['irritant', 'Le site plante au moment de joindre les pièces'],
    ['attente', 'Savoir où en est mon dossier sans appeler'],
    ['idee', 'Un atelier pour apprendre à faire ses démarches sur internet'],
    ['irritant', 'Trop de mots de passe différents'],
    ['idee', 'Un ordinateur en libre accès avec quelqu’un pour aider'],
    ['positif', 'La prise de rendez-vous en ligne marche bien'],
  ]],
  ['Attente au guichet', [
    ['irritant', 'Quarante minutes debout dans le couloir'],
    ['attente', 'Des chaises et un écran qui annonce le numéro'],
    ['idee', 'Un ticket avec l’heure de passage estimée'],
    ['irritant', NAUGHTY.rtl],
    ['attente', 'Un guichet prioritaire pour les personnes âgées'],
  ]],
  ['Information et courriers', [
    ['irritant', 'Les courriers sont écrits dans un langage incompréhensible'],
    ['attente', 'Une liste claire des pièces à apporter, avant de venir'],
    ['idee', 'Un SMS de rappel la veille du rendez-vous'],
    ['irritant', NAUGHTY.markup],
  ]],
  ['Accueil et écoute', [
    ['positif', NAUGHTY.emoji],
    ['positif', 'On prend le temps de m’expliquer'],
    ['attente', 'Un endroit discret pour parler de sa situation'],
    ['irritant', 'L’agent a répondu au téléphone pendant mon rendez-vous'],
  ]],
];

const UNSORTED: readonly [CardKind, string][] = [
  ['irritant', 'Le parking est toujours plein le matin'],
  ['idee', 'Afficher les délais moyens de traitement des dossiers'],
  ['attente', 'Être prévenu quand il manque une pièce, sans attendre un mois'],
  ['positif', 'Les agents connaissent bien les aides pour les familles'],
  ['irritant', 'Pas d’ascenseur pour aller au premier étage'],
  ['idee', 'Une permanence dans les villages une fois par mois'],
  ['attente', 'Des documents en français facile à lire'],
  ['irritant', 'La borne d’accueil est toujours en panne'],
  ['positif', 'Les locaux sont propres et lumineux'],
  ['idee', 'Un interprète par téléphone pour les personnes qui ne parlent pas français'],
  ['irritant', 'On me demande trois fois le même justificatif'],
  ['attente', 'Un seul interlocuteur pour suivre tout mon dossier'],
  ['idee', 'Une boîte à idées à l’entrée'],
  ['positif', 'Le rappel par SMS existe déjà pour les cartes d’identité'],
  ['irritant', 'Les panneaux dans le hall ne sont pas lisibles'],
  ['attente', 'Pouvoir payer par carte à tous les guichets'],
  ['idee', 'Un espace enfants pendant les rendez-vous'],
  ['irritant', 'Les délais pour un passeport sont trop longs avant l’été'],
  ['positif', 'L’accueil des personnes en fauteuil a progressé'],
  ['attente', 'Que l’on me dise franchement quand ma demande sera refusée'],
  ['idee', 'Publier chaque année ce qui a changé après les comités'],
  ['irritant', 'Le formulaire papier et le formulaire en ligne ne demandent pas la même chose'],
  ['attente', 'Des horaires de rappel fixés à l’avance'],
  ['idee', 'Former les agents de l’accueil aux démarches en ligne'],
  ['positif', 'Les agents du guichet social sont très patients'],
  ['irritant', 'Le wifi public ne fonctionne pas dans la salle d’attente'],
  ['idee', 'Un guide des démarches avec des exemples remplis'],
  ['attente', 'Savoir qui contacter en cas d’urgence le week-end'],
  ['irritant', 'On ne sait pas à quel guichet aller en arrivant'],
  ['positif', 'Le service a répondu vite à ma réclamation'],
];

/** Six groups and sixty post-its for `sessionId` (two more may be typed through the UI by the test). */
export function sixtyPostIts(sessionId: SessionId, count = 60): { groups: Group[]; cards: Card[] } {
  const groups = GROUPS.map(([title], i) => makeGroup(sessionId, { title, order: i }));
  const cards: Card[] = [];
  GROUPS.forEach(([, list], g) =>
    list.forEach(([kind, text], i) => cards.push(makeCard(sessionId, { text, kind, polarity: POLARITY[kind], groupId: groups[g]!.id as GroupId, order: i }))),
  );
  UNSORTED.forEach(([kind, text], i) => cards.push(makeCard(sessionId, { text, kind, polarity: POLARITY[kind], groupId: null, order: i + 10 })));
  return { groups, cards: cards.slice(0, count) };
}
