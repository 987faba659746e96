// « Déplacer vers… » for a regroupement (RGAA: the drag has a keyboard and tap alternative): a theme, « Hors thème », or a new theme.
import { useState } from 'preact/hooks';
import type { Theme, ThemeId } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { Dialog } from '../board/Dialog';

const NEW = '__new__';
const OUT = '__out__';

export type MoveChoice = { kind: 'theme'; id: ThemeId } | { kind: 'unthemed' } | { kind: 'newTheme'; title: string };

interface Props {
  name: string;
  /** The theme it is in now, or null when « Hors thème ». */
  current: ThemeId | null;
  themes: readonly { theme: Theme; count: number }[];
  defaultTitle: string;
  problem: string | null;
  onChoose: (choice: MoveChoice) => void;
  onClose: () => void;
}

export function MoveGroupDialog({ name, current, themes, defaultTitle, problem, onChoose, onClose }: Props) {
  const { t } = useI18n();
  const here = current ?? OUT;
  // The likeliest destination: from a theme back out, from « Hors thème » to the first theme (or a new one).
  const [to, setTo] = useState<string>(current !== null ? OUT : (themes[0]?.theme.id ?? NEW));
  const [title, setTitle] = useState(defaultTitle);

  const submit = (e: Event) => {
    e.preventDefault();
    if (to === NEW) onChoose({ kind: 'newTheme', title });
    else if (to === OUT) onChoose({ kind: 'unthemed' });
    else onChoose({ kind: 'theme', id: to as ThemeId });
  };

  const option = (value: string, label: string, n: number | null) => (
    <label key={value} class={`move-option ${to === value ? 'is-checked' : ''}`}>
      <input type="radio" name="move-to" value={value} checked={to === value} onChange={() => setTo(value)} />
      <span dir="auto">{label}</span>
      {n !== null && <span class="count-badge">{t(countKey('consolidation.themes.groups', n), { n })}</span>}
      {here === value && <span class="hint">{t('consolidation.themes.current')}</span>}
    </label>
  );

  return (
    <Dialog id="move-group" title={t('consolidation.themes.moveTitle', { name })} onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset class="move-options">
          <legend>{t('consolidation.themes.moveTo')}</legend>
          {themes.map((x) => option(x.theme.id, x.theme.title, x.count))}
          {option(OUT, t('consolidation.themes.unthemed'), null)}
          {option(NEW, t('consolidation.themes.newOption'), null)}
        </fieldset>
        {to === NEW && (
          <div class="field">
            <label for="move-new-theme">{t('consolidation.themes.newTitle')}</label>
            <input id="move-new-theme" type="text" dir="auto" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} autoComplete="off" />
          </div>
        )}
        {problem && (
          <p class="error-text" role="alert">
            {problem}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="btn btn-primary">
            {t('consolidation.themes.moveConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
