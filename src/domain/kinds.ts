// What each record kind is, declared once: its typed texts, what anonymisation does to them, how « garder les deux » settles it; and the base they share.
import { LIMITS } from './limits';
import type { BaseRecord, Fields, Kind, RecordKinds } from './types';

/** The keys of the mergeable base: the write path's business, never part of a patch or a copy's fields. */
export const BASE_KEYS = ['id', 'sessionId', 'createdAt', 'updatedAt', 'rev', 'deviceId', 'seen', 'deleted'] as const satisfies readonly (keyof BaseRecord)[];
// A field added to BaseRecord but not to BASE_KEYS fails here.
const everyBaseKey: [Exclude<keyof BaseRecord, (typeof BASE_KEYS)[number]>] extends [never] ? true : never = true;
void everyBaseKey;

/** A record's own fields without the mergeable base: what a copy of it is made of. */
export function fieldsOf<R extends BaseRecord>(record: R): Fields<R> {
  const out: Partial<R> = { ...record };
  for (const key of BASE_KEYS) delete out[key];
  // What is left is exactly Fields<R>: BASE_KEYS is checked against BaseRecord above.
  return out as Fields<R>;
}

type StringKeys<R> = { [F in keyof R]: R[F] extends string ? F : never }[keyof R] & string;

/**
 * What anonymisation does to a field that may hold a name: `replace` every pseudonym (and role name)
 * inside it by its label, `drop` it (emptied), or `own`: a rule of its own in format/anonymise.ts
 * (a pseudonym becomes P1…Pn, a speaker's name follows the speaker's id, a phase's prompts).
 */
export type AnonymiseRule = 'replace' | 'drop' | 'own';

/** 'short': names, titles, numbers, dates typed as text (LIMITS.short); 'long': prose (LIMITS.long). */
export type TextSize = 'short' | 'long';

export interface TextRule {
  size: TextSize;
  anonymise: AnonymiseRule;
}

export interface KindSpec<R extends BaseRecord> {
  /**
   * What a person types into this kind. An import compares these (two tablets that changed one since
   * their last exchange make a conflict shown in the preview), « garder les deux » joins them by
   * size (" / " or a marker line), anonymisation rewrites them. Ids, enums and dates are strings too,
   * but a concurrent change there is settled by the merge rule alone.
   */
  text: { readonly [F in StringKeys<Fields<R>>]?: TextRule };
  /**
   * Other fields that may hold a name, left out of conflicts: texts set on one tablet before the
   * séance (a phase's title and questions), copied (a consent wording) or derived (a speaker's name).
   */
  names?: { readonly [F in keyof Fields<R>]?: AnonymiseRule };
  /**
   * « Garder les deux » on a conflict: `copy` keeps the losing version as a second record beside the
   * first (two quotes in the timeline, two post-its in a group); `join` puts both texts in one record.
   */
  keepBoth: 'copy' | 'join';
  /**
   * What the record's `sessionId` names: its séance (the default), or its démarche for the kinds above
   * the séance. A file's record whose scope is neither in the file nor on the tablet is set aside.
   */
  scope?: 'demarche';
}

const short: TextRule = { size: 'short', anonymise: 'replace' };
const long: TextRule = { size: 'long', anonymise: 'replace' };

/**
 * The table. Adding a kind: its interface in types.ts (RecordKinds, KINDS), one entry here, its
 * valibot schema in format/schema.ts, its Dexie table in a new db/schema.ts version, its labels
 * (`transfer.kind.…`, and `transfer.one.…` when it has text) in the catalogues; the compiler and
 * tests/unit/kinds.test.ts point at whatever is missing.
 */
