// The frame of a démarche's screens: its title, the tabs of its consolidation, the way back to its fiche; children get the data.
import type { ComponentChildren } from 'preact';
import type { DemarcheData } from '../../db/demarcheReads';
import type { DemarcheId } from '../../domain/types';
import { useI18n, type MessageKey } from '../../i18n';
import { routeHref, type DemarcheTab } from '../common/routes';
import { Loading } from '../common/SessionMissing';
import { useScopedDemarche } from './DemarcheScope';
import '../common/tabs.css';
import './demarche.css';

const TABS: readonly { tab: DemarcheTab; label: MessageKey }[] = [
  { tab: 'fiche', label: 'demarche.tab.fiche' },
  { tab: 'dit', label: 'demarche.tab.dit' },
  { tab: 'themes', label: 'demarche.tab.themes' },
  { tab: 'recherche', label: 'demarche.tab.recherche' },
  { tab: 'pistes', label: 'demarche.tab.pistes' },
  { tab: 'rapport', label: 'demarche.tab.rapport' },
];

export function DemarcheFrame({ id, tab, title, children }: { id: DemarcheId; tab: DemarcheTab; title: MessageKey; children: (data: DemarcheData) => ComponentChildren }) {
  const { t } = useI18n();
  const data = useScopedDemarche();
  if (data.status !== 'ready') return <Loading />;
  if (!data.value) return <DemarcheMissing />;
  const d = data.value;
  return (
    <main id="main" class={`page demarche-page demarche-page-${tab}`}>
      <div class="demarche-head">
        <div>
          <p class="eyebrow">{d.demarche.title || t('demarche.untitled')}</p>
          <h1>{t(title)}</h1>
        </div>
        <nav class="tab-links demarche-tabs" aria-label={t('demarche.tabs')}>
          {TABS.map((x) => (
            <a key={x.tab} class="tab-link demarche-tab" href={routeHref({ name: 'demarche', id, tab: x.tab, print: false })} aria-current={x.tab === tab ? 'page' : undefined}>
              {t(x.label)}
            </a>
          ))}
        </nav>
      </div>
      {children(d)}
    </main>
  );
}

export function DemarcheMissing() {
  const { t } = useI18n();
  return (
    <main id="main" class="page">
      <p role="alert">{t('demarche.notFound')}</p>
      <a class="btn btn-secondary" href={routeHref({ name: 'demarches' })}>
        {t('demarche.backToList')}
      </a>
    </main>
  );
}
