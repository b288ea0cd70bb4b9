// The extension pages' `t`: browser.i18n with the English file as the fallback. Also marks the page
// with the language of the messages actually shown (a German browser gets the English file).
import { browser } from 'wxt/browser';
import { ENGLISH } from '@/components/i18n';
import { makeT } from '@/lib/i18n';

// WXT types getMessage's keys from the message files; `t` takes any key and falls back to English.
const getMessage = browser.i18n.getMessage as unknown as (key: string, subs?: string[]) => string;
export const t = makeT((key, subs) => getMessage(key, subs), ENGLISH);

export function markPageLanguage(): void {
  document.documentElement.lang = t('ui_lang');
}
