// Route "demarche", tab fiche: the démarche's fields (saved as typed, refused at the field when wrong), its séances, its export, its deletion.
import { toggleDemarcheEngagement, updateDemarche } from '../../actions/demarches';
import { draftKey } from '../../db/drafts';
import { checkDemarcheField, type DemarcheTextField } from '../../domain/demarche';
import { LIMITS } from '../../domain/limits';
import type { Demarche, DemarcheId } from '../../domain/types';
import { useI18n } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { TextField } from '../common/TextField';
import { EngagementPicker } from '../report/EngagementPicker';
import { DemarcheDelete } from './DemarcheDelete';
import { DemarcheExport } from './DemarcheExport';
import { DemarcheFrame } from './DemarcheFrame';
import { DemarcheSeances } from './DemarcheSeances';


export function DemarcheScreen({ id }: { id: DemarcheId }) {
  return (
    <DemarcheFrame id={id} tab="fiche" title="demarche.fiche.title">
      {(data) => (
        <>
          <DemarcheFields demarche={data.demarche} />
          <DemarcheSeances demarche={data.demarche} seances={data.seances.map((s) => s.session)} />
          <DemarcheExport demarche={data.demarche} />
          <DemarcheDelete demarche={data.demarche} seances={data.seances.length} />
        </>
      )}
    </DemarcheFrame>
  );
}

function DemarcheFields({ demarche: d }: { demarche: Demarche }) {
  const { t, intl } = useI18n();
  const field = (key: DemarcheTextField) => ({
    id: `demarche-${key}`,
    stored: d[key],
    max: LIMITS.short,
    draftKey: key === 'periodStart' || key === 'periodEnd' ? null : draftKey(d.id, `demarche.${key}`),
    save: (value: string) => updateDemarche(d.id, key, value),
    // The same rule as the use case, said at the field: nothing wrong is stored.
    check: (value: string) => {
      const problem = checkDemarcheField(d, key, value);
      if (problem === 'endBeforeStart')
        return key === 'periodEnd' ? t('demarche.problem.endBeforeStart', { date: formatShortDay(d.periodStart, intl) }) : t('demarche.problem.startAfterEnd', { date: formatShortDay(d.periodEnd, intl) });
      if (problem === 'dayInvalid') return t('demarche.problem.dayInvalid');
      return null;
    },
  });
  return (
    <section class="demarche-section" aria-labelledby="demarche-fields-title">
      <h2 id="demarche-fields-title">{t('demarche.fields.title')}</h2>
      <div class="form-grid">
        <TextField {...field('title')} label={t('demarche.field.title')} class="span-2" />
        <TextField {...field('thematique')} label={t('demarche.field.thematique')} hint={t('demarche.field.thematique.hint')} class="span-2" />
        <TextField {...field('periodStart')} type="date" label={t('demarche.field.periodStart')} />
        <TextField {...field('periodEnd')} type="date" label={t('demarche.field.periodEnd')} />
        <TextField {...field('pilote')} label={t('demarche.field.pilote')} hint={t('demarche.field.pilote.hint')} class="span-2" />
      </div>
      <EngagementPicker sheet={d} legend={t('demarche.field.engagements')} onToggle={(e, on) => toggleDemarcheEngagement(d.id, e, on)} none={t('demarche.field.engagements.none')} />
    </section>
  );
}
