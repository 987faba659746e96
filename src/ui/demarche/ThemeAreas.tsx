// The drop areas of the themes screen: each theme (renamed, moved up or down, deleted from its head), the regroupements « Hors thème », the « Nouveau thème » target.
import { useDroppable } from '@dnd-kit/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { renameTheme } from '../../actions/themes';
import { LIMITS } from '../../domain/limits';
import type { Theme } from '../../domain/types';
import { countKey, useI18n } from '../../i18n';
import { useAutosave } from '../common/useAutosave';
import { NEW_THEME, themeKey, UNTHEMED } from './themeDnd';

interface ThemeProps {
  theme: Theme;
  count: number;
  first: boolean;
  last: boolean;
  autoFocus: boolean;
  onStep: (delta: -1 | 1) => void;
  onDelete: () => void;
  children: ComponentChildren;
}

export function ThemeSection({ theme, count, first, last, autoFocus, onStep, onDelete, children }: ThemeProps) {
  const { t } = useI18n();
  const key = themeKey(theme.id);
  const { setNodeRef, isOver } = useDroppable({ id: key });
  const title = useAutosave({
    draftKey: `${theme.sessionId}:theme:${theme.id}`,
    stored: theme.title,
    max: LIMITS.short,
    // An emptied name stays on screen with its message; the stored name is kept until one is typed.
    save: (v) => (v.trim() === '' ? Promise.resolve() : renameTheme(theme.id, v)),
    check: (v) => (v.trim() === '' ? t('consolidation.themes.emptyTitle') : null),
  });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    input.current?.focus();
    input.current?.select();
  }, [autoFocus]);
  const name = theme.title;
  const id = `theme-${theme.id}`;
  return (
    <li class={`theme-area${isOver ? ' is-over' : ''}`} ref={setNodeRef} data-drop={key} aria-labelledby={`${id}-label`}>
      <div class="theme-head">
        <label id={`${id}-label`} class="visually-hidden" for={id}>
          {t('consolidation.themes.rename', { name })}
        </label>
        <input
          id={id}
          ref={input}
          class="theme-title"
          type="text"
          dir="auto"
          value={title.value}
          maxLength={LIMITS.short}
          aria-invalid={title.problem ? true : undefined}
          aria-describedby={title.problem ? `${id}-problem` : undefined}
          onInput={(e) => title.onInput(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), e.currentTarget.blur())}
          autoComplete="off"
        />
        <span class="count-badge">{t(countKey('consolidation.themes.groups', count), { n: count })}</span>
        <div class="theme-tools">
          <button type="button" class="btn-icon" disabled={first} onClick={() => onStep(-1)} aria-label={t('consolidation.themes.up', { name })}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" class="btn-icon" disabled={last} onClick={() => onStep(1)} aria-label={t('consolidation.themes.down', { name })}>
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" class="btn-icon theme-delete" onClick={onDelete} aria-label={t('consolidation.themes.delete', { name })}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      {title.problem && (
        <p id={`${id}-problem`} class="error-text" role="alert">
          {title.problem}
        </p>
      )}
      {count === 0 ? <p class="hint theme-empty">{t('consolidation.themes.emptyTheme')}</p> : <ul class="regroupement-list">{children}</ul>}
    </li>
  );
}

export function UnthemedArea({ count, children }: { count: number; children: ComponentChildren }) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: UNTHEMED });
  return (
    <section class={`theme-area theme-unthemed${isOver ? ' is-over' : ''}`} ref={setNodeRef} data-drop={UNTHEMED} aria-labelledby="unthemed-title">
      <h2 id="unthemed-title" class="area-title">
        {t('consolidation.themes.unthemed')} <span class="count-badge">{t(countKey('consolidation.themes.groups', count), { n: count })}</span>
      </h2>
      {count === 0 ? <p class="hint theme-empty">{t('consolidation.themes.allSorted')}</p> : <ul class="regroupement-list">{children}</ul>}
    </section>
  );
}

/** Dropped on, a regroupement starts a new theme; the form beside it makes an empty one. */
export function NewThemeTarget({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: NEW_THEME });
  return (
    <li class={`theme-area theme-new${isOver ? ' is-over' : ''}`} ref={setNodeRef} data-drop={NEW_THEME}>
      <p class="hint">{t('consolidation.themes.dropNew')}</p>
      {children}
    </li>
  );
}
