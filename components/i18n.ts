// The views' translation function, provided by each extension page from browser.i18n (whose English
// file is the default_locale, so every key always has a text there). The views' default, used
// without a provider, asks a replaceable fallback: message keys as they are, unless a host without
// browser.i18n installs one (the unit tests install the English file). No message file is bundled
// into the pages this way: the browser already holds them.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';

let fallback: Translate = (key) => key;

/** For hosts without browser.i18n (unit tests): the translation used when no provider is set. */
export function setFallbackTranslate(t: Translate): void {
  fallback = t;
}

export const defaultT: Translate = (key, subs) => fallback(key, subs);
export const I18n = createContext<Translate>(defaultT);
export const useT = (): Translate => useContext(I18n);
