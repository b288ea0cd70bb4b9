// The extension pages' `t`: browser.i18n, which falls back to the English file (default_locale) by
// itself. Also marks the page with the language of the messages actually shown (a German browser
// gets the English file), which Intl uses for country names and plural rules.
import { browser } from 'wxt/browser';
import { makeT } from '@/lib/i18n';

// WXT types getMessage's keys from the message files; `t` takes any key.
const getMessage = browser.i18n.getMessage as unknown as (key: string, subs?: string[]) => string;
export const t = makeT((key, subs) => getMessage(key, subs), {});

export function markPageLanguage(): void {
  document.documentElement.lang = t('ui_lang');
}
