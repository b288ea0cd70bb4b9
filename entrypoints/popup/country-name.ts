// Display names for ISO 3166-1 alpha-2 codes in the UI language (the language of the message file
// the browser picked, `ui_lang`), from the browser's own ICU data (Intl.DisplayNames), so no page
// ships a country table: i18n-iso-countries would add about 4.5 KB gzipped (its French names 2.4 KB,
// its code tables 2.1 KB; measured with gzip -9), and Intl already has every UI language.
// Also used by the content script's card, where the page's own <html lang> must not decide.
// Falls back to English, then to the code itself.
import { browser } from 'wxt/browser';

let names: Intl.DisplayNames | null | undefined;

/** The UI language: 'fr' when the browser shows the French messages, 'en' otherwise (and in tests). */
export function uiLanguage(): string {
  try {
    const getMessage = browser.i18n.getMessage as unknown as (key: string) => string;
    return getMessage('ui_lang') || 'en';
  } catch {
    return 'en';
  }
}

export function countryName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
