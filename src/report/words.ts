// What every part of a report outline writes with: the translator, the Intl locale, and the phrases they share.
import { countKey, type MessageKey, type Translate } from '../i18n/core';
import type { SpeakerRef } from './model';

export interface Words {
  t: Translate;
  intl: string;
}

export function speakerText(ref: SpeakerRef, t: Translate): string {
  if (ref.kind === 'participant') return ref.removed ? t('report.speaker.removed', { name: ref.label }) : ref.label;
  return t(`report.speaker.${ref.kind}`);
}

/** "1 verbatim", "3 verbatims", "aucun verbatim". */
export function count(t: Translate, key: MessageKey, n: number): string {
  return t(countKey(key, n), { n });
}
