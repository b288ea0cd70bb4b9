// The in-page UI's words (card, "Save this mention") from the extension's message files through
// browser.i18n, which content scripts may call. The English text is written at each call too, so
// the content script carries no copy of a message file; tests/i18n checks that each such English
// text equals the English file's message.
import { browser } from 'wxt/browser';

type Sub = string | number;

export function msg(key: string, english: string, subs: readonly Sub[] = []): string {
  const list = subs.map(String);
  try {
    const text = (browser.i18n.getMessage as unknown as (k: string, s: string[]) => string)(key, list);
    if (text) return text;
  } catch {
    /* no i18n (unit tests): English */
  }
  return english.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

/** `one` or `other` by the plural rules of the messages' language (French: "0 mention", "1 mention"). */
export function pluralMsg(n: number, one: [key: string, english: string], other: [key: string, english: string], subs: readonly Sub[] = [n]): string {
  let form = n === 1 ? 'one' : 'other';
  try {
    form = new Intl.PluralRules(msg('ui_lang', 'en')).select(n);
  } catch {
    /* keep the English rule */
  }
  const [key, english] = form === 'one' ? one : other;
  return msg(key, english, subs);
}
