// The default guide's words for the domain, taken from the catalogue of the current language.
import type { GuideTexts } from '../domain/guide';
import type { PhaseIndex } from '../domain/types';
import type { MessageKey, Translate } from './index';

export function guideTexts(t: Translate): GuideTexts {
  return {
    title: (i: PhaseIndex) => t(`guide.p${i}.title` as MessageKey),
    prompts: (i: PhaseIndex) => t(`guide.p${i}.prompts` as MessageKey).split('\n'),
  };
}
