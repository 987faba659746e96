// A report document laid out as paper (the séance's and the démarche's print views): its version line, title, sections and footer.
import type { ReportDocument } from '../../report/document';
import { DocumentBlocks } from './DocumentBlocks';
import { Paragraphs } from './Text';

export function PrintedDoc({ doc, version }: { doc: ReportDocument; version: string }) {
  return (
    <article class={doc.onePage ? 'print-doc one-page' : 'print-doc'} lang={doc.lang} aria-labelledby="print-title">
      <header class="print-doc-head">
        <p class="print-version">{version}</p>
        <h1 id="print-title">{doc.title}</h1>
        <p class="print-subtitle">{doc.subtitle}</p>
      </header>
      {/* A section with nothing written and nothing to show (the restitution's next steps, not yet written) is left off paper. */}
      {doc.sections.map((s, i) =>
        s.blocks.length === 0 && s.synthesis.trim() === '' ? null : (
          <section key={i} class={s.pageBreakBefore ? 'print-section page-break' : 'print-section'} aria-labelledby={`print-section-${i + 1}`}>
            <h2 id={`print-section-${i + 1}`}>{s.heading}</h2>
            {s.synthesis.trim() !== '' && (
              <div class="doc-synthesis">
                <Paragraphs text={s.synthesis} />
              </div>
            )}
            <DocumentBlocks blocks={s.blocks} />
          </section>
        ),
      )}
      <footer class="print-footer">
        <p>{doc.footer}</p>
      </footer>
    </article>
  );
}
