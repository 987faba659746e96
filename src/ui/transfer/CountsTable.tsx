// Per kind of record: how many are new, changed, already up to date, deleted — only the kinds the file holds.
import { KINDS } from '../../domain/types';
import type { Preview } from '../../format/merge';
import { useI18n } from '../../i18n';
import { kindLabel } from './messages';

const COLUMNS = ['new', 'updated', 'unchanged', 'deleted'] as const;

export function CountsTable({ preview, caption }: { preview: Preview; caption: string }) {
  const { t } = useI18n();
  const rows = KINDS.filter((k) => COLUMNS.some((c) => preview[k][c] > 0));
  return (
    <div class="transfer-table-wrap">
      <table class="transfer-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transfer.preview.col.kind')}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c}>
                {t(`transfer.preview.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((kind) => (
            <tr key={kind} data-kind={kind}>
              <th scope="row">{kindLabel(t, kind)}</th>
              {COLUMNS.map((c) => (
                <td key={c} class={preview[kind][c] === 0 ? 'is-zero' : undefined}>
                  {preview[kind][c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
