// Long runs of quotes and long lists on the report screen: the first few, then « Afficher les N autres ».
import type { ComponentChildren } from 'preact';
import { useRef, useState, useLayoutEffect } from 'preact/hooks';
import { useI18n } from '../../i18n';
import type { Block } from '../../report/document';
import { formatCount } from '../../i18n/format';
import { Lines } from './Text';

/** Quotes shown before the button: enough to read the tone, few enough to open a 5,000-verbatim report at once. */
export const QUOTES_SHOWN = 6;
/** List items shown before the button. */
export const ITEMS_SHOWN = 12;

export interface FoldPart {
  shown: Block[];
  hidden: Block[];
}

/** The blocks cut where a run of more than QUOTES_SHOWN quotes goes on: each part is shown, then its hidden rest. */
export function foldRuns(blocks: readonly Block[]): FoldPart[] {
  const parts: FoldPart[] = [];
  let plain: Block[] = [];
  let run: Block[] = [];
  const endRun = () => {
    if (run.length > QUOTES_SHOWN) {
      parts.push({ shown: [...plain, ...run.slice(0, QUOTES_SHOWN)], hidden: run.slice(QUOTES_SHOWN) });
      plain = [];
    } else plain.push(...run);
    run = [];
  };
  for (const b of blocks) {
    if (b.type === 'quote') run.push(b);
    else {
      endRun();
      plain.push(b);
    }
  }
  endRun();
  if (plain.length > 0) parts.push({ shown: plain, hidden: [] });
  return parts;
}

export function DocList({ items }: { items: readonly string[] }) {
  return (
    <ul class="doc-list">
      {items.map((item, i) => (
        <li key={i} dir="auto">
          <Lines text={item} />
        </li>
      ))}
    </ul>
  );
}

/** The rest behind a button; once opened, focus goes to the first revealed item so a keyboard user reads on from there. */
function Reveal({ count, label, children }: { count: number; label: (n: string) => string; children: () => ComponentChildren }) {
  const { intl } = useI18n();
  const [open, setOpen] = useState(false);
  const first = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button type="button" class="btn btn-secondary doc-more" onClick={() => setOpen(true)}>
        {label(formatCount(count, intl))}
      </button>
    );
  }
  return (
    <div ref={first} tabIndex={-1} class="doc-revealed">
      {children()}
    </div>
  );
}

export function FoldedBlocks({ shown, hidden, render }: FoldPart & { render: (b: Block, key: number) => ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      {shown.map(render)}
      <Reveal count={hidden.length} label={(n) => t(hidden.length === 1 ? 'reportScreen.more.quotes.one' : 'reportScreen.more.quotes', { n })}>
        {() => hidden.map(render)}
      </Reveal>
    </>
  );
}

export function FoldedItems({ items }: { items: readonly string[] }) {
  const { t } = useI18n();
  if (items.length <= ITEMS_SHOWN + 1) return <DocList items={items} />;
  const rest = items.slice(ITEMS_SHOWN);
  return (
    <>
      <DocList items={items.slice(0, ITEMS_SHOWN)} />
      <Reveal count={rest.length} label={(n) => t('reportScreen.more.items', { n })}>
        {() => <DocList items={rest} />}
      </Reveal>
    </>
  );
}