export const KIND_TABLE: { readonly [K in Kind]: KindSpec<RecordKinds[K]> } = {
  sessions: {
    text: {
      title: short,
      place: short,
      objective: long,
      theme: short,
      themeNote: long,
      // Role names are people's names: an anonymised séance says the role instead (format/anonymise RoleLabels).
      animateur: { size: 'short', anonymise: 'drop' },
      secretaire: { size: 'short', anonymise: 'drop' },
      superviseur: { size: 'short', anonymise: 'drop' },
      consentWording: { size: 'long', anonymise: 'drop' },
    },
    keepBoth: 'join',
  },
  participants: {
    text: { pseudonym: { size: 'short', anonymise: 'own' } },
    names: { tags: 'replace', consentWording: 'drop' },
    keepBoth: 'join',
  },
  // Set before the séance on one tablet, and « garder les deux » means nothing for a phase: no conflicts.
  phases: { text: {}, names: { title: 'replace', prompts: 'own' }, keepBoth: 'join' },
  turns: { text: {}, keepBoth: 'join' },
  verbatims: { text: { text: long }, names: { speakerName: 'own' }, keepBoth: 'copy' },
  // A post-it made from a verbatim may carry the whole verbatim, so its text is long.
  cards: { text: { text: long }, keepBoth: 'copy' },
  groups: { text: { title: short }, keepBoth: 'join' },
  tracks: { text: { title: short, description: long }, keepBoth: 'join' },
  votes: { text: {}, keepBoth: 'join' },
  // Names, numbers and dates of a fiche action are short; its prose fields are long.
  actions: {
    text: {
      number: short,
      title: short,
      theme: short,
      commitment: long,
      owner: short,
      contributors: long,
      start: short,
      plannedEnd: short,
      problem: long,
      objective: long,
      description: long,
      indicators: long,
    },
    keepBoth: 'join',
  },
  syntheses: { text: { text: long }, keepBoth: 'join' },
  // The plan d'actions followed after the séance. A status step is never edited (its reason is typed once).
  statusChanges: { text: { reason: long }, keepBoth: 'join' },
  milestones: { text: { title: short }, keepBoth: 'join' },
  indicators: { text: { name: short, unit: short }, keepBoth: 'join' },
  measures: { text: {}, keepBoth: 'join' },
  followUps: { text: { text: long }, keepBoth: 'join' },
  // Above the séance (format version 5). The pilote is a person's name, dropped like the séance's role names.
  demarches: {
    text: { title: short, thematique: short, pilote: { size: 'short', anonymise: 'drop' } },
    keepBoth: 'join',
    scope: 'demarche',
  },
  themes: { text: { title: short }, keepBoth: 'join', scope: 'demarche' },
  themeLinks: { text: {}, keepBoth: 'join', scope: 'demarche' },
};

/** What a kind's `sessionId` names: a séance, or a démarche (démarches, their themes and links). */
export const scopeOf = (kind: Kind): 'seance' | 'demarche' => KIND_TABLE[kind].scope ?? 'seance';

/** The typed text fields of a kind, in the table's order. */
export type TextField<K extends Kind> = StringKeys<Fields<RecordKinds[K]>>;

export function textFields<K extends Kind>(kind: K): readonly TextField<K>[] {
  // Object.keys types its result as string[]; the keys are the table's, typed by KindSpec.
  return Object.keys(KIND_TABLE[kind].text) as TextField<K>[];
}

/** A typed text of a record, read by field name (a conflict names its field as a string). */
export function textOf(record: object, field: string): string {
  const value: unknown = Reflect.get(record, field);
  return typeof value === 'string' ? value : '';
}

/** A table entry's fields and rules, the optional ones that are absent left out. */
function entries<V>(rules: { readonly [field: string]: V | undefined }): [string, V][] {
  return Object.entries(rules).filter((e): e is [string, V] => e[1] !== undefined);
}

/** The rule of a typed text, by kind and field name (undefined for a field that is not typed text). */
export function textRule(kind: Kind, field: string): TextRule | undefined {
  return entries<TextRule>(KIND_TABLE[kind].text).find(([name]) => name === field)?.[1];
}

/** The character limit of a typed text: the file schema's bound, and where a joined text is cut. */
export function textLimit(kind: Kind, field: string): number {
  return LIMITS[textRule(kind, field)?.size ?? 'short'];
}

/** Every field anonymisation rewrites in a kind, with its rule: typed texts and the other fields that may hold a name. */
export function anonymiseRules(kind: Kind): readonly (readonly [field: string, rule: AnonymiseRule])[] {
  const spec = KIND_TABLE[kind];
  const text = entries<TextRule>(spec.text).map(([field, rule]) => [field, rule.anonymise] as const);
  return [...text, ...entries<AnonymiseRule>(spec.names ?? {})];
}
