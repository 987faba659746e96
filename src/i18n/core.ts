// t() without Preact: catalogues, lookup with {placeholders}, plural keys; pure code (src/report) imports this.
import type { Locale } from '../domain/device';
import { fr, type MessageKey } from './fr';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
/** Texts only some screens need, loaded with those screens (`loadTexts`) rather than with the first one. */
export type TextGroup = 'prepare' | 'room' | 'notes' | 'board' | 'transfer' | 'settings' | 'report' | 'fiche' | 'plan' | 'shared' | 'consolidation';

type Texts = Partial<Record<MessageKey, string>>;
type Part = 'core' | TextGroup;

/** French core is always there; every other part loads on demand, so the first screen carries one catalogue. */
const texts: Record<Locale, Texts> = { fr, en: {} };

type Loader = () => Promise<Texts>;

// Literal import() calls, one per file, so that the bundler makes each catalogue a chunk of its own. Typed as
// complete records: a new group without its French and English files does not compile.
const FR: Record<TextGroup, Loader> = {
  prepare: () => import('./fr.prepare').then((m) => m.frPrepare),
  room: () => import('./fr.room').then((m) => m.frRoom),
  notes: () => import('./fr.notes').then((m) => m.frNotes),
  board: () => import('./fr.board').then((m) => m.frBoard),
  transfer: () => import('./fr.transfer').then((m) => m.frTransfer),
  settings: () => import('./fr.settings').then((m) => m.frSettings),
  report: () => import('./fr.report').then((m) => m.frReport),
  fiche: () => import('./fr.fiche').then((m) => m.frFiche),
  plan: () => import('./fr.plan').then((m) => m.frPlan),
  shared: () => import('./fr.shared').then((m) => m.frShared),
  consolidation: () => import('./fr.consolidation').then((m) => m.frConsolidation),
};
/** English loaders live in a chunk of their own, fetched with the first English text: a French tablet never loads them. */
const LOADERS: Record<Locale, () => Promise<Partial<Record<Part, Loader>>>> = { fr: () => Promise.resolve(FR), en: () => import('./enLoaders').then((m) => m.EN) };

/** Languages and groups asked for so far: a group loads in every such language, a language brings every such group. */
const locales = new Set<Locale>(['fr']);
const groups = new Set<TextGroup>();
const pending = new Map<string, Promise<void>>();

function loadPart(locale: Locale, part: Part): Promise<void> {
  const id = `${locale}.${part}`;
  let done = pending.get(id);
  if (!done) {
    done = LOADERS[locale]().then((loaders) => loaders[part]?.() ?? {}).then(
      // A new object rather than writing into an imported catalogue; translators read `texts` at call time.
      (loaded) => void (texts[locale] = { ...texts[locale], ...loaded }),
      (error: unknown) => {
        // A failed chunk (offline before the precache finished) may load on the next try.
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, done);
  }
  return done;
}

export async function loadLocale(locale: Locale): Promise<void> {
  locales.add(locale);
  // The groups already open come along: switching language after opening the report must not leave it in French.
  await Promise.all((['core', ...groups] as Part[]).map((part) => loadPart(locale, part)));
}

/** Load a group's texts in French and in every language loaded so far (the reader may switch back and forth). */
export async function loadTexts(group: TextGroup): Promise<void> {
  groups.add(group);
  await Promise.all([...locales].map((locale) => loadPart(locale, group)));
}

export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function translator(locale: Locale): Translate {
  return (key, params) => {
    // Looked up at call time, so a translator made before a load reads what it brought. A text missing in a
    // language reads in French; a key whose group is not loaded shows itself, which a test notices at once.
    const text = texts[locale][key] ?? texts.fr[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Pick `key.zero`, `key.one` or `key` (plural) for a count; keys without a variant fall back to `key`. */
export function countKey<K extends MessageKey>(key: K, n: number): MessageKey {
  const variant = n === 0 ? `${key}.zero` : n === 1 ? `${key}.one` : key;
  // French is the source of every key, so its loaded texts say which variants exist (the report's included).
  return (variant in texts.fr ? variant : key) as MessageKey;
}

export interface I18n {
  locale: Locale;
  t: Translate;
  intl: string;
}

export function makeI18n(locale: Locale): I18n {
  return { locale, t: translator(locale), intl: INTL_LOCALE[locale] };
}
