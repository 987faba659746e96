// The restitution's « un participant » kept French: capital at a sentence's start, repeats merged, « d’un », quotes capitalised.
import type { Translate } from '../i18n/core';

export interface EveryoneWords {
  /** What every participant's name becomes: « un participant ». */
  one: string;
  /** Two or more named together: « deux participants ». */
  several: (n: number) => string;
  /** The word joining the last two of a list: « et ». */
  and: string;
  /** Words that drop their last vowel before the label: « de » → « d’ » (none in English). */
  elisions: ReadonlyMap<string, string>;
}

/** The words from the catalogue: numbers two to ten spelt out, figures above (« 12 participants »). */
export function everyoneWords(t: Translate): EveryoneWords {
  const spelt = t('report.restitution.numberWords').split('|');
  const elisions = t('report.restitution.elisions')
    .split('|')
    .filter((pair) => pair.includes('>'))
    .map((pair) => pair.split('>') as [string, string]);
  return {
    one: t('report.restitution.someone'),
    several: (n) => t('report.restitution.several', { n: spelt[n - 2] ?? String(n) }),
    and: t('report.restitution.and'),
    elisions: new Map(elisions),
  };
}

const SPACE = '[\\s\\u00a0\\u202f]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const words = (s: string) => s.trim().split(/\s+/).map(escape).join(`${SPACE}+`);
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

/** Where a sentence starts: a line's beginning (after a list mark), after . ! ? …, or after an opening quote. */
export const SENTENCE_START = /(?:^|\n)[ \t]*(?:(?:[-•*]|\d+[.)])[ \t]+)?$|[.!?…][»”’")]?[\s\u00a0\u202f]+$|[«“][\s\u00a0\u202f]*$/u;

/**
 * A text in which names were replaced by `w.one`, made to read as French: « un participant et un
 * participant décrivent » → « Deux participants décrivent », « (un participant, un participant) » →
 * « (deux participants) », « de un participant » → « d’un participant ». Only the label's own
 * occurrences are touched: the rest of the text stays as typed.
 */
export function tidyEveryone(text: string, w: EveryoneWords): string {
  const one = words(w.one);
  const joiner = `(?:${SPACE}*,${SPACE}*|${SPACE}+${words(w.and)}${SPACE}+)`;
  const run = new RegExp(`(?<![\\p{L}\\p{N}_])${one}(?:${joiner}${one})*(?![\\p{L}\\p{N}_])`, 'giu');
  const single = new RegExp(one, 'giu');
  const elided = w.elisions.size > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_])(${[...w.elisions.keys()].map(escape).join('|')})${SPACE}+$`, 'iu') : null;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(run)) {
    const n = m[0].match(single)!.length;
    let said = n === 1 ? m[0] : w.several(n);
    let before = out + text.slice(last, m.index);
    const elide = n === 1 && elided ? elided.exec(before) : null;
    if (elide) {
      const word = elide[1]!;
      const short = w.elisions.get(word.toLocaleLowerCase('fr'))!;
      before = before.slice(0, elide.index) + (word.charAt(0) === word.charAt(0).toLocaleUpperCase('fr') ? upperFirst(short) : short);
    } else if (SENTENCE_START.test(before)) {
      said = upperFirst(said);
    }
    out = before + said;
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** A quote read out to the participants starts with a capital, as a sentence does (« … » for a cut quote stays as is). */
export function capitaliseQuote(text: string): string {
  const m = /^([\s«“"]*)(\p{Ll})/u.exec(text);
  return m ? m[1]! + m[2]!.toLocaleUpperCase('fr') + text.slice(m[0].length) : text;
}
