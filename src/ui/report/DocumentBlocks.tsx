// A report document's blocks as accessible HTML: the one renderer of the report screen and its print view.
import type { Block } from '../../report/document';
import { useI18n } from '../../i18n';
import { DocBars } from './DocBars';
import { DocTable } from './DocTable';
import { DocList, FoldedBlocks, foldRuns, FoldedItems } from './Folded';
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
      return block.items.length === 0 ? null : fold ? <FoldedItems items={block.items} /> : <DocList items={block.items} />;
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

/**
 * `fold` (the report screen): a long run of quotes or a long list shows its first few, then a button
 * for the rest, so a séance of thousands of verbatims opens at once; print and exports never fold.
 */
export function DocumentBlocks({ blocks, level = 3, fold = false }: { blocks: readonly Block[]; level?: Level; fold?: boolean }) {
  if (fold) {
    return (
      <>
        {foldRuns(blocks).map((part, i) =>
          part.hidden.length === 0 ? (
            part.shown.map((b, k) => <DocBlock key={`${i}-${k}`} block={b} level={level} fold />)
          ) : (
            <FoldedBlocks key={i} shown={part.shown} hidden={part.hidden} render={(b, k) => <DocBlock key={k} block={b} level={level} fold={false} />} />
          ),
        )}
      </>
    );
  }
  return (
    <>
      {blocks.map((b, i) => (
        <DocBlock key={i} block={b} level={level} fold={false} />
      ))}
    </>
  );
}
