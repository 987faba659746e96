// Use cases on the guide d'animation: phase titles, planned minutes and prompts.
import { capText, clampMinutes, LIMITS } from '../domain/limits';
import type { Phase, PhaseId, Prompt } from '../domain/types';
import { newId } from '../platform/ids';
import { runAction } from './run';

async function revisePhase(id: PhaseId, what: string, patch: (p: Phase) => Partial<Phase> | null): Promise<void> {
  await runAction({ key: `phase:${id}:${what}`, kinds: ['phases'] }, async (w, read) => {
    const phase = await read.get('phases', id);
    if (!phase || phase.deleted) return;
    const change = patch(phase);
    if (change) await w.revise('phases', phase, change);
  });
}

export function renamePhase(id: PhaseId, title: string): Promise<void> {
  return revisePhase(id, 'title', () => ({ title: capText(title, LIMITS.short).value }));
}

export function setPlannedMinutes(id: PhaseId, minutes: number): Promise<void> {
  const clean = clampMinutes(minutes);
  return revisePhase(id, 'minutes', (p) => (p.plannedMinutes === clean ? null : { plannedMinutes: clean }));
}

export function setPromptText(id: PhaseId, promptId: string, text: string): Promise<void> {
  const value = capText(text, LIMITS.long).value;
  return revisePhase(id, `prompt:${promptId}`, (p) => ({ prompts: p.prompts.map((q): Prompt => (q.id === promptId ? { ...q, text: value } : q)) }));
}

export function addPrompt(id: PhaseId): Promise<void> {
  return revisePhase(id, 'prompts', (p) =>
    p.prompts.length >= LIMITS.promptsPerPhase ? null : { prompts: [...p.prompts, { id: newId(), text: '', askedAt: null }] },
  );
}

export function removePrompt(id: PhaseId, promptId: string): Promise<void> {
  return revisePhase(id, 'prompts', (p) => ({ prompts: p.prompts.filter((q) => q.id !== promptId) }));
}
