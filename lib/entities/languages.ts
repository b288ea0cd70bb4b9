// The one place where a language's data is registered (issue 7). English is bundled; a pack is
// registered before a page in that language is analysed: in Node by load-language.ts, in the
// content script from the background's copy. recognize() stays synchronous and uses whatever is
// registered, falling back to English.
import { hasLexicon, registerLexicon } from './countries';
import { registerTitles } from './title-registry';
import { isPackLang, type LanguagePack, type PackLang } from './language-pack';

const baseLang = (lang: string | null | undefined) => (lang ?? 'en').toLowerCase().split(/[-_]/)[0];

/** Does this language have a pack that is not registered yet? */
export function needsPack(lang: string | null | undefined): lang is PackLang {
  const l = baseLang(lang);
  return isPackLang(l) && !hasLexicon(l);
}

export function registerLanguage(pack: LanguagePack): void {
  registerLexicon(pack.countries);
  registerTitles(pack.titles);
}

/** A pack received from elsewhere (a runtime message): registered only when its shape is right. */
export function registerLanguageData(data: unknown): boolean {
  const p = data as Partial<LanguagePack> | null;
  const ok =
    !!p && typeof p.lang === 'string' && isPackLang(p.lang) && p.countries?.lang === p.lang &&
    typeof p.countries.forms === 'object' && p.titles?.lang === p.lang && Array.isArray(p.titles.strong);
  if (ok) registerLanguage(p as LanguagePack);
  return ok;
}
