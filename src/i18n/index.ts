// t(): look up a message in the current locale's catalogue and fill its {placeholders}; the Preact context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeI18n, type I18n } from './core';

export * from './core';

export const I18nContext = createContext<I18n>(makeI18n('fr'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
