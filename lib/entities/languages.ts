// The languages recognition knows beyond English (issue 7) and the one place their data is
// registered. English is bundled; a language pack (country names, office titles) is registered
// before a page in that language is analysed: in Node by load-language.ts, in the content script
// from the background's copy (the content script must stay small). recognize() stays synchronous
// and uses whatever is registered, falling back to English.
import type { CountryLexicon } from './data/lexicon';
import type { TitleLexicon } from './data/title-lexicon';
import { hasLexicon, registerLexicon } from './countries';
import { registerTitles } from './title-registry';

/** Languages with a pack of their own. */
export const PACK_LANGS = ['fr', 'de', 'es', 'zh', 'ar'] as const;
export type PackLang = (typeof PACK_LANGS)[number];

/** One language's data: plain JSON, so it can cross a runtime message. */
export interface LanguagePack {
  lang: string;
  countries: CountryLexicon;
  titles: TitleLexicon;
}

const baseLang = (lang: string | null | undefined) => (lang ?? 'en').toLowerCase().split(/[-_]/)[0];

/** Does this language have a pack that is not registered yet? */
export function needsPack(lang: string | null | undefined): lang is PackLang {
  const l = baseLang(lang);
  return (PACK_LANGS as readonly string[]).includes(l) && !hasLexicon(l);
}

export function registerLanguage(pack: LanguagePack): void {
  registerLexicon(pack.countries);
  registerTitles(pack.titles);
}

/** A pack received from elsewhere (a runtime message): registered only when its shape is right. */
export function registerLanguageData(data: unknown): boolean {
  const p = data as Partial<LanguagePack> | null;
  const ok =
    !!p && typeof p.lang === 'string' && (PACK_LANGS as readonly string[]).includes(p.lang) &&
    !!p.countries && p.countries.lang === p.lang && typeof p.countries.forms === 'object' &&
    !!p.titles && p.titles.lang === p.lang && Array.isArray(p.titles.strong);
  if (ok) registerLanguage(p as LanguagePack);
  return ok;
}
