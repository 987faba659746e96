// A report document's blocks as accessible HTML: the one renderer of the report screen and its print view.
import type { Block } from '../../report/document';
import { useI18n } from '../../i18n';
import { DocBars } from './DocBars';
import { DocTable } from './DocTable';
import { QuoteRun } from './QuoteRun';
import { Lines, Paragraphs } from './Text';

/** h3 inside a section; h4 inside a column that has its own h3. */
type Level = 3 | 4;

function DocQuote({ text, by }: { text: string; by: string }) {
  const { t } = useI18n();
  return (
    <figure class="doc-quote">
      <blockquote dir="auto">
        <p>
          <Lines text={t('reportScreen.quote', { text })} />
        </p>
      </blockquote>
      {by.trim() !== '' && <figcaption>{t('reportScreen.quoteBy', { by })}</figcaption>}
    </figure>
  );
}

function DocBlock({ block, level, fold }: { block: Block; level: Level; fold: boolean }) {
  const H = `h${level}` as 'h3' | 'h4';
  switch (block.type) {
    case 'facts':
      return (
        <dl class="doc-facts">
          {block.rows.map((r, i) => (
            <div key={i} class="doc-fact">
              <dt>{r.label}</dt>
              <dd dir="auto">
                <Lines text={r.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'paragraph':
      return <Paragraphs text={block.text} class={block.tone === 'muted' ? 'doc-muted' : undefined} />;
    case 'heading':
      return <H class="doc-heading">{block.text}</H>;
    case 'list':
      return block.items.length === 0 ? null : (
        <ul class="doc-list">
          {block.items.map((item, i) => (
            <li key={i} dir="auto">
              <Lines text={item} />
            </li>
          ))}
        </ul>
      );
    case 'quote':
      return <DocQuote text={block.text} by={block.by} />;
    case 'table':
      return <DocTable block={block} />;
    case 'bars':
      return <DocBars block={block} />;
    case 'columns':
      return (
        <div class="doc-columns">
          {block.columns.map((c, i) => (
            <div key={i} class="doc-column">
              <H class="doc-heading">{c.heading}</H>
              <DocumentBlocks blocks={c.blocks} level={4} fold={fold} />
            </div>
          ))}
        </div>
      );
  }
}

type QuoteBlock = Extract<Block, { type: 'quote' }>;
const quote = (q: QuoteBlock, i: number) => <DocQuote key={i} text={q.text} by={q.by} />;

/**
 * `fold` (the report screen): a long run of quotes shows its first few and a button for the rest, so a séance of
 * thousands of tagged verbatims opens at once. The print view leaves it off: paper and PDF carry every quote.
 */
export function DocumentBlocks({ blocks, level = 3, fold = false }: { blocks: readonly Block[]; level?: Level; fold?: boolean }) {
  const out = [];
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i]!;
    let end = i + 1;
    if (fold && b.type === 'quote') while (end < blocks.length && blocks[end]!.type === 'quote') end++;
    out.push(end - i > 1 ? <QuoteRun key={i} quotes={blocks.slice(i, end) as QuoteBlock[]} render={quote} /> : <DocBlock key={i} block={b} level={level} fold={fold} />);
    i = end;
  }
  return <>{out}</>;
}
