// Typed text as HTML: a line break stays a line break, a blank line starts a new paragraph.
import { Fragment } from 'preact';
import { typedParts } from '../../report/typedParts';

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

/** Paragraphs split on blank lines, as the secrétaire typed them; lines typed with « - » or « 1. » are a list. */
export function Paragraphs({ text, class: cls }: { text: string; class?: string }) {
  return (
    <>
      {typedParts(text).map((part, i) => {
        if (part.type === 'paragraph')
          return (
            <p key={i} class={cls} dir="auto">
              <Lines text={part.text} />
            </p>
          );
        const items = part.items.map((item, j) => (
          <li key={j} dir="auto">
            <Lines text={item} />
          </li>
        ));
        return part.ordered ? <ol key={i} class={cls}>{items}</ol> : <ul key={i} class={cls}>{items}</ul>;
      })}
    </>
  );
}
