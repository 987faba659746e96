// Per kind of record: how many are new, changed, already up to date, deleted — only the kinds and columns that hold any.
import { KINDS } from '../../domain/types';
import type { Preview } from '../../format/merge';
import { useI18n } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { kindLabel } from './messages';

const COLUMNS = ['new', 'updated', 'unchanged', 'deleted'] as const;

export function CountsTable({ preview, caption }: { preview: Preview; caption: string }) {
  const { t, intl } = useI18n();
  const rows = KINDS.filter((k) => COLUMNS.some((c) => preview[k][c] > 0));
  // A fresh tablet gets only « Nouveaux »: three columns of zeros would read as something to check.
  const columns = COLUMNS.filter((c) => rows.some((k) => preview[k][c] > 0));
  return (
    <div class="transfer-table-wrap">
      <table class="transfer-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transfer.preview.col.kind')}</th>
            {columns.map((c) => (
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
              {columns.map((c) => (
                <td key={c} class={preview[kind][c] === 0 ? 'is-zero' : undefined}>
                  {formatCount(preview[kind][c], intl)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
