// The one place where a language's data is registered (issue 7). Nothing is built in: Node imports
// ./english (synchronous) and loads other packs with load-language.ts; the content script asks the
// background for English and the page's language once detection has said the page is an article.
// recognize() stays synchronous and uses whatever is registered, falling back to English.
import { hasLexicon, registerLexicon } from './countries';
import { registerTitles } from './title-registry';
import { isPackLang, type LanguagePack, type PackLang } from './language-pack';
import { parsePackedMatchers } from './packed-matchers';
import { registerNotNames } from './names';

const baseLang = (lang: string | null | undefined) => (lang ?? 'en').toLowerCase().split(/[-_]/)[0];

/** Does this language have a pack that is not registered yet? */
export function needsPack(lang: string | null | undefined): lang is PackLang {
  const l = baseLang(lang);
  return isPackLang(l) && !hasLexicon(l);
}

/** The packs a page in `lang` still needs: English (the fallback, and display names) and its own. */
export function packsNeeded(lang: string | null | undefined): PackLang[] {
  return [...new Set(['en', baseLang(lang)])].filter(needsPack);
}

/**
 * Why recognition cannot run, or null when it can. English is the minimum (every
 * language falls back to it); a page language whose pack is missing is read with English.
 */
export function missingData(): string | null {
  return hasLexicon('en') ? null : 'the English word lists could not be loaded';
}

export function registerLanguage(pack: LanguagePack): void {
  const m = parsePackedMatchers(pack.matchers);
  registerLexicon(pack.countries, m?.countries);
  registerTitles(pack.titles, m?.titles);
  if (pack.notNames) registerNotNames(pack.notNames);
}

/** A pack received from elsewhere (a runtime message): registered only when its shape is right. */
export function registerLanguageData(data: unknown): boolean {
  const p = data as Partial<LanguagePack> | null;
  const ok =
    !!p && typeof p.lang === 'string' && isPackLang(p.lang) && p.countries?.lang === p.lang &&
    typeof p.countries.forms === 'object' && p.titles?.lang === p.lang && Array.isArray(p.titles.strong) &&
    (p.matchers === undefined || typeof p.matchers === 'string') &&
    (p.notNames === undefined || (Array.isArray(p.notNames) && p.notNames.every((w) => typeof w === 'string')));
  if (ok) registerLanguage(p as LanguagePack);
  return ok;
}
