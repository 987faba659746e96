// One section of the report on screen: the secrétaire's text beside (landscape) or above (portrait) what the séance produced.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SessionId } from '../../domain/types';
import type { DocSection } from '../../report/document';
import { DocumentBlocks } from './DocumentBlocks';
import { SynthesisField } from './SynthesisField';

interface Props {
  sessionId: SessionId;
  section: DocSection;
  index: number;
  /** The stored text (raw, names included), not the document's possibly anonymised copy. */
  stored: string;
  notes: readonly string[];
  /** In place of the generated blocks (the plan d'actions' forms). */
  children?: ComponentChildren;
}

export function ReportSectionView({ sessionId, section, index, stored, notes, children }: Props) {
  const headingId = `report-section-${index + 1}`;
  // The same element while the document is unchanged: a keystroke in a text field does not re-render a section's content.
  const generated = useMemo(() => <DocumentBlocks blocks={section.blocks} fold />, [section.blocks]);
  // A table of many columns needs the page's width: its section puts the text above it, as in portrait.
  const wide = section.blocks.some((b) => b.type === 'table' && b.head.length > 4);
  const layout = section.key === null ? 'is-plain' : children || wide ? 'is-stacked' : 'is-split';
  return (
    <section class={`report-section ${layout}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      <div class="report-section-body">
        {section.key !== null && <SynthesisField sessionId={sessionId} section={section.key} heading={section.heading} stored={stored} notes={notes} />}
        <div class="report-generated">{children ?? generated}</div>
      </div>
    </section>
  );
}
