// A démarche made nameless for its consolidated report: each séance anonymised as the restitution is, and one scrub of every name of every séance.
import { anonymiseRules } from '../domain/kinds';
import type { ReportInput } from '../domain/recordSet';
import type { Kind } from '../domain/types';
import type { Demarche, Theme, ThemeLink } from '../domain/types';
import { anonymiseSeance, type RoleLabels } from '../format/anonymise';
import { makeReplacer } from '../format/wordReplace';
import type { Translate } from '../i18n/core';
import type { Block, DocSection, ReportDocument } from './document';
import { everyoneWords, tidyEveryone } from './restitutionWording';
import { roleWords, rolesInText } from './roleWording';

/** What db/demarcheReads.ts useDemarcheData gives: the démarche, its themes and links, each séance whole. */
export interface ConsolidatedInput {
  demarche: Demarche;
  themes: readonly Theme[];
  links: readonly ThemeLink[];
  seances: readonly ReportInput[];
}

export interface NamelessDemarche extends ConsolidatedInput {
  /** Any text with every name of the démarche replaced: a participant of one séance named in another's notes included. */
  scrub: (text: string) => string;
}

const roleLabels = (t: Translate): RoleLabels => ({ animateur: t('field.animateur'), secretaire: t('field.secretaire'), superviseur: t('field.superviseur'), pilote: t('consolidation.report.pilote') });

/**
 * P-numbers mean nothing across séances, and the people of a séance could tell who is who by them: every
 * participant becomes « un participant » (the restitution's words, kept French), every role name its role.
 */
export function namelessDemarche(input: ConsolidatedInput, t: Translate): NamelessDemarche {
  // The report, its print view's title and its exports ask for the same démarche: 25,000 verbatims are rewritten once.
  const made = nameless.get(input);
  if (made?.t === t) return made.value;
  const value = madeNameless(input, t);
  nameless.set(input, { t, value });
  return value;
}

const nameless = new WeakMap<ConsolidatedInput, { t: Translate; value: NamelessDemarche }>();

function madeNameless(input: ConsolidatedInput, t: Translate): NamelessDemarche {
  const words = everyoneWords(t);
  const tidy = (text: string) => tidyEveryone(text, words);
  const labels = roleLabels(t);
  const seances = input.seances.map((s) => anonymiseSeance(s, labels, words.one, tidy));
  // Every name of the démarche, for the texts a séance's own rules do not reach (its title, its themes, another séance's notes).
  const names = namesOf(input.seances, words.one, labels);
  if (!names.has(input.demarche.pilote)) names.set(input.demarche.pilote, labels.pilote!);
  const replace = makeReplacer(names);
  const roles = roleWords(t);
  // A role name becomes its bare label (« Secrétaire »), as in the sites' anonymised files; then both read as French (« dit le secrétaire »).
  const scrub = (text: string) => {
    const out = replace(text);
    return rolesInText(out === text ? text : tidy(out), roles);
  };
  return { ...input, demarche: { ...input.demarche, pilote: '' }, seances, scrub };
}

/** Each séance's people's names → the words put in their place: participants `one`, role names their role. */
function namesOf(seances: readonly ReportInput[], one: string, labels: RoleLabels): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of seances) {
    for (const p of s.participants) if (!names.has(p.pseudonym)) names.set(p.pseudonym, one);
    for (const role of ['animateur', 'secretaire', 'superviseur'] as const) if (!names.has(s.session[role])) names.set(s.session[role], labels[role]);
  }
  return names;
}

/**
 * The séances with the names of the démarche's other séances replaced in their texts (an agent naming a usager
 * heard elsewhere), their own left for the analysis file's P1…Pn: a séance's anonymisation only knows its own.
 */
export function withoutOthersNames(seances: readonly ReportInput[], t: Translate): ReportInput[] {
  const labels = roleLabels(t);
  const all = namesOf(seances, everyoneWords(t).one, labels);
  return seances.map((s) => {
    const own = namesOf([s], '', labels);
    const replace = makeReplacer(new Map([...all].filter(([name]) => !own.has(name))));
    const rewrite = <R extends object>(kind: Kind, record: R): R => {
      const patch: Record<string, unknown> = {};
      for (const [field, rule] of anonymiseRules(kind)) {
        const value: unknown = Reflect.get(record, field);
        if (rule === 'drop') continue;
        if (typeof value === 'string') patch[field] = replace(value);
        else if (Array.isArray(value)) patch[field] = value.map((x: unknown) => (typeof x === 'string' ? replace(x) : x));
      }
      return { ...record, ...patch };
    };
    const out = Object.fromEntries(Object.entries(s).map(([kind, v]) => (kind === 'session' ? [kind, rewrite('sessions', v as object)] : [kind, (v as object[]).map((r) => rewrite(kind as Kind, r))])));
    return out as unknown as ReportInput;
  });
}

function scrubBlock(b: Block, f: (s: string) => string): Block {
  switch (b.type) {
    case 'facts':
      return { ...b, rows: b.rows.map((r) => ({ label: f(r.label), value: f(r.value) })) };
    case 'paragraph':
    case 'heading':
      return { ...b, text: f(b.text) };
    case 'list':
      return { ...b, items: b.items.map(f) };
    case 'quote':
      return { ...b, text: f(b.text), by: f(b.by) };
    case 'table':
      return { ...b, caption: f(b.caption), head: b.head.map(f), rows: b.rows.map((r) => r.map(f)), foot: b.foot?.map(f) };
    case 'bars':
      return { ...b, caption: f(b.caption), bars: b.bars.map((x) => ({ ...x, label: f(x.label), display: f(x.display) })) };
    case 'columns':
      return { ...b, columns: b.columns.map((c) => ({ heading: f(c.heading), blocks: c.blocks.map((x) => scrubBlock(x, f)) })) };
  }
}

/** Every text of a document through `f`: the last pass, so that nothing built later can bring a name back. */
export function scrubDocument(doc: ReportDocument, f: (s: string) => string): ReportDocument {
  const section = (s: DocSection): DocSection => ({ ...s, heading: f(s.heading), synthesis: f(s.synthesis), blocks: s.blocks.map((b) => scrubBlock(b, f)) });
  return { ...doc, title: f(doc.title), subtitle: f(doc.subtitle), footer: f(doc.footer), sections: doc.sections.map(section) };
}
