// Route "demarches": every démarche of the tablet (title, thématique, period, séances and their publics) and « Nouvelle démarche ».
import { useState } from 'preact/hooks';
import { createDemarche } from '../../actions/demarches';
import { useDemarches } from '../../db/demarcheReads';
import { useSessions } from '../../db/queries';
import { AUDIENCE_ORDER } from '../../domain/consolidate';
import { LIMITS } from '../../domain/limits';
import type { Demarche, Session } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { navigate, routeHref } from '../common/routes';
import { PeriodText } from './PeriodText';
import './demarche.css';

export function DemarchesScreen() {
  const { t } = useI18n();
  const demarches = useDemarches();
  const sessions = useSessions();
  const list = demarches.status === 'ready' ? demarches.value : [];
  const seances = sessions.status === 'ready' ? sessions.value.filter((s) => !s.deleted) : [];
  return (
    <main id="main" class="page demarches">
      <div class="page-head">
        <h1>{t('demarche.list.title')}</h1>
      </div>
      <NewDemarche />
      {demarches.status === 'ready' && list.length === 0 && (
        <section class="empty-state" aria-labelledby="demarches-empty">
          <h2 id="demarches-empty">{t('demarche.list.empty.title')}</h2>
          <p>{t('demarche.list.empty')}</p>
        </section>
      )}
      {list.length > 0 && (
        <ul class="demarche-list" aria-label={t('demarche.list.title')}>
          {list.map((d) => (
            <li key={d.id}>
              <DemarcheCard demarche={d} seances={seances.filter((s) => s.demarcheId === d.id)} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function NewDemarche() {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const create = async (e: Event) => {
    e.preventDefault();
    const id = await createDemarche(title);
    navigate({ name: 'demarche', id, tab: 'fiche', print: false });
  };
  return (
    <form class="demarche-new" onSubmit={(e) => void create(e)}>
      <div class="field">
        <label for="demarche-new-title">{t('demarche.new.title')}</label>
        <input id="demarche-new-title" type="text" value={title} maxLength={LIMITS.short} autoComplete="off" onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <button type="submit" class="btn btn-primary btn-large">
        <span aria-hidden="true">+</span>
        {t('demarche.new')}
      </button>
    </form>
  );
}

function DemarcheCard({ demarche: d, seances }: { demarche: Demarche; seances: Session[] }) {
  const { t, intl } = useI18n();
  const title = d.title || t('demarche.untitled');
  const publics = AUDIENCE_ORDER.filter((a) => seances.some((s) => s.audience.includes(a)));
  const headingId = `demarche-${d.id}`;
  return (
    <article class="demarche-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={routeHref({ name: 'demarche', id: d.id, tab: 'fiche', print: false })}>{title}</a>
      </h2>
      <p class="session-meta">{d.thematique || t('demarche.noThematique')}</p>
      <p class="session-meta">
        <PeriodText start={d.periodStart} end={d.periodEnd} />
      </p>
      <p class="session-meta">
        {seances.length === 0 ? t('demarche.seances.none') : t(seances.length === 1 ? 'demarche.seances.count.one' : 'demarche.seances.count', { n: formatCount(seances.length, intl) })}
        {publics.length > 0 && ` · ${publics.map((a) => t(`field.audience.${a}`)).join(', ')}`}
      </p>
    </article>
  );
}
