// The English catalogue: every French key must be here, or type-checking fails.
import type { CoreKey } from './fr';

export const en: Record<CoreKey, string> = {
  'app.name': 'Cercle',
  'app.tagline': 'Listening panels',
  'app.skip': 'Skip to content',
  'nav.sessions': 'Sessions',
  'nav.settings': 'Settings',
  'nav.main': 'Main navigation',

  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'save.failed': 'Not saved',
  'save.quota':
    'Storage is full: the last change is not saved. Your text stays on screen and is kept as a draft. Free some space (export, then delete old sessions) and try again.',
  'save.error': 'Saving failed. Your text stays on screen and is kept as a draft; try again in a moment.',
  'save.quota.unkept':
    'Storage is full: the last change is not saved, and no draft could be kept. Your text now exists only on screen: do not close Cercle or reload the page. Copy the text somewhere else if you can, free some space (export, then delete old sessions) and try again.',
  'save.error.unkept': 'Saving failed, and no draft could be kept. Your text now exists only on screen: do not close Cercle or reload the page; try again in a moment.',
  'save.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.undo': 'Undo',
  'common.dismiss': 'Dismiss this message',

  'fatal.title': 'Cercle cannot save on this tablet',
  'fatal.unavailable':
    'Browser storage (IndexedDB) is not available: private browsing, storage disabled or disk full. Open Cercle in a normal window, check free space, then reload the page.',
  'fatal.blocked': 'Cercle is open in another tab or window with an older version. Close the other Cercle windows, then reload this page.',
  'fatal.failed': 'Cercle’s database could not open. Reload the page; if it persists, restart the tablet. Data already saved is not erased.',
  'fatal.reload': 'Reload the page',

  'update.ready': 'A new version of Cercle is ready',
  'update.apply': 'Update',
  'update.later': 'Later',
  'update.applying': 'Updating…',

  'home.title': 'Your sessions',
  'home.new': 'New session',
  'home.defaultTitle': 'Listening panel of {date}',
  'home.empty.title': 'No session yet',
  'home.empty.line1':
    'Cercle helps the facilitator of a listening panel: prepare the session, run the five phases while keeping speaking time fair, cluster ideas on post-its.',
  'home.empty.line2': 'Everything stays on this tablet, even without a network, until the synthesis report.',
  'home.list': 'List of sessions',
  'home.status.preparation': 'In preparation',
  'home.status.en_cours': 'Running',
  'home.status.terminee': 'Closed',
  'home.noDate': 'Date to be set',
  'home.noPlace': 'Place to be set',
  'home.participants': '{n} participants',
  'home.participants.one': '1 participant',
  'home.participants.zero': 'No participant',
  'home.open': 'Prepare',
  'home.resume': 'Resume the session',
  'home.view': 'Open',
  'home.duplicate': 'Duplicate',
  'home.duplicate.label': 'Duplicate “{title}” as a mirror session',
  'home.delete': 'Delete',
  'home.delete.label': 'Delete “{title}”',
  'home.mirrorTitle': '{title} (mirror)',
  'home.duplicated': 'Mirror session “{title}” created: same guide and objective, without the participants.',
  'home.deleted': 'Session “{title}” deleted.',
  'home.confirmDelete.title': 'Delete the session “{title}”?',
  'home.confirmDelete.body': 'It will disappear from the list. You can still undo right after.',
  'home.confirmDelete.yes': 'Delete the session',
  'home.untitled': 'Untitled session',
  'home.purgeDue': 'Purge date passed: remember to anonymise or delete the personal data.',
  'home.purgeLink': 'Anonymise or delete',
  'home.purgeLink.label': 'Anonymise or delete the data of “{title}”',

  'home.empty.restore.title': "Have your sessions disappeared?",
  'home.empty.restore': "If the browser erased Cercle's data, bring your sessions back from the copies saved off the tablet (Files, OneDrive, USB stick…): “Import a file”, one copy after the other.",

  'participants.consentWording.default':
    'I agree to take part in this listening panel. I understand that what I say will stay anonymous and will never be used in handling my personal file.',

  'guide.p1.title': 'Presenting the objectives',
  'guide.p1.prompts':
    'Why we are here today and what will become of your ideas.\nGround rules: every view counts, nobody is judged, what is said here stays anonymous and confidential.\nHas everyone agreed to notes being taken?',
  'guide.p2.title': 'Round of introductions',
  'guide.p2.prompts': 'Introduce yourself in a few words: a first name or a pseudonym is enough.\nWhat is your link with this service?\nWhat do you expect from this meeting?',
  'guide.p3.title': 'Sharing experiences',
  'guide.p3.prompts':
    'Tell us about the last time you dealt with this service: how did it go?\nWhat made things easier? What got in your way?\nWhen did you feel well supported, or on the contrary left alone?\nIf someone close to you had to do the same, what would you advise them?',
  'guide.p4.title': 'Expectations and areas for improvement',
  'guide.p4.prompts':
    'What should change first?\nWhat would you like to find tomorrow that you do not find today?\nWhich of these post-its go together?\nWhat improvement tracks do we draw from them?',
  'guide.p5.title': 'Review and synthesis',
  'guide.p5.prompts': 'Which of these tracks are priorities for you?\nDid we forget anything important?\nWhat we will do with your contributions, and when you will hear back.',



  'notes.fullScreen': 'Take notes',

  'transfer.card.files': "Files",
  'transfer.card.files.label': "Files of “{title}”: export or import",
  'transfer.import.open': "Import a file",
  'transfer.drop.overlay': "Drop the Cercle file to import it",

  // The ways to the report from other screens; the report's own texts are in en.report.ts, loaded with it.
  'reportScreen.open': 'Synthesis report',
  'reportScreen.open.label': 'Synthesis report of “{title}”',
};
