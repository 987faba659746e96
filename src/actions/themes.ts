// Use cases of a démarche's consolidated themes: create, rename, reorder, delete, and the regroupements placed in them.
import type { Reader } from '../db/reads';
import type { Writer } from '../db/write';
import { planMove, nextOrder, stepTarget } from '../domain/board';
import { demarcheScope, themeLinkId } from '../domain/demarche';
import { LIMITS } from '../domain/limits';
import type { CardId, DemarcheId, GroupId, SessionId, Theme, ThemeId } from '../domain/types';
import { newId } from '../platform/ids';
import { runAction } from './run';

export type ThemeProblem = 'emptyTitle' | 'tooLong' | 'missing' | 'otherDemarche';
export type ThemeResult<T = ThemeId> = { ok: true; id: T } | { ok: false; problem: ThemeProblem };

/** A theme's title as typed: not empty, not over the short limit (refused, not cut: the person sees why). */
function titleProblem(title: string): ThemeProblem | null {
  if (title.trim() === '') return 'emptyTitle';
  return title.trim().length > LIMITS.short ? 'tooLong' : null;
}

async function liveTheme(read: Reader, id: ThemeId): Promise<Theme | undefined> {
  const t = await read.get('themes', id);
  return t && !t.deleted ? t : undefined;
}

export function createTheme(demarcheId: DemarcheId, title: string): Promise<ThemeResult> {
  const problem = titleProblem(title);
  if (problem) return Promise.resolve({ ok: false, problem });
  const id = newId<ThemeId>();
  return runAction({ key: `theme:${id}`, kinds: ['demarches', 'themes'] }, async (w, read): Promise<ThemeResult> => {
    const d = await read.get('demarches', demarcheId);
    if (!d || d.deleted) return { ok: false, problem: 'missing' };
    const themes = await read.recordsOf('themes', demarcheScope(demarcheId));
    await w.create('themes', id, demarcheScope(demarcheId), { title: title.trim(), order: nextOrder(themes) });
    return { ok: true, id };
  });
}

export function renameTheme(id: ThemeId, title: string): Promise<ThemeResult> {
  const problem = titleProblem(title);
  if (problem) return Promise.resolve({ ok: false, problem });
  return runAction({ key: `theme:${id}:title`, kinds: ['themes'] }, async (w, read): Promise<ThemeResult> => {
    const theme = await liveTheme(read, id);
    if (!theme) return { ok: false, problem: 'missing' };
    if (theme.title !== title.trim()) await w.revise('themes', theme, { title: title.trim() });
    return { ok: true, id };
  });
}

/** One step up or down among the démarche's themes; only the moved theme gets a new position (two tablets reordering merge). */
export function moveTheme(id: ThemeId, delta: -1 | 1): Promise<void> {
  return runAction({ key: `theme:${id}:order`, kinds: ['themes'] }, async (w, read) => {
    const theme = await liveTheme(read, id);
    if (!theme) return;
    const themes = await read.recordsOf('themes', theme.sessionId);
    const index = stepTarget(themes, id, delta);
    if (index === null) return;
    // Ordered like post-its in one area: the same fractional placement does the work.
    const asCards = themes.map((t) => ({ id: t.id as string as CardId, groupId: null, order: t.order }));
    for (const m of planMove(asCards, [id as string as CardId], { groupId: null, index })) {
      const moved = themes.find((t) => (t.id as string) === m.id);
      if (moved) await w.revise('themes', moved, { order: m.to.order });
    }
  });
}

/** The theme goes (a tombstone, so the deletion travels); its regroupements are taken out of it, none is lost. */
export function deleteTheme(id: ThemeId): Promise<void> {
  return runAction({ key: `theme:${id}:deleted`, kinds: ['themes', 'themeLinks'] }, async (w, read) => {
    const theme = await liveTheme(read, id);
    if (!theme) return;
    await w.revise('themes', theme, { deleted: true });
    for (const link of await read.recordsOf('themeLinks', theme.sessionId)) if (link.themeId === id) await w.revise('themeLinks', link, { themeId: '' });
  });
}

