// What the restitution says was heard: what works and what must change side by side, even when nobody starred a quote.
import type { Translate } from '../i18n/core';
import type { Block } from './document';
import type { CardLine, Quote, ReportModel } from './model';
import { capitaliseQuote } from './restitutionWording';

/** Quotes per side: three voices each way, short enough for one page. */
export const HEARD_PER_SIDE = 3;
/** Starred quotes tagged neither positive nor negative (an expectation, an idea) that still find a place. */
export const HEARD_OTHERS = 2;

export interface HeardSide {
  quotes: Quote[];
  /** The side's post-its, only when no verbatim was tagged on that side. */
  cards: CardLine[];
}

export interface Heard {
  positive: HeardSide;
  negative: HeardSide;
  others: Quote[];
}

/** Starred first, each group in the order it was said (the model's quotes already are): a stable partition. */
const starredFirst = (quotes: readonly Quote[]) => [...quotes.filter((q) => q.key), ...quotes.filter((q) => !q.key)];

/**
 * The rule, so a restitution is balanced whether or not anyone starred a quote:
 * 1. each side (positive, negative) keeps up to HEARD_PER_SIDE verbatims tagged on it, starred ones
 *    first, then the others, each in the order they were said; a verbatim tagged on both sides counts
 *    on the positive side only;
 * 2. a side with no tagged verbatim shows up to HEARD_PER_SIDE of its post-its, in the board's order;
 * 3. then up to HEARD_OTHERS starred verbatims that are on neither side, in the order they were said.
 */
export function heardInRestitution(model: ReportModel): Heard {
  const positive = starredFirst(model.views.positive.quotes).slice(0, HEARD_PER_SIDE);
  const taken = new Set(positive.map((q) => q.id));
  const negative = starredFirst(model.views.negative.quotes.filter((q) => !taken.has(q.id))).slice(0, HEARD_PER_SIDE);
  const sided = new Set([...model.views.positive.quotes, ...model.views.negative.quotes].map((q) => q.id));
  const side = (quotes: Quote[], cards: readonly CardLine[]): HeardSide => ({ quotes, cards: quotes.length > 0 ? [] : cards.slice(0, HEARD_PER_SIDE) });
  return {
    positive: side(positive, model.views.positive.cards),
    negative: side(negative, model.views.negative.cards),
    others: model.learnings.keyQuotes.filter((q) => !sided.has(q.id)).slice(0, HEARD_OTHERS),
  };
}

const quote = (q: Quote): Block => ({ type: 'quote', text: capitaliseQuote(q.text), by: '' });

function sideBlocks(side: HeardSide, empty: string): Block[] {
  if (side.quotes.length > 0) return side.quotes.map(quote);
  if (side.cards.length > 0) return [{ type: 'list', items: side.cards.map((c) => c.text) }];
  return [{ type: 'paragraph', text: empty, tone: 'muted' }];
}

/** The restitution's « Ce que nous avons entendu »: the two sides as two columns, then the other starred voices. */
export function heardBlocks(model: ReportModel, t: Translate): Block[] {
  const heard = heardInRestitution(model);
  const blocks: Block[] = [
    {
      type: 'columns',
      columns: [
        { heading: t('report.restitution.positive'), blocks: sideBlocks(heard.positive, t('report.empty.positive')) },
        { heading: t('report.restitution.negative'), blocks: sideBlocks(heard.negative, t('report.empty.negative')) },
      ],
    },
  ];
  if (heard.others.length > 0) blocks.push({ type: 'heading', text: t('report.restitution.alsoHeard') }, ...heard.others.map(quote));
  return blocks;
}
