// What an import of several files says of them together: files of different démarches, the same séance anonymised in one file and with names in another.
import type { BatchPreview } from '../../actions/importFile';
import { useI18n } from '../../i18n';

export function BatchNotices({ value }: { value: BatchPreview }) {
  const { t } = useI18n();
  const { target, twins } = value;
  const different = target !== null && value.files.some((f) => f.attachOffer);
  if (!different && twins.length === 0) return null;
  return (
    <div class="banner banner-info transfer-notices">
      <div>
        {different && <p>{t('transfer.demarche.different', { target: value.demarcheTitles.get(target) || t('transfer.demarche.untitled') })}</p>}
        {twins.map((tw) => (
          <p key={`${tw.sessionId}-${tw.anonymised}`}>{t('transfer.twin', { full: tw.full, anonymised: tw.anonymised, title: tw.title || t('home.untitled') })}</p>
        ))}
      </div>
    </div>
  );
}
