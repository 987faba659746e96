// Use case on the rapport de synthèse: the secrétaire's text of one section, autosaved as it is typed.
import { capText, LIMITS } from '../domain/limits';
import { synthesisId } from '../domain/synthesis';
import type { ReportSection, SessionId } from '../domain/types';
import { runAction } from './run';

/**
 * One record per (séance, section), with an id both tablets derive alike: created on the first
 * keystroke, revised only when the text changed, so an unchanged save makes no revision to merge.
 */
export function saveSynthesis(sessionId: SessionId, section: ReportSection, text: string): Promise<void> {
  const id = synthesisId(sessionId, section);
  const value = capText(text, LIMITS.long).value;
  return runAction({ key: `synthesis:${id}`, kinds: ['sessions', 'syntheses'] }, async (w, read) => {
    // A report screen left open after the séance was erased must not write an orphan text.
    const session = await read.get('sessions', sessionId);
    if (!session) return;
    const stored = await read.get('syntheses', id);
    if (!stored) {
      if (value !== '') await w.create('syntheses', id, sessionId, { section, text: value });
      return;
    }
    if (stored.deleted) await w.revise('syntheses', stored, { text: value, deleted: false });
    else if (stored.text !== value) await w.revise('syntheses', stored, { text: value });
  });
}
