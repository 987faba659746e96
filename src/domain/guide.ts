// The default guide d'animation: the method's five phases with planned minutes (120 in all) and prompts.
import type { Fields, Phase, PhaseIndex, Prompt } from './types';

export const PHASE_INDEXES: readonly PhaseIndex[] = [1, 2, 3, 4, 5];

/** Sharing experiences is the core of the method, so it gets the largest share of the two hours. */
export const DEFAULT_PHASE_MINUTES: Readonly<Record<PhaseIndex, number>> = { 1: 10, 2: 15, 3: 45, 4: 35, 5: 15 };

export const DEFAULT_SESSION_MINUTES = 120;

/** Localised words of the default guide, supplied by the caller so the domain stays free of i18n. */
export interface GuideTexts {
  title(index: PhaseIndex): string;
  prompts(index: PhaseIndex): readonly string[];
}

export function defaultPhaseFields(index: PhaseIndex, texts: GuideTexts, newId: () => string): Fields<Phase> {
  return {
    index,
    title: texts.title(index),
    plannedMinutes: DEFAULT_PHASE_MINUTES[index],
    prompts: texts.prompts(index).map((text): Prompt => ({ id: newId(), text, askedAt: null })),
    startedAt: null,
    endedAt: null,
    pauses: [],
    skipped: [],
  };
}

export function defaultGuide(texts: GuideTexts, newId: () => string): Fields<Phase>[] {
  return PHASE_INDEXES.map((i) => defaultPhaseFields(i, texts, newId));
}

/**
 * Whether a stored guide text is the default one: séances created before the guide's French texts took
 * the typographic apostrophe hold « Partage d'expériences », which is still the default, not a title of
 * the animateur's own. Stored texts are never rewritten: they are the séance's.
 */
export function isGuideDefault(stored: string, defaultText: string): boolean {
  const apostrophes = (s: string) => s.replace(/'/g, '’');
  return apostrophes(stored) === apostrophes(defaultText);
}

export function plannedTotal(phases: readonly Pick<Phase, 'plannedMinutes' | 'deleted'>[]): number {
  return phases.filter((p) => !p.deleted).reduce((sum, p) => sum + p.plannedMinutes, 0);
}

/** A copy of a phase for a mirror séance: same words and minutes, nothing of how it was run. */
export function mirrorPhaseFields(phase: Fields<Phase>, newId: () => string): Fields<Phase> {
  return {
    index: phase.index,
    title: phase.title,
    plannedMinutes: phase.plannedMinutes,
    prompts: phase.prompts.map((p) => ({ id: newId(), text: p.text, askedAt: null })),
    startedAt: null,
    endedAt: null,
    pauses: [],
    skipped: [],
  };
}
