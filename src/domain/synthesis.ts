// The report's sections that hold a synthesis text, and the id every tablet gives a section's text.
import type { ReportSection, SessionId, SynthesisId } from './types';
import { derivedId } from './derivedId';

/** In the order the report reads. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  'context',
  'expectations',
  'conduct',
  'learnings',
  'views',
  'ideas',
  'tracks',
  'actions',
  'nextSteps',
  'restitution',
];

/** Same séance and section → same id on every tablet, so the two texts meet in one record at merge. */
export function synthesisId(sessionId: SessionId, section: ReportSection): SynthesisId {
  return derivedId([sessionId, 'synthesis', section]) as SynthesisId;
}
