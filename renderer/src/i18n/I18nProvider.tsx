/**
 * The language of this terminal, remembered in localStorage, and the `t` function
 * every component uses for its text.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readLocal, writeLocal } from '../state/localSetting';
import {
  isLanguage,
  translate,
  translateOptional,
  type Language,
  type MessageKey,
  type MessageParams,
} from './messages';

const languageKey = 'motcua.language';

export interface I18n {
  language: Language;
  /** BCP 47 locale for Intl formatting. */
  locale: string;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  tOptional(key: string, params?: MessageParams): string | undefined;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = readLocal(languageKey);
  return isLanguage(stored) ? stored : 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.name');
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    writeLocal(languageKey, next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      locale: language === 'vi' ? 'vi-VN' : 'en-GB',
      setLanguage,
      t: (key, params) => translate(language, key, params),
      tOptional: (key, params) => translateOptional(language, key, params),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
