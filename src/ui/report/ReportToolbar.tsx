// The report's version choice (full report, anonymised, restitution), and the ways to paper and to files.
import type { SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import type { ReportAudience, ReportView } from '../../report/audience';
import { documentRoute, routeHref } from '../common/routes';

interface Props {
  id: SessionId;
  view: ReportView;
  onExport: () => void;
}

const AUDIENCES: readonly ReportAudience[] = ['equipe', 'participants', 'changes'];

const HINTS = { equipe: 'reportScreen.anonymised.hint', participants: 'reportScreen.restitution.hint', changes: 'reportScreen.changes.hint' } as const;

export function ReportToolbar({ id, view, onExport }: Props) {
  const { t } = useI18n();
  const href = (audience: ReportAudience, anonymised: boolean, print = false) => routeHref(documentRoute(id, { audience, anonymised }, print));
  // Switching versions replaces the history entry: "back" leaves the report instead of replaying the switches.
  const switchAnonymised = (on: boolean) => window.location.replace(href('equipe', on));
  return (
    <div class="report-toolbar">
      <nav class="report-versions" aria-label={t('reportScreen.versions')}>
        {AUDIENCES.map((a) => (
          <a key={a} class="tab report-version" href={href(a, a === 'equipe' ? false : true)} aria-current={view.audience === a ? 'page' : undefined}>
            {t(`reportScreen.tab.${a}`)}
          </a>
        ))}
      </nav>
      <div class="report-toolbar-row">
        {view.audience === 'equipe' ? (
          <label class={`choice ${view.anonymised ? 'is-checked' : ''}`}>
            <input type="checkbox" checked={view.anonymised} aria-describedby="report-anon-hint" onChange={(e) => switchAnonymised(e.currentTarget.checked)} />
            <span>{t('reportScreen.anonymised')}</span>
          </label>
        ) : null}
        <p class="hint report-version-hint" id="report-anon-hint">
          {t(HINTS[view.audience])}
        </p>
        <div class="report-toolbar-actions">
          <a class="btn btn-secondary" href={href(view.audience, view.anonymised, true)}>
            {t('reportScreen.printView')}
          </a>
          <button type="button" class="btn btn-secondary" onClick={onExport}>
            {t('reportScreen.export.title')}
          </button>
        </div>
      </div>
    </div>
  );
}
