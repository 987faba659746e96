// The séance's own fields: when, where, why, for whom, and who runs it. Every change is saved at once.
import { updateSession } from '../../actions/sessionFields';
import { draftKey } from '../../db/drafts';
import { clampMinutes, LIMITS } from '../../domain/limits';
import type { Audience, Purpose, Session, ThemeSource } from '../../domain/types';
import { useI18n } from '../../i18n';
import { TextField } from '../common/TextField';
import { ChoiceGroup } from '../common/ChoiceGroup';

const PURPOSES: readonly Purpose[] = ['ameliorer', 'tester'];
const SOURCES: readonly ThemeSource[] = ['enquetes', 'indicateurs', 'problemes'];
const AUDIENCES: readonly Audience[] = ['usagers', 'agents', 'partenaires', 'elus'];

type TextKey = 'title' | 'place' | 'objective' | 'theme' | 'themeNote' | 'animateur' | 'secretaire' | 'superviseur' | 'date' | 'startTime' | 'purgeAfter';

export function SessionForm({ session: s }: { session: Session }) {
  const { t } = useI18n();
  const text = (key: TextKey, max: number = LIMITS.short) => ({
    id: `session-${key}`,
    stored: s[key],
    max,
    draftKey: draftKey(s.id, `session.${key}`),
    save: (value: string) => updateSession(s.id, { [key]: value }),
  });
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

  return (
    <div class="form-grid">
      <TextField {...text('title')} label={t('field.title')} class="span-2" />
      <TextField {...text('date')} draftKey={null} type="date" label={t('field.date')} />
      <TextField {...text('startTime')} draftKey={null} type="time" label={t('field.startTime')} />
      <TextField {...text('place')} label={t('field.place')} class="span-2" />
      <ChoiceGroup
        legend={t('field.purpose')}
        type="radio"
        name="purpose"
        class="span-2"
        options={PURPOSES.map((p) => ({ value: p, label: t(`field.purpose.${p}`), checked: s.purpose === p }))}
        onChange={(value) => void updateSession(s.id, { purpose: value as Purpose })}
      />
      <TextField {...text('objective', LIMITS.long)} label={t('field.objective')} hint={t('field.objective.hint')} multiline rows={3} class="span-2" />
      <TextField {...text('theme')} label={t('field.theme')} class="span-2" />
      <ChoiceGroup
        legend={t('field.themeSources')}
        type="checkbox"
        name="themeSources"
        class="span-2"
        options={SOURCES.map((src) => ({ value: src, label: t(`field.themeSource.${src}`), checked: s.themeSources.includes(src) }))}
        onChange={(value, on) => void updateSession(s.id, { themeSources: toggle(s.themeSources, value as ThemeSource, on) })}
      />
      <TextField {...text('themeNote', LIMITS.long)} label={t('field.themeNote')} multiline rows={2} class="span-2" />
      <ChoiceGroup
        legend={t('field.audience')}
        type="checkbox"
        name="audience"
        class="span-2"
        options={AUDIENCES.map((a) => ({ value: a, label: t(`field.audience.${a}`), checked: s.audience.includes(a) }))}
        onChange={(value, on) => void updateSession(s.id, { audience: toggle(s.audience, value as Audience, on) })}
      />
      <fieldset class="span-2 roles">
        <legend>{t('field.roles')}</legend>
        <div class="form-grid-3">
          <TextField {...text('animateur')} label={t('field.animateur')} />
          <TextField {...text('secretaire')} label={t('field.secretaire')} />
          <TextField {...text('superviseur')} label={t('field.superviseur')} />
        </div>
      </fieldset>
      <TextField
        id="session-plannedMinutes"
        type="number"
        min={0}
        maxValue={LIMITS.phaseMinutes}
        label={t('field.plannedMinutes')}
        stored={String(s.plannedMinutes)}
        max={4}
        draftKey={null}
        save={(v) => updateSession(s.id, { plannedMinutes: clampMinutes(v) })}
      />
      <TextField {...text('purgeAfter')} draftKey={null} type="date" label={t('field.purgeAfter')} hint={t('field.purgeAfter.hint')} />
    </div>
  );
}
