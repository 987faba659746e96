// Use cases of a démarche: create it, edit its fields (refused at the field when wrong), séances born in it, attached, detached, mirrored.
import type { Reader } from '../db/reads';
import { checkDemarcheField, demarcheScope, mirrorSeanceFields, newDemarcheFields, seanceInDemarcheFields, type DemarcheProblem, type DemarcheTextField } from '../domain/demarche';
import { toggleEngagement } from '../domain/engagements';
import { defaultGuide, mirrorPhaseFields, type GuideTexts } from '../domain/guide';
import { capText, LIMITS } from '../domain/limits';
import { isoDay } from '../domain/session';
import type { Audience, Demarche, DemarcheId, Engagement, PhaseId, SessionId, ThemeId, ThemeLinkId } from '../domain/types';
import { now } from '../platform/clock';
import { newId } from '../platform/ids';
import { runAction } from './run';

/** A live démarche, or undefined (unknown, or deleted). */
async function liveDemarche(read: Reader, id: DemarcheId): Promise<Demarche | undefined> {
  const d = await read.get('demarches', id);
  return d && !d.deleted ? d : undefined;
}

export async function createDemarche(title: string): Promise<DemarcheId> {
  const id = newId<DemarcheId>();
  await runAction({ key: `demarche:${id}`, kinds: ['demarches'] }, async (w) => {
    await w.create('demarches', id, demarcheScope(id), newDemarcheFields(capText(title.trim(), LIMITS.short).value));
  });
  return id;
}

export type FieldResult = { ok: true } | { ok: false; problem: DemarcheProblem | 'missing' };

/**
 * One field of a démarche as typed. A wrong value (a period ending before it starts, a text over its
 * limit, a day that is not one) is refused and nothing is stored: the screen says why at the field.
 */
export function updateDemarche(id: DemarcheId, field: DemarcheTextField, value: string): Promise<FieldResult> {
  return runAction({ key: `demarche:${id}:${field}`, kinds: ['demarches'] }, async (w, read): Promise<FieldResult> => {
    const d = await liveDemarche(read, id);
    if (!d) return { ok: false, problem: 'missing' };
    const problem = checkDemarcheField(d, field, value);
    if (problem) return { ok: false, problem };
    if (d[field] !== value) await w.revise('demarches', d, { [field]: value });
    return { ok: true };
  });
}

/** One Services Publics + engagement ticked or unticked, applied to the stored list so two quick taps both count. */
export function toggleDemarcheEngagement(id: DemarcheId, engagement: Engagement, on: boolean): Promise<void> {
  return runAction({ key: `demarche:${id}:engagements`, kinds: ['demarches'] }, async (w, read) => {
    const d = await liveDemarche(read, id);
    if (!d) return;
    const next = toggleEngagement(d.engagements, engagement, on);
    if (next.join() !== d.engagements.join()) await w.revise('demarches', d, { engagements: next });
  });
}

export interface NewSeance {
  /** Empty: the démarche's title. */
  title: string;
  audience: Audience;
  consentWording: string;
  texts: GuideTexts;
}

/** A séance born in a démarche, with the default guide; its theme is the démarche's thématique. Null when the démarche is gone. */
export async function createSeanceInDemarche(demarcheId: DemarcheId, seance: NewSeance): Promise<SessionId | null> {
  const id = newId<SessionId>();
  const today = isoDay(new Date(now()));
  return runAction({ key: `session:${id}`, kinds: ['demarches', 'sessions', 'phases'] }, async (w, read) => {
    const d = await liveDemarche(read, demarcheId);
    if (!d) return null;
    await w.create('sessions', id, id, seanceInDemarcheFields(d, today, seance.title.trim(), seance.consentWording, seance.audience));
    for (const phase of defaultGuide(seance.texts, newId)) await w.create('phases', newId<PhaseId>(), id, phase);
    return id;
  });
}

export type AttachResult = { ok: true } | { ok: false; problem: 'missing' };

