// Drag keys of the themes screen: what is dragged (a regroupement of a séance) and where it may land.
import type { GroupId, SessionId, ThemeId } from '../../domain/types';

export const UNTHEMED = 'unthemed';
export const NEW_THEME = 'new-theme';
export const themeKey = (id: string) => `theme:${id}`;
/** A regroupement is known by its séance and its id (see domain/themeGrouping regroupementKey). */
export const dragKey = (sessionId: string, groupId: string) => `group:${sessionId}:${groupId}`;

export type ThemeDrop = { kind: 'theme'; id: ThemeId } | { kind: 'unthemed' } | { kind: 'newTheme' };

export function parseDrop(key: string | number | undefined | null): ThemeDrop | null {
  const s = String(key ?? '');
  if (s === UNTHEMED) return { kind: 'unthemed' };
  if (s === NEW_THEME) return { kind: 'newTheme' };
  return s.startsWith('theme:') ? { kind: 'theme', id: s.slice(6) as ThemeId } : null;
}

export function parseDrag(key: string | number | undefined | null): { sessionId: SessionId; groupId: GroupId } | null {
  const m = /^group:([^:]*):(.*)$/.exec(String(key ?? ''));
  return m ? { sessionId: m[1] as SessionId, groupId: m[2] as GroupId } : null;
}
