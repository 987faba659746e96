// A long run of quotes on the report screen: the first few, then « Afficher les N autres verbatims », a page at a time.
import { useState } from 'preact/hooks';
import type { Block } from '../../report/document';
import { useI18n } from '../../i18n';

/** Quotes shown before the button: enough to hear the voices; a séance of 5,000 verbatims opens in a blink. */
export const FOLDED_QUOTES = 3;
/** Quotes a tap adds: a few hundred elements, so each tap answers at once too. */
const PAGE = 100;

type Quote = Extract<Block, { type: 'quote' }>;

interface Props {
  quotes: readonly Quote[];
  render: (quote: Quote, index: number) => preact.JSX.Element;
}

/** Only the screen folds: the print view and every export carry every quote. */
export function QuoteRun({ quotes, render }: Props) {
  const { t, intl } = useI18n();
  const [shown, setShown] = useState(FOLDED_QUOTES);
  const left = quotes.length - shown;
  // One more fold than the quotes it hides is no fold at all: a run just past the limit shows whole.
  if (left <= 1) return <>{quotes.map(render)}</>;
  const n = left.toLocaleString(intl);
  return (
    <>
      {quotes.slice(0, shown).map(render)}
      <button type="button" class="btn btn-secondary quote-more" onClick={() => setShown(shown + PAGE)}>
        {left <= PAGE ? t('reportScreen.quotes.more', { n }) : t('reportScreen.quotes.page', { page: PAGE, n })}
      </button>
    </>
  );
}