/**
 * Where a regroupement may be placed in `theme`: refused when the regroupement is gone, its séance is
 * not in the theme's démarche, or its link is filed under another démarche (its séance changed
 * démarche since it was placed: a link's scope never changes). Reads only.
 */
async function placeProblem(read: Reader, groupId: GroupId, scope: SessionId): Promise<ThemeProblem | null> {
  const group = await read.get('groups', groupId);
  if (!group || group.deleted) return 'missing';
  const seance = await read.sessionById(group.sessionId);
  if (!seance || demarcheScope(seance.demarcheId as DemarcheId) !== scope) return 'otherDemarche';
  const link = await read.get('themeLinks', themeLinkId(groupId));
  return link && link.sessionId !== scope ? 'otherDemarche' : null;
}

/** One link per regroupement, `tl-<groupId>`: two tablets placing it write the same record and the merge keeps the latest placement. */
async function writePlace(w: Writer, read: Reader, groupId: GroupId, themeId: ThemeId, scope: SessionId): Promise<void> {
  const group = (await read.get('groups', groupId))!;
  const id = themeLinkId(groupId);
  const link = await read.get('themeLinks', id);
  if (!link) await w.create('themeLinks', id, scope, { groupId, groupSessionId: group.sessionId, themeId });
  else if (link.themeId !== themeId || link.deleted) await w.revise('themeLinks', link, { themeId, deleted: false });
}

const PLACE_KINDS = ['themes', 'themeLinks', 'groups', 'sessions'] as const;

/** A regroupement placed in a theme, or moved to another (refusals: see placeProblem). */
export function placeGroup(groupId: GroupId, themeId: ThemeId): Promise<ThemeResult<GroupId>> {
  return runAction({ key: `themeLink:${groupId}`, kinds: PLACE_KINDS }, async (w, read): Promise<ThemeResult<GroupId>> => {
    const theme = await liveTheme(read, themeId);
    if (!theme) return { ok: false, problem: 'missing' };
    const problem = await placeProblem(read, groupId, theme.sessionId);
    if (problem) return { ok: false, problem };
    await writePlace(w, read, groupId, themeId, theme.sessionId);
    return { ok: true, id: groupId };
  });
}

/**
 * « Nouveau thème… » from a regroupement: the theme created last in order and the regroupement placed
 * in it, in one transaction, so a refusal leaves no empty theme behind.
 */
export function createThemeWith(demarcheId: DemarcheId, title: string, groupId: GroupId): Promise<ThemeResult> {
  const problem = titleProblem(title);
  if (problem) return Promise.resolve({ ok: false, problem });
  const id = newId<ThemeId>();
  return runAction({ key: `theme:${id}`, kinds: ['demarches', ...PLACE_KINDS] }, async (w, read): Promise<ThemeResult> => {
    const d = await read.get('demarches', demarcheId);
    if (!d || d.deleted) return { ok: false, problem: 'missing' };
    const scope = demarcheScope(demarcheId);
    const refused = await placeProblem(read, groupId, scope);
    if (refused) return { ok: false, problem: refused };
    await w.create('themes', id, scope, { title: title.trim(), order: nextOrder(await read.recordsOf('themes', scope)) });
    await writePlace(w, read, groupId, id, scope);
    return { ok: true, id };
  });
}

/** The regroupement taken out of every theme (the link stays, its theme '', so a later placement on another tablet merges with it). */
export function takeOutGroup(groupId: GroupId): Promise<void> {
  return runAction({ key: `themeLink:${groupId}`, kinds: ['themeLinks'] }, async (w, read) => {
    const link = await read.get('themeLinks', themeLinkId(groupId));
    if (link && link.themeId !== '') await w.revise('themeLinks', link, { themeId: '' });
  });
}
