// A `table` block: caption, column headers, the first cell of each row as the row's header, totals in the foot.
import type { Block } from '../../report/document';
import { Lines } from './Text';

type Table = Extract<Block, { type: 'table' }>;

function Cells({ cells, align, header }: { cells: string[]; align: Table['align']; header: 'col' | 'row' }) {
  return (
    <>
      {cells.map((cell, i) => {
        const cls = align?.[i] === 'end' ? 'end' : undefined;
        if (header === 'col') return <th key={i} scope="col" class={cls}><Lines text={cell} /></th>;
        // The first cell names the row (a phase, a piste): a row header for screen readers.
        return i === 0 ? <th key={i} scope="row" class={cls}><Lines text={cell} /></th> : <td key={i} class={cls}><Lines text={cell} /></td>;
      })}
    </>
  );
}

export function DocTable({ block }: { block: Table }) {
  return (
    <div class="doc-table-wrap">
      <table class="doc-table">
        <caption>{block.caption}</caption>
        <thead>
          <tr>
            <Cells cells={block.head} align={block.align} header="col" />
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, i) => (
            <tr key={i}>
              <Cells cells={row} align={block.align} header="row" />
            </tr>
          ))}
        </tbody>
        {block.foot && block.foot.length > 0 && (
          <tfoot>
            <tr>
              <Cells cells={block.foot} align={block.align} header="row" />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
