// A role put in place of a name, read as French: « dit Secrétaire » (as an anonymised file leaves it) → « dit le secrétaire ».
import type { Translate } from '../i18n/core';
import { SENTENCE_START } from './restitutionWording';

export interface RoleWords {
  /** The bare label an anonymisation puts where a name was (« Secrétaire ») → the role in a sentence (« le secrétaire »). */
  roles: ReadonlyMap<string, string>;
  /** Words after which the label is already a common noun, left as typed: « la Secrétaire », « notre Animateur ». */
  determiners: ReadonlySet<string>;
  /** What a preposition and the role's article become together: « de le » → « du », « à le » → « au ». */
  contractions: ReadonlyMap<string, string>;
}

const pairs = (s: string) => s.split('|').filter((x) => x.includes('>')).map((x) => x.split('>') as [string, string]);

/** The words from the catalogue, for the labels the séances' anonymisation used (`field.*`). */
export function roleWords(t: Translate): RoleWords {
  return {
    roles: new Map([
      [t('field.animateur'), t('consolidation.report.role.animateur')],
      [t('field.secretaire'), t('consolidation.report.role.secretaire')],
      [t('field.superviseur'), t('consolidation.report.role.superviseur')],
    ]),
    determiners: new Set(t('consolidation.report.role.determiners').split('|').filter(Boolean)),
    contractions: new Map(pairs(t('consolidation.report.role.contractions'))),
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);
/** The word just before a match, and where it starts: « dit », « de ». */
const PREVIOUS = /([\p{L}’']+)[\s\u00a0\u202f]+$/u;

/**
 * Each bare label (case as in the catalogue, a whole word) becomes the role with its article, a capital at a
 * sentence's start, contracted with the preposition before it (« de le » → « du »). After a determiner (« la
 * Secrétaire ») or an elided article (« l’Animateur ») the label is a noun already: left as typed.
 */
export function rolesInText(text: string, w: RoleWords): string {
  if (w.roles.size === 0) return text;
  const labels = [...w.roles.keys()].filter((l) => l.trim() !== '');
  if (labels.length === 0) return text;
  const any = new RegExp(`(?<![\\p{L}\\p{N}_’'])(${labels.map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(any)) {
    let before = out + text.slice(last, m.index);
    let said = w.roles.get(m[1]!)!;
    const prev = PREVIOUS.exec(before);
    const word = prev?.[1]?.toLocaleLowerCase('fr') ?? '';
    if (w.determiners.has(word) || /[’']$/.test(before)) continue;
    const [article, ...rest] = said.split(' ');
    const contracted = prev ? w.contractions.get(`${word} ${article}`) : undefined;
    if (prev && contracted !== undefined && rest.length > 0) {
      const typed = prev[1]!;
      before = before.slice(0, prev.index) + (typed.charAt(0) === typed.charAt(0).toLocaleUpperCase('fr') ? upperFirst(contracted) : contracted) + ' ';
      said = rest.join(' ');
    } else if (SENTENCE_START.test(before)) {
      said = upperFirst(said);
    }
    out = before + said;
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}
