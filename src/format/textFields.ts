// The fields of each kind that a person types: compared for merge conflicts, rewritten by anonymisation.
import type { Kind, RecordKinds } from '../domain/types';

type StringKeys<R> = { [F in keyof R]: R[F] extends string ? F : never }[keyof R] & string;

/**
 * Ids, enums, dates and times are strings too but nobody types prose into them, so a concurrent
 * change there is settled by the merge rule alone. Phase titles and prompts are set before the
 * séance on one tablet, and "keep both" means nothing for a phase, so phases have none.
 */
export const TEXT_FIELDS: { readonly [K in Kind]: readonly StringKeys<RecordKinds[K]>[] } = {
  sessions: ['title', 'place', 'objective', 'theme', 'themeNote', 'animateur', 'secretaire', 'superviseur', 'consentWording'],
  participants: ['pseudonym'],
  phases: [],
  turns: [],
  verbatims: ['text'],
  cards: ['text'],
  groups: ['title'],
  tracks: ['title', 'description'],
  votes: [],
  actions: ['number', 'title', 'theme', 'commitment', 'owner', 'contributors', 'start', 'plannedEnd', 'problem', 'objective', 'description', 'indicators'],
  syntheses: ['text'],
};

