import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@boussole/domain';

/** Where the browser keeps the language chosen, for the pages read before signing in. */
const STORAGE_KEY = 'boussole.language';

/**
 * The language this page runs in. It is fixed when the page starts (main.ts writes it on
 * `<html lang>` before Angular starts, once its translations are loaded): switching language
 * reloads the page, so every text, date and number changes at once.
 */
export function pageLanguage(): Language {
  const lang = globalThis.document?.documentElement.lang;
  return lang === 'en' ? 'en' : DEFAULT_LANGUAGE;
}

/** The language last chosen in this browser, French when none. */
export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage refused (private mode, policy): French
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not kept in this browser; the account still remembers it once signed in.
  }
}
