// A démarche made nameless for its consolidated report: each séance anonymised as the restitution is, and one scrub of every name of every séance.
import type { ReportInput } from '../domain/recordSet';
import type { Demarche, Theme, ThemeLink } from '../domain/types';
import { anonymiseSeance, demarcheNames, type RoleLabels } from '../format/anonymise';
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
  // Each séance knows the others' names in the same pass as its own: « Marie-Claire » of one is never cut by « Marie » of another.
  const known = demarcheNames(
    input.seances.map((s) => s.session),
    input.seances.flatMap((s) => s.participants),
    input.demarche,
    { ...labels, participant: words.one },
  );
  const seances = input.seances.map((s) => anonymiseSeance(s, labels, words.one, tidy, known));
  // The same names for the texts a séance's own rules do not reach (the démarche's title, its themes, the document's own words).
  const replace = makeReplacer(known);
  const roles = roleWords(t);
  // A role name becomes its bare label (« Secrétaire »), as in the sites' anonymised files; then both read as French (« dit le secrétaire »).
  const scrub = (text: string) => {
    const out = replace(text);
    return rolesInText(out === text ? text : tidy(out), roles);
  };
  return { ...input, demarche: { ...input.demarche, pilote: '' }, seances, scrub };
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
