import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type Locale = 'id' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'pilar.locale';
const DICTS: Record<Locale, Record<MessageKey, string>> = { id, en };

/** A regency's villages are mostly desa, a city's kelurahan: the words follow the served region. */
export type Villages = 'kelurahan' | 'desa';

type I18n = {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: Translate;
  setVillages: (v: Villages) => void;
};

function readLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function hasKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key);
}

/** "Kelurahan" → "Desa/kelurahan", "kelurahan" → "desa/kelurahan": a regency's wording. */
export function desaWording(text: string): string {
  return text.replace(
    /\b([Kk])elurahan(nya)?\b/g,
    (_, k: string, nya = '') => `${k === 'K' ? 'Desa' : 'desa'}/kelurahan${nya}`,
  );
}

export function translate(
  locale: Locale,
  key: MessageKey,
  vars?: Record<string, string | number>,
  villages: Villages = 'kelurahan',
): string {
  const text = villages === 'desa' ? desaWording(DICTS[locale][key]) : DICTS[locale][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const I18nContext = createContext<I18n>({
  locale: 'id',
  setLocale: () => {},
  t: (key, vars) => translate('id', key, vars),
  setVillages: () => {},
});

/** Bahasa Indonesia first; the choice is kept in localStorage and mirrored on `<html lang>`. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? readLocale());
  const [villages, setVillages] = useState<Villages>('kelurahan');
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, setVillages, t: (key, vars) => translate(locale, key, vars, villages) }),
    [locale, setLocale, villages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
