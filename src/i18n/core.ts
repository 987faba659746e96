// t() without Preact: catalogues, lookup with {placeholders}, plural keys; pure code (src/report) imports this.
import { fr, type MessageKey } from './fr';

export type { MessageKey };
export type Locale = 'fr' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** French is always there; other languages load on demand, so the first screen carries one catalogue. */
const catalogues: Partial<Record<Locale, Record<MessageKey, string>>> = { fr };

export async function loadLocale(locale: Locale): Promise<void> {
  if (catalogues[locale]) return;
  if (locale === 'en') catalogues.en = (await import('./en')).en;
}

export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function translator(locale: Locale): Translate {
  // A language not loaded yet reads in French rather than showing keys.
  const catalogue = catalogues[locale] ?? fr;
  return (key, params) => {
    const text = catalogue[key] ?? fr[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Pick `key.zero`, `key.one` or `key` (plural) for a count; keys without a variant fall back to `key`. */
export function countKey<K extends MessageKey>(key: K, n: number): MessageKey {
  const variant = n === 0 ? `${key}.zero` : n === 1 ? `${key}.one` : key;
  return (variant in fr ? variant : key) as MessageKey;
}

export interface I18n {
  locale: Locale;
  t: Translate;
  intl: string;
}

export function makeI18n(locale: Locale): I18n {
  return { locale, t: translator(locale), intl: INTL_LOCALE[locale] };
}

