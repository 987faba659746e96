// Use cases on the plan d'actions: fiches drafted from the validated pistes, blank fiches, field edits, deletion with undo.
import { toggleEngagement } from '../domain/engagements';
import { capText } from '../domain/limits';
import { checkFicheDates, hasProblems } from '../domain/planInput';
import type { ActionId, ActionSheet, Engagement, SessionId } from '../domain/types';
import { newId } from '../platform/ids';
import { actionFieldMax, blankActionSheet, draftsFromTracks, nextActionNumber, type ActionField } from '../report/actionDraft';
import { runAction } from './run';

/** One pre-filled fiche per validated piste that has none yet; returns how many were made (0 on a second tap). */
export function createActionSheetsFromTracks(sessionId: SessionId): Promise<number> {
  return runAction({ key: `actions:${sessionId}:fromTracks`, kinds: ['sessions', 'tracks', 'groups', 'cards', 'votes', 'actions'] }, async (w, read) => {
    const session = await read.sessionById(sessionId);
    if (!session) return 0;
    const drafts = draftsFromTracks({
      theme: session.theme,
      tracks: await read.recordsOf('tracks', sessionId),
      groups: await read.recordsOf('groups', sessionId),
      cards: await read.recordsOf('cards', sessionId),
      actions: await read.recordsOf('actions', sessionId, true),
      votes: await read.recordsOf('votes', sessionId),
    });
    for (const draft of drafts) await w.create('actions', newId<ActionId>(), sessionId, draft);
    return drafts.length;
  });
}

/** A blank fiche with the next number and the séance's theme, for an action no piste asked for. */
export function createActionSheet(sessionId: SessionId): Promise<ActionId | null> {
  const id = newId<ActionId>();
  return runAction({ key: `action:${id}`, kinds: ['sessions', 'actions'] }, async (w, read) => {
    const session = await read.sessionById(sessionId);
    if (!session) return null;
    const number = nextActionNumber(await read.recordsOf('actions', sessionId, true));
    await w.create('actions', id, sessionId, blankActionSheet(number, session.theme));
    return id;
  });
}

function reviseSheet(id: ActionId, what: string, patch: (a: ActionSheet) => Partial<ActionSheet> | null): Promise<void> {
  return runAction({ key: `action:${id}:${what}`, kinds: ['actions'] }, async (w, read) => {
    const sheet = await read.get('actions', id);
    if (!sheet) return;
    const change = patch(sheet);
    if (change) await w.revise('actions', sheet, change);
  });
}

/** Autosaved per field as it is typed; names, numbers and dates are capped short, prose long. */
export function updateActionSheet(id: ActionId, field: ActionField, value: string): Promise<void> {
  const capped = capText(value, actionFieldMax(field)).value;
  return reviseSheet(id, field, (a) => {
    if (a.deleted || a[field] === capped) return null;
    // A fin prévue before the démarrage is never stored, whichever of the two was typed last.
    if ((field === 'start' || field === 'plannedEnd') && hasProblems(checkFicheDates({ ...a, [field]: capped }))) return null;
    return { [field]: capped };
  });
}

/** One engagement ticked or unticked, applied to the stored list so two quick taps both count. */
export function toggleActionEngagement(id: ActionId, engagement: Engagement, on: boolean): Promise<void> {
  return reviseSheet(id, 'engagements', (a) => {
    if (a.deleted) return null;
    const next = toggleEngagement(a.engagements, engagement, on);
    return next.join() === a.engagements.join() ? null : { engagements: next };
  });
}

export const deleteActionSheet = (id: ActionId) => reviseSheet(id, 'deleted', (a) => (a.deleted ? null : { deleted: true }));
export const restoreActionSheet = (id: ActionId) => reviseSheet(id, 'deleted', (a) => (a.deleted ? { deleted: false } : null));
