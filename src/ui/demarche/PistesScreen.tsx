// Route "demarche", tab pistes: every piste of every séance ranked together by its share of its séance's votes, the rule said, its fiches action.
import { useMemo } from 'preact/hooks';
import type { SeanceRef } from '../../domain/consolidate';
import { rankingRule, rankPistes, shareWords } from '../../domain/ranking';
import type { DemarcheId } from '../../domain/types';
import type { DemarcheData } from '../../db/demarcheReads';
import { useI18n } from '../../i18n';
import { formatCount, formatPercent } from '../../i18n/format';
import { routeHref } from '../common/routes';
import { attribution } from './attribution';
import { DemarcheFrame } from './DemarcheFrame';

export function PistesScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="pistes" title="demarche.pistes.title">
      {(data) => <Pistes data={data} />}
    </DemarcheFrame>
  );
}

function Pistes({ data }: { data: DemarcheData }) {
  const { t, intl } = useI18n();
  const ranking = useMemo(() => rankPistes(data.seances), [data]);
  const seances = new Map<string, SeanceRef>(data.seances.map(({ session: s }) => [s.id, { id: s.id, title: s.title, date: s.date, place: s.place, audience: s.audience }]));
  if (ranking.pistes.length === 0) return <p class="demarche-lead">{t(data.seances.length === 0 ? 'demarche.dit.noSeance' : 'demarche.pistes.none')}</p>;
  return (
    <>
      <div class="pistes-rule" role="note" aria-label={t('demarche.pistes.rule')}>
        {rankingRule(ranking).map((line) => (
          <p key={line.key}>{t(line.key, line.params && { n: formatCount(line.params['n'] ?? 0, intl) })}</p>
        ))}
      </div>
      <ol class="pistes-list" aria-label={t('demarche.pistes.list')}>
        {ranking.pistes.map((p) => {
          const words = shareWords(p);
          return (
            <li key={`${p.sessionId}-${p.trackId}`} class="piste">
              <p class="piste-rank">
                <span class="visually-hidden">{t(p.tied ? 'demarche.pistes.rank.tied' : 'demarche.pistes.rank', { rank: formatCount(p.rank, intl) })}</span>
                <span aria-hidden="true">{p.tied ? t('demarche.pistes.rank.tiedShort', { rank: formatCount(p.rank, intl) }) : formatCount(p.rank, intl)}</span>
              </p>
              <div class="piste-body">
                <h2 class="piste-title">
                  {p.title || t('demarche.piste.untitled')}
                  {p.validated && <span class="piste-validated">{t('demarche.pistes.validated')}</span>}
                </h2>
                <p class="hint">{attribution(seances.get(p.sessionId), { t, intl })}</p>
                <p class="piste-share">
                  <strong>{formatPercent(p.share, intl)}</strong> {t(words.key, { votes: formatCount(words.params?.['votes'] ?? 0, intl), total: formatCount(words.params?.['total'] ?? 0, intl) })}
                </p>
                {p.actions.length === 0 ? (
                  <p class="hint">{t('demarche.pistes.noAction')}</p>
                ) : (
                  <ul class="piste-actions" aria-label={t('demarche.pistes.actions')}>
                    {p.actions.map((a) => (
                      <li key={a.id}>
                        <a href={routeHref({ name: 'action', id: p.sessionId, actionId: a.id })}>{t('demarche.pistes.action', { number: a.number, title: a.title || t('demarche.action.untitled') })}</a>
                        <span class={`status-badge badge-action-${a.status}`}>{t(`demarche.status.${a.status}`)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
