// Every key of every catalogue: a screen that shows one as text has rendered before its group of texts loaded.
import { fr } from '../../src/i18n/fr';
import { frBoard } from '../../src/i18n/fr.board';
import { frNotes } from '../../src/i18n/fr.notes';
import { frPrepare } from '../../src/i18n/fr.prepare';
import { frReport } from '../../src/i18n/fr.report';
import { frRoom } from '../../src/i18n/fr.room';
import { frSettings } from '../../src/i18n/fr.settings';
import { frTransfer } from '../../src/i18n/fr.transfer';

export const ALL_KEYS: readonly string[] = [fr, frPrepare, frRoom, frNotes, frBoard, frTransfer, frSettings, frReport].flatMap((texts) => Object.keys(texts));

/** Text nodes and the attributes a person hears or sees that are a bare catalogue key, as "where: key". */
export function bareKeysIn(keys: readonly string[]): string[] {
  const wanted = new Set(keys);
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (wanted.has(text)) found.push(`${node.parentElement?.tagName.toLowerCase() ?? '?'}: ${text}`);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name)?.trim() ?? '';
      if (wanted.has(value)) found.push(`${el.tagName.toLowerCase()}[${name}]: ${value}`);
    }
  }
  return found;
}