/** An existing séance joins a démarche (leaving the one it was in, if any). */
export function attachSeance(sessionId: SessionId, demarcheId: DemarcheId): Promise<AttachResult> {
  return runAction({ key: `session:${sessionId}:demarcheId`, kinds: ['demarches', 'sessions'] }, async (w, read): Promise<AttachResult> => {
    const [s, d] = await Promise.all([read.sessionById(sessionId), liveDemarche(read, demarcheId)]);
    if (!s || !d) return { ok: false, problem: 'missing' };
    if (s.demarcheId !== demarcheId) await w.revise('sessions', s, { demarcheId });
    return { ok: true };
  });
}

/** The séance stands alone again; what was consolidated from it stays in the démarche's themes until moved. */
export function detachSeance(sessionId: SessionId): Promise<void> {
  return runAction({ key: `session:${sessionId}:demarcheId`, kinds: ['sessions'] }, async (w, read) => {
    const s = await read.sessionById(sessionId);
    if (s && s.demarcheId !== '') await w.revise('sessions', s, { demarcheId: '' });
  });
}

/**
 * « Séance miroir avec les agents » (or another public): a new séance in préparation, in the same
 * démarche, with the source's guide (phase titles, questions, planned minutes) and theme, nothing of
 * its people or of how it ran. Null when the source is gone.
 */
export async function createMirrorSeance(sourceId: SessionId, audience: Audience, titleFor: (sourceTitle: string) => string): Promise<SessionId | null> {
  const id = newId<SessionId>();
  const today = isoDay(new Date(now()));
  return runAction({ key: `session:${id}`, kinds: ['sessions', 'phases'] }, async (w, read) => {
    const source = await read.sessionById(sourceId);
    if (!source) return null;
    await w.create('sessions', id, id, mirrorSeanceFields(source, titleFor(source.title), today, audience));
    for (const phase of await read.phasesOf(sourceId)) await w.create('phases', newId<PhaseId>(), id, mirrorPhaseFields(phase, newId));
    return id;
  });
}

/** What « Supprimer la démarche » changed, so that « Annuler » puts back exactly that and nothing deleted before. */
export interface DemarcheDeletion {
  seances: SessionId[];
  themes: ThemeId[];
  links: ThemeLinkId[];
}

/**
 * The démarche goes as tombstones (its record, themes and links: the deletion travels in files like any
 * other); its séances stay, each detached by a revision of its own, so the detachment travels with it.
 * Null when the démarche is already gone.
 */
export function deleteDemarche(id: DemarcheId): Promise<DemarcheDeletion | null> {
  return runAction({ key: `demarche:${id}:deleted`, kinds: ['demarches', 'themes', 'themeLinks', 'sessions'] }, async (w, read): Promise<DemarcheDeletion | null> => {
    const d = await liveDemarche(read, id);
    if (!d) return null;
    const scope = demarcheScope(id);
    const [themes, links, seances] = await Promise.all([read.recordsOf('themes', scope), read.recordsOf('themeLinks', scope), read.sessionsOfDemarche(id)]);
    await w.revise('demarches', d, { deleted: true });
    for (const theme of themes) await w.revise('themes', theme, { deleted: true });
    for (const link of links) await w.revise('themeLinks', link, { deleted: true });
    // Deleted séances too: one brought back later must not point at a démarche that is gone.
    for (const s of seances) await w.revise('sessions', s, { demarcheId: '' });
    return { seances: seances.map((s) => s.id), themes: themes.map((t) => t.id), links: links.map((l) => l.id) };
  });
}

/** « Annuler »: the démarche, its themes and links back, and its séances attached again unless one was attached elsewhere since. */
export function undoDeleteDemarche(id: DemarcheId, done: DemarcheDeletion): Promise<void> {
  return runAction({ key: `demarche:${id}:deleted`, kinds: ['demarches', 'themes', 'themeLinks', 'sessions'] }, async (w, read) => {
    const d = await read.get('demarches', id);
    if (!d?.deleted) return;
    await w.revise('demarches', d, { deleted: false });
    for (const themeId of done.themes) {
      const theme = await read.get('themes', themeId);
      if (theme?.deleted) await w.revise('themes', theme, { deleted: false });
    }
    for (const linkId of done.links) {
      const link = await read.get('themeLinks', linkId);
      if (link?.deleted) await w.revise('themeLinks', link, { deleted: false });
    }
    for (const sessionId of done.seances) {
      const s = await read.get('sessions', sessionId);
      if (s && s.demarcheId === '') await w.revise('sessions', s, { demarcheId: id });
    }
  });
}
