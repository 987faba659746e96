// Typed text as HTML: a line break stays a line break, a blank line starts a new paragraph.
import { Fragment } from 'preact';

/** A `\n` the writer typed is a line break, not a new paragraph. */
export function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}

/** Paragraphs split on blank lines, as the secrétaire typed them. */
export function Paragraphs({ text, class: cls }: { text: string; class?: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} class={cls} dir="auto">
          <Lines text={p.trim()} />
        </p>
      ))}
    </>
  );
}
