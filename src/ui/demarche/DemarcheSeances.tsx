// A démarche's séances (date, lieu, publics, status, mirror of which), and the ways in and out: new, attach, detach, mirror.
import { useState } from 'preact/hooks';
import { attachSeance, createMirrorSeance, createSeanceInDemarche, detachSeance } from '../../actions/demarches';
import { useDemarches } from '../../db/demarcheReads';
import { useSessions } from '../../db/queries';
import { sortSessions } from '../../domain/session';
import type { Audience, Demarche, Session, SessionId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { guideTexts } from '../../i18n/guideTexts';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { navigate, routeHref } from '../common/routes';
import { showToast } from '../common/toasts';

const AUDIENCES: readonly Audience[] = ['usagers', 'agents', 'partenaires', 'elus'];

/** Where a séance opens: the room while it runs, its préparation otherwise (as on Accueil). */
const openHref = (s: Session) => (s.status === 'en_cours' ? routeHref({ name: 'room', id: s.id }) : routeHref({ name: 'prepare', id: s.id, tab: 'seance' }));

export function DemarcheSeances({ demarche, seances }: { demarche: Demarche; seances: Session[] }) {
  const { t, intl } = useI18n();
  const [mirrorFor, setMirrorFor] = useState<SessionId | null>(null);
  const [attaching, setAttaching] = useState(false);
  const titleOf = (s: Pick<Session, 'title'>) => s.title || t('home.untitled');

  const createSeance = async () => {
    const id = await createSeanceInDemarche(demarche.id, { title: '', audience: 'usagers', consentWording: t('participants.consentWording.default'), texts: guideTexts(t) });
    if (id) navigate({ name: 'prepare', id, tab: 'seance' });
  };
  const detach = async (s: Session) => {
    await detachSeance(s.id);
    showToast(t('demarche.seance.detached', { title: titleOf(s) }), () => void attachSeance(s.id, demarche.id));
  };

  return (
    <section class="demarche-section" aria-labelledby="demarche-seances-title">
      <h2 id="demarche-seances-title">{t('demarche.seances.title')}</h2>
      {seances.length === 0 ? (
        <p class="hint">{t('demarche.seances.empty')}</p>
      ) : (
        <ul class="demarche-seances">
          {seances.map((s) => {
            const source = s.mirrorOf ? seances.find((x) => x.id === s.mirrorOf) : undefined;
            return (
              <li key={s.id} class="demarche-seance">
                <div class="demarche-seance-text">
                  <a href={openHref(s)} class="demarche-seance-title">
                    {titleOf(s)}
                  </a>
                  <p class="session-meta">
                    {[s.date ? formatShortDay(s.date, intl) : t('home.noDate'), s.place || t('home.noPlace'), s.audience.length > 0 ? s.audience.map((a) => t(`field.audience.${a}`)).join(', ') : t('demarche.seance.noPublic')].join(' · ')}
                  </p>
                  <p class="session-meta">
                    <span class={`status-badge badge-${s.status}`}>{t(`home.status.${s.status}`)}</span>
                    {s.mirrorOf && <span class="demarche-mirror-of">{t('demarche.seance.mirrorOf', { title: source ? titleOf(source) : t('demarche.seance.mirrorOf.elsewhere') })}</span>}
                  </p>
                </div>
                <div class="demarche-seance-actions">
                  <button type="button" class="btn btn-secondary" aria-expanded={mirrorFor === s.id} onClick={() => setMirrorFor(mirrorFor === s.id ? null : s.id)} aria-label={t('demarche.seance.mirror.label', { title: titleOf(s) })}>
                    {t('demarche.seance.mirror')}
                  </button>
                  <button type="button" class="btn btn-tertiary" onClick={() => void detach(s)} aria-label={t('demarche.seance.detach.label', { title: titleOf(s) })}>
                    {t('demarche.seance.detach')}
                  </button>
                </div>
                {mirrorFor === s.id && <MirrorChoice source={s} onDone={() => setMirrorFor(null)} />}
              </li>
            );
          })}
        </ul>
      )}
      <div class="head-actions">
        <button type="button" class="btn btn-primary" onClick={() => void createSeance()}>
          <span aria-hidden="true">+</span>
          {t('demarche.seance.new')}
        </button>
        <button type="button" class="btn btn-secondary" aria-expanded={attaching} onClick={() => setAttaching(!attaching)}>
          {t('demarche.seance.attach')}
        </button>
      </div>
      {attaching && <AttachChoice demarche={demarche} />}
    </section>
  );
}

/** « Séance miroir »: the same guide and theme for another public, agents by default after usagers; opens its préparation. */
function MirrorChoice({ source, onDone }: { source: Session; onDone: () => void }) {
  const { t } = useI18n();
  const [audience, setAudience] = useState<Audience>(source.audience.includes('usagers') ? 'agents' : 'usagers');
  const create = async () => {
    const id = await createMirrorSeance(source.id, audience, (title) => t('demarche.seance.mirrorTitle', { title: title || t('home.untitled'), public: t(`field.audience.${audience}`) }));
    onDone();
    if (id) navigate({ name: 'prepare', id, tab: 'seance' });
  };
  return (
    <div class="demarche-mirror-choice">
      <ChoiceGroup
        legend={t('demarche.seance.mirror.public')}
        type="radio"
        name={`mirror-${source.id}`}
        options={AUDIENCES.map((a) => ({ value: a, label: t(`field.audience.${a}`), checked: audience === a }))}
        onChange={(value) => setAudience(value as Audience)}
      />
      <p class="hint">{t('demarche.seance.mirror.hint')}</p>
      <div class="head-actions">
        <button type="button" class="btn btn-primary" onClick={() => void create()}>
          {t('demarche.seance.mirror.create')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The tablet's séances not in this démarche; one already in another démarche is moved only after asking. */
function AttachChoice({ demarche }: { demarche: Demarche }) {
  const { t, intl } = useI18n();
  const sessions = useSessions();
  const demarches = useDemarches();
  const [moving, setMoving] = useState<Session | null>(null);
  const candidates = sessions.status === 'ready' ? sortSessions(sessions.value.filter((s) => !s.deleted && s.demarcheId !== demarche.id)) : [];
  const otherTitle = (s: Session) => {
    const other = demarches.status === 'ready' ? demarches.value.find((d) => d.id === s.demarcheId) : undefined;
    return other ? other.title || t('demarche.untitled') : t('demarche.untitled');
  };
  const attach = async (s: Session) => {
    setMoving(null);
    await attachSeance(s.id, demarche.id);
    showToast(t('demarche.seance.attached', { title: s.title || t('home.untitled') }));
  };
  if (sessions.status !== 'ready') return null;
  return (
    <div class="demarche-attach">
      <h3>{t('demarche.seance.attach.title')}</h3>
      {candidates.length === 0 ? (
        <p class="hint">{t('demarche.seance.attach.none')}</p>
      ) : (
        <ul class="demarche-seances">
          {candidates.map((s) => (
            <li key={s.id} class="demarche-seance">
              <div class="demarche-seance-text">
                <p class="demarche-seance-title">{s.title || t('home.untitled')}</p>
                <p class="session-meta">
                  {[s.date ? formatShortDay(s.date, intl) : t('home.noDate'), s.place || t('home.noPlace')].join(' · ')}
                  {s.demarcheId && ` · ${t('demarche.seance.inOther', { title: otherTitle(s) })}`}
                </p>
              </div>
              <button type="button" class="btn btn-secondary" onClick={() => (s.demarcheId ? setMoving(s) : void attach(s))} aria-label={t('demarche.seance.attach.label', { title: s.title || t('home.untitled') })}>
                {t('demarche.seance.attach.one')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {moving && (
        <ConfirmDialog
          title={t('demarche.seance.move.title', { title: moving.title || t('home.untitled') })}
          confirmLabel={t('demarche.seance.move.yes')}
          onConfirm={() => void attach(moving)}
          onCancel={() => setMoving(null)}
        >
          <p>{t('demarche.seance.move.body', { other: otherTitle(moving), demarche: demarche.title || t('demarche.untitled') })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
