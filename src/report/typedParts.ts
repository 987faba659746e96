// What a secrétaire typed, read as paragraphs and lists: lines starting with « - », « • » or « 1. » are a list's items.
export type TypedPart = { type: 'paragraph'; text: string } | { type: 'list'; ordered: boolean; items: string[] };

const BULLET = /^[ \t]*[-•–*][ \t]+(\S.*)$/;
const NUMBER = /^[ \t]*\d{1,3}[.)][ \t]+(\S.*)$/;

/** Blank lines part paragraphs; inside one, a run of bulleted (or numbered) lines is a list, an indented line continues its item. */
export function typedParts(text: string): TypedPart[] {
  const parts: TypedPart[] = [];
  for (const block of text.split(/\r?\n[ \t]*\r?\n/)) {
    let lines: string[] = [];
    let list: { ordered: boolean; items: string[] } | null = null;
    const endParagraph = () => {
      const joined = lines.join('\n').trim();
      if (joined) parts.push({ type: 'paragraph', text: joined });
      lines = [];
    };
    const endList = () => {
      if (list) parts.push({ type: 'list', ...list });
      list = null;
    };
    for (const line of block.split(/\r?\n/)) {
      const bullet = BULLET.exec(line);
      const item = bullet ?? NUMBER.exec(line);
      if (item) {
        const ordered = bullet === null;
        if (!list || list.ordered !== ordered) {
          endParagraph();
          endList();
          list = { ordered, items: [] };
        }
        list.items.push(item[1]!.trim());
      } else if (list && /^[ \t]+\S/.test(line)) {
        const last = list.items.length - 1;
        list.items[last] = `${list.items[last]}\n${line.trim()}`;
      } else {
        endList();
        lines.push(line);
      }
    }
    endList();
    endParagraph();
  }
  return parts;
}
