// After closing: planned vs actual time per phase and each person's participation (reused by the report).
import { talkStats } from '../../domain/talk';
import { phaseElapsed } from '../../domain/timer';
import type { Participant, Phase, Turn } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatClock, formatMinutes } from '../../i18n/format';
import { ParticipationChart, type Bar } from './ParticipationChart';

interface Props {
  phases: readonly Phase[];
  everyone: readonly Participant[];
  turns: readonly Turn[];
  now: number;
}

export function ClosingSummary({ phases, everyone, turns, now }: Props) {
  const { t, intl } = useI18n();
  const stats = talkStats(turns, now);
  const bars: Bar[] = [
    ...everyone
      .filter((p) => !p.deleted || stats.has(p.id))
      .map((p) => ({ label: p.deleted ? t('talk.removed', { name: p.pseudonym }) : p.pseudonym, ms: stats.get(p.id)?.ms ?? 0, turns: stats.get(p.id)?.turns ?? 0 })),
    { label: t('talk.animateur'), ms: stats.get('animateur')?.ms ?? 0, turns: stats.get('animateur')?.turns ?? 0, muted: true },
  ];
  const totalPlanned = phases.reduce((s, p) => s + p.plannedMinutes, 0);
  const totalActual = phases.reduce((s, p) => s + phaseElapsed(p, now), 0);
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.title')}</h2>
      <table class="summary-table">
        <caption>{t('summary.phases')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.phase')}</th>
            <th scope="col">{t('summary.planned')}</th>
            <th scope="col">{t('summary.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {phases.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.index}. {p.title}
              </th>
              <td>{formatMinutes(p.plannedMinutes, intl)}</td>
              <td>{formatClock(phaseElapsed(p, now))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('summary.total')}</th>
            <td>{formatMinutes(totalPlanned, intl)}</td>
            <td>{formatClock(totalActual)}</td>
          </tr>
        </tfoot>
      </table>
      <h3>{t('summary.participation')}</h3>
      <p>{t('summary.turnsTotal', { n: turns.length })}</p>
      <ParticipationChart bars={bars} title={t('summary.chart')} />
    </section>
  );
}
