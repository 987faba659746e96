// The French catalogue: the default language of Cercle and the texts the first screen or several screens need.
import type { BoardKey } from './fr.board';
import type { ConsolidationKey } from './fr.consolidation';
import type { FicheKey } from './fr.fiche';
import type { NotesKey } from './fr.notes';
import type { PlanKey } from './fr.plan';
import type { PrepareKey } from './fr.prepare';
import type { ReportKey } from './fr.report';
import type { RoomKey } from './fr.room';
import type { SettingsKey } from './fr.settings';
import type { SharedKey } from './fr.shared';
import type { TransferKey } from './fr.transfer';

export const fr = {
  'app.name': 'Cercle',
  'app.tagline': "Comités d'écoute",
  'app.skip': 'Aller au contenu',
  'nav.sessions': 'Séances',
  'nav.settings': 'Paramètres',
  'nav.main': 'Navigation principale',

  'save.saved': 'Enregistré',
  'save.saving': 'Enregistrement…',
  'save.failed': 'Non enregistré',
  'save.quota':
    "Espace de stockage plein : la dernière modification n'est pas enregistrée. Votre texte reste affiché et gardé en brouillon. Libérez de la place (exportez puis supprimez d'anciennes séances) et réessayez.",
  'save.error': "L'enregistrement a échoué. Votre texte reste affiché et gardé en brouillon ; réessayez dans un instant.",
  'save.quota.unkept':
    "Espace de stockage plein : la dernière modification n'est pas enregistrée, et aucun brouillon n'a pu être gardé. Votre texte n'existe plus qu'à l'écran : ne fermez pas Cercle et ne rechargez pas la page. Copiez le texte ailleurs si possible, libérez de la place (exportez puis supprimez d'anciennes séances) et réessayez.",
  'save.error.unkept':
    "L'enregistrement a échoué, et aucun brouillon n'a pu être gardé. Votre texte n'existe plus qu'à l'écran : ne fermez pas Cercle et ne rechargez pas la page ; réessayez dans un instant.",
  'save.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.undo': 'Annuler',
  'common.dismiss': 'Masquer ce message',

  'fatal.title': 'Cercle ne peut pas enregistrer sur cette tablette',
  'fatal.unavailable':
    "Le stockage du navigateur (IndexedDB) n'est pas disponible : navigation privée, stockage désactivé ou espace plein. Ouvrez Cercle dans une fenêtre normale, vérifiez l'espace libre, puis rechargez la page.",
  'fatal.blocked':
    "Cercle est ouvert dans un autre onglet ou une autre fenêtre avec une version plus ancienne. Fermez les autres fenêtres de Cercle, puis rechargez cette page.",
  'fatal.failed':
    "La base de données de Cercle n'a pas pu s'ouvrir. Rechargez la page ; si le problème continue, redémarrez la tablette. Vos données déjà enregistrées ne sont pas effacées.",
  'fatal.reload': 'Recharger la page',

  'update.ready': 'Une nouvelle version de Cercle est prête',
  'update.apply': 'Mettre à jour',
  'update.later': 'Plus tard',
  'update.applying': 'Mise à jour…',

  'home.title': 'Vos séances',
  'home.new': 'Nouvelle séance',
  'home.defaultTitle': "Comité d'écoute du {date}",
  'home.empty.title': 'Aucune séance pour le moment',
  'home.empty.line1':
    "Cercle accompagne l'animateur d'un comité d'écoute : préparer la séance, conduire les cinq phases en gardant la parole équitable, regrouper les idées sur des post-its.",
  'home.empty.line2': "Tout reste sur cette tablette, même sans réseau, jusqu'au rapport de synthèse.",
  'home.list': 'Liste des séances',
  'home.status.preparation': 'En préparation',
  'home.status.en_cours': 'En cours',
  'home.status.terminee': 'Terminée',
  'home.noDate': 'Date à fixer',
  'home.noPlace': 'Lieu à préciser',
  'home.participants': '{n} participants',
  'home.participants.one': '1 participant',
  'home.participants.zero': 'Aucun participant',
  'home.open': 'Préparer',
  'home.resume': 'Reprendre la séance',
  'home.view': 'Ouvrir',
  'home.duplicate': 'Dupliquer',
  'home.duplicate.label': 'Dupliquer « {title} » en séance miroir',
  'home.delete': 'Supprimer',
  'home.delete.label': 'Supprimer « {title} »',
  'home.mirrorTitle': '{title} (miroir)',
  'home.duplicated': 'Séance miroir « {title} » créée : même guide et même objectif, sans les participants.',
  'home.deleted': 'Séance « {title} » supprimée.',
  'home.confirmDelete.title': 'Supprimer la séance « {title} » ?',
  'home.confirmDelete.body': 'Elle disparaîtra de la liste. Vous pourrez encore annuler juste après.',
  'home.confirmDelete.yes': 'Supprimer la séance',
  'home.untitled': 'Séance sans titre',
  'home.purgeDue': 'Date de purge dépassée : pensez à anonymiser ou supprimer les données personnelles.',
  'home.purgeLink': 'Anonymiser ou supprimer',
  'home.purgeLink.label': 'Anonymiser ou supprimer les données de « {title} »',

  'home.empty.restore.title': "Vos séances ont disparu ?",
  'home.empty.restore': "Si le navigateur a effacé les données de Cercle, rapportez vos séances depuis les copies enregistrées hors de la tablette (Fichiers, OneDrive, clé USB…) : « Importer un fichier », une copie après l'autre.",

  'participants.consentWording.default':
    "J'accepte de participer à ce comité d'écoute. J'ai bien compris que mes propos resteront anonymes et qu'ils ne seront jamais utilisés dans le traitement de mon dossier personnel.",

  'guide.p1.title': 'Présentation des objectifs',
  'guide.p1.prompts':
    "Pourquoi nous sommes réunis aujourd’hui et ce que deviendront vos idées.\nLes règles du jeu : chaque avis compte, on ne juge personne, ce qui se dit ici reste anonyme et confidentiel.\nChacun a-t-il donné son accord pour la prise de notes ?",
  'guide.p2.title': 'Tour de table',
  'guide.p2.prompts':
    "Présentez-vous en quelques mots : un prénom ou un pseudonyme suffit.\nQuel lien avez-vous avec ce service ?\nQu’attendez-vous de cette rencontre ?",
  'guide.p3.title': "Partage d’expériences",
  'guide.p3.prompts':
    "Racontez-nous la dernière fois que vous avez eu affaire à ce service : comment cela s’est-il passé ?\nQu’est-ce qui vous a facilité les choses ? Qu’est-ce qui vous a gêné ?\nÀ quel moment vous êtes-vous senti bien accompagné, ou au contraire laissé seul ?\nSi un proche devait faire la même démarche, que lui conseilleriez-vous ?",
  'guide.p4.title': 'Attentes et axes de progrès',
  'guide.p4.prompts':
    "Qu’est-ce qui devrait changer en premier ?\nQu’aimeriez-vous trouver demain que vous ne trouvez pas aujourd’hui ?\nParmi ces post-its, lesquels vont ensemble ?\nQuelles pistes d’amélioration en tirons-nous ?",
  'guide.p5.title': 'Bilan et synthèse',
  'guide.p5.prompts':
    "Parmi ces pistes, lesquelles sont prioritaires pour vous ?\nAvons-nous oublié quelque chose d’important ?\nCe que nous ferons de vos contributions, et quand vous en aurez des nouvelles.",



  'notes.fullScreen': 'Prendre des notes',

  'transfer.card.files': "Fichiers",
  'transfer.card.files.label': "Fichiers de « {title} » : exporter ou importer",
  'transfer.import.open': "Importer un fichier",
  'transfer.drop.overlay': "Déposez le fichier Cercle pour l’importer",

  // The ways to the report from other screens; the report's own texts are in fr.report.ts, loaded with it.
  'reportScreen.open': 'Rapport de synthèse',
  'reportScreen.open.label': 'Rapport de synthèse de « {title} »',
} as const;

/** The keys every screen may need, in this file and in en.ts. */
export type CoreKey = keyof typeof fr;
/**
 * Every key, the screen groups' included (fr.<group>.ts, loaded with their screens by `loadTexts`): type-only
 * imports, so those texts stay out of the first screen.
 */
export type MessageKey = CoreKey | PrepareKey | RoomKey | NotesKey | BoardKey | TransferKey | SettingsKey | ReportKey | FicheKey | PlanKey | SharedKey | ConsolidationKey;
