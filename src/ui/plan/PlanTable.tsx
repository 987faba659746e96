// The plan's table: one row per fiche, late ones flagged with an icon and words, each opening its fiche de suivi (plain text on paper).
import { Component } from 'preact';
import { useI18n } from '../../i18n';
import { dayText, lateReasons, LIST, readingText, statusLabel } from '../../report/planSheet';
import type { PlanRow } from '../../report/planTable';
import { LateIcon } from '../common/LateIcon';
import { routeHref } from '../common/routes';

function Row({ row, print }: { row: PlanRow; print: boolean }) {
  const { t, intl } = useI18n();
  const title = row.title.trim() || t('plan.untitled');
  const none = <span class="plan-none">{t('plan.none')}</span>;
  const reasons = lateReasons(row.lateness, row.plannedEnd, t, intl);
  return (
    <tr class={row.lateness.late ? 'plan-row is-late' : 'plan-row'}>
      <td data-label={t('plan.col.number')} class="plan-number">
        {row.number || none}
      </td>
      <th scope="row" data-label={t('plan.col.action')} class="plan-action">
        {print ? <span class="plan-title">{title}</span> : <a class="plan-title plan-open" href={routeHref({ name: 'action', id: row.sessionId, actionId: row.actionId })}>{title}</a>}
        {row.engagements.length > 0 && (
          <ul class="plan-engagements">
            {row.engagements.map((e) => (
              <li key={e}>{t(`engagement.short.${e}`)}</li>
            ))}
          </ul>
        )}
      </th>
      <td data-label={t('plan.col.session')}>
        {row.sessionTitle || t('plan.untitledSession')}
        {row.sessionDate && <span class="plan-sub">{dayText(row.sessionDate, intl)}</span>}
      </td>
      <td data-label={t('plan.col.owner')}>{row.owner || none}</td>
      <td data-label={t('plan.col.dates')} class="plan-dates">
        {row.start || row.plannedEnd ? (
          <>
            <span>{dayText(row.start, intl) || t('plan.none')}</span>
            <span class="plan-sub">
              <span aria-hidden="true">→ </span>
              {dayText(row.plannedEnd, intl) || t('plan.none')}
            </span>
          </>
        ) : (
          none
        )}
      </td>
      <td data-label={t('plan.col.status')} class="plan-status">
        <span class={`plan-badge status-${row.status}`}>{statusLabel(row.status, t)}</span>
        {row.lateness.late && (
          <>
            <span class="plan-late">
              <LateIcon />
              {t('plan.late')}
            </span>
            <span class="plan-why">{reasons.join(LIST)}</span>
          </>
        )}
      </td>
      <td data-label={t('plan.col.next')}>
        {row.nextMilestone ? (
          <>
            {row.nextMilestone.title}
            <span class="plan-sub">{dayText(row.nextMilestone.due, intl)}</span>
          </>
        ) : (
          none
        )}
      </td>
      <td data-label={t('plan.col.indicators')} class="plan-indicators">
        {row.indicators.length === 0
          ? none
          : row.indicators.map((i, n) => (
              <p key={n}>
                <span class="plan-sub">{i.name}</span>
                {readingText(i, t, intl)}
              </p>
            ))}
      </td>
    </tr>
  );
}

/**
 * A row draws again only when its fiche changed: a filter keeps most rows' objects (the table's rows are built once
 * per read), so choosing one redraws the rows that come and go, not every row. The texts still follow a change of
 * language: the i18n context reaches the row past this check.
 */
class StableRow extends Component<{ row: PlanRow; print: boolean }> {
  override shouldComponentUpdate(next: { row: PlanRow; print: boolean }): boolean {
    return next.row !== this.props.row || next.print !== this.props.print;
  }
  override render() {
    return <Row row={this.props.row} print={this.props.print} />;
  }
}

export function PlanTable({ rows, print = false }: { rows: readonly PlanRow[]; print?: boolean }) {
  const { t } = useI18n();
  const cols = ['number', 'action', 'session', 'owner', 'dates', 'status', 'next', 'indicators'] as const;
  return (
    <table class={print ? 'plan-table is-print' : 'plan-table'}>
      <caption class="visually-hidden">{t('plan.table')}</caption>
      <thead>
        <tr>
          {cols.map((c) => (
            <th key={c} scope="col" class={`col-${c}`}>
              {t(`plan.col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <StableRow key={r.actionId} row={r} print={print} />
        ))}
      </tbody>
    </table>
  );
}
