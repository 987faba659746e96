// Jalons: each with its day, ticked when done (the day it was done recorded), late ones flagged; added, changed, deleted here.
import { useState } from 'preact/hooks';
import { deleteMilestone, setMilestoneDone, type Refusal } from '../../actions/plan';
import type { ActionSheet, Milestone, MilestoneId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { DeleteButton } from './DeleteButton';
import { MilestoneForm } from './MilestoneForm';
import { FormNotes } from './FormNotes';
import { dayText } from './words';

interface Props {
  action: ActionSheet;
  milestones: readonly Milestone[];
  /** The jalons past their day and not done (domain/plan `lateness`). */
  missed: ReadonlySet<string>;
  today: string;
  readOnly: boolean;
}

const byDue = (a: Milestone, b: Milestone) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.createdAt - b.createdAt);

export function MilestonesPanel({ action, milestones, missed, today, readOnly }: Props) {
  const { t, intl } = useI18n();
  const [editing, setEditing] = useState<MilestoneId | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const tick = async (m: Milestone, done: boolean) => {
    const result = await setMilestoneDone(m.id, done, today);
    setRefused(!result.ok && 'refused' in result ? result.refused : null);
  };
  const list = [...milestones].sort(byDue);
  return (
    <section class="fiche-panel" aria-labelledby="fiche-milestones-title">
      <h2 id="fiche-milestones-title">{t('fiche.milestones.title')}</h2>
      {list.length === 0 ? (
        <p class="hint">{t('fiche.milestones.empty')}</p>
      ) : (
        <ul class="fiche-list" aria-label={t('fiche.milestones.list')}>
          {list.map((m) =>
            editing === m.id ? (
              <li key={m.id}>
                <MilestoneForm actionId={action.id} plannedEnd={action.plannedEnd} editing={m} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={m.id} class={`fiche-milestone ${m.doneOn ? 'is-done' : ''}`}>
                <label class="fiche-tick">
                  <input type="checkbox" checked={m.doneOn !== ''} disabled={readOnly} aria-label={t('fiche.milestones.done.label', { title: m.title })} onChange={(e) => void tick(m, e.currentTarget.checked)} />
                  <span aria-hidden="true">{t('fiche.milestones.done')}</span>
                </label>
                <div class="fiche-milestone-text">
                  <strong dir="auto">{m.title}</strong>
                  <span class="hint">
                    {t('fiche.milestones.due', { date: dayText(m.due, intl) })}
                    {m.doneOn && ` · ${t('fiche.milestones.doneOn', { date: dayText(m.doneOn, intl) })}`}
                  </span>
                  {missed.has(m.id) && <span class="late-pill">{t('fiche.milestones.late')}</span>}
                </div>
                {!readOnly && (
                  <div class="fiche-row-actions">
                    <button type="button" class="btn btn-tertiary" aria-label={t('fiche.edit.label', { name: m.title })} onClick={() => setEditing(m.id)}>
                      {t('fiche.edit')}
                    </button>
                    <DeleteButton name={m.title} onConfirm={() => deleteMilestone(m.id)} />
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      <FormNotes refused={refused} done="" />
      {!readOnly && <MilestoneForm actionId={action.id} plannedEnd={action.plannedEnd} />}
    </section>
  );
}
