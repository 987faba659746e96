// After an import: what changed on this tablet, the conflicts settled, and a way into each séance of the file.
import type { ImportSummary } from '../../actions/importFile';
import { KINDS } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { routeHref } from '../common/routes';
import { CountsTable } from './CountsTable';
import { FilePicker } from './FilePicker';

export function ImportDoneView({ summary, onFiles }: { summary: ImportSummary; onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const { preview, settled, copies } = summary;
  const changed = KINDS.some((k) => preview[k].new + preview[k].updated + preview[k].deleted > 0) || settled + copies > 0;
  return (
    <section class="transfer-done" aria-labelledby="import-done-title">
      <h2 id="import-done-title" tabIndex={-1}>
        {t('transfer.done.title')}
      </h2>
      {changed ? <CountsTable preview={preview} caption={t('transfer.done.table')} /> : <p>{t('transfer.done.nothing')}</p>}
      {settled > 0 && <p>{t(countKey('transfer.done.settled', settled), { n: settled })}</p>}
      {copies > 0 && <p>{t(countKey('transfer.done.copies', copies), { n: copies })}</p>}
      <div class="transfer-actions">
        {summary.sessions.map((s) => (
          <a key={s.id} class="btn btn-primary btn-large" href={routeHref({ name: 'prepare', id: s.id, tab: 'seance' })}>
            {t('transfer.done.open', { title: s.title || t('home.untitled') })}
          </a>
        ))}
        <FilePicker label={t('transfer.done.another')} onFiles={onFiles} class="btn btn-secondary btn-large" />
      </div>
    </section>
  );
}
