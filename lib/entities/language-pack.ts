// A language's data as one JSON-safe pack (country names, office titles), loaded with dynamic
// import() so each language is its own chunk, and the runtime message that asks for one. The
// background imports only this module: it hands packs to content scripts, which cannot load
// extension chunks themselves and must stay small.
import type { CountryLexicon } from './data/lexicon';
import type { TitleLexicon } from './data/title-lexicon';

/** Languages with a pack of their own (English is built in). */
export const PACK_LANGS = ['fr', 'de', 'es', 'zh', 'ar'] as const;
export type PackLang = (typeof PACK_LANGS)[number];

export interface LanguagePack {
  lang: string;
  countries: CountryLexicon;
  titles: TitleLexicon;
}

export const isPackLang = (lang: string): lang is PackLang => (PACK_LANGS as readonly string[]).includes(lang);

const importers: Record<PackLang, () => Promise<LanguagePack>> = {
  fr: async () => ({ lang: 'fr', countries: (await import('./data/countries.fr.generated')).LEXICON_FR, titles: (await import('./data/titles.fr')).TITLES_FR }),
  de: async () => ({ lang: 'de', countries: (await import('./data/countries.de.generated')).LEXICON_DE, titles: (await import('./data/titles.de')).TITLES_DE }),
  es: async () => ({ lang: 'es', countries: (await import('./data/countries.es.generated')).LEXICON_ES, titles: (await import('./data/titles.es')).TITLES_ES }),
  zh: async () => ({ lang: 'zh', countries: (await import('./data/countries.zh.generated')).LEXICON_ZH, titles: (await import('./data/titles.zh')).TITLES_ZH }),
  ar: async () => ({ lang: 'ar', countries: (await import('./data/countries.ar.generated')).LEXICON_AR, titles: (await import('./data/titles.ar')).TITLES_AR }),
};

/** The pack for a language, or null when it has none. */
export async function languagePack(lang: string | null | undefined): Promise<LanguagePack | null> {
  const l = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return isPackLang(l) ? importers[l]() : null;
}

/** The runtime message a content script sends for a pack; the background answers with the pack. */
export const LANGUAGE_PACK_REQUEST = 'attache:language-pack';

/** The language asked for, when `raw` is a well-formed pack request. */
export function languagePackRequest(raw: unknown): PackLang | null {
  const m = raw as { type?: unknown; lang?: unknown } | null;
  if (!m || typeof m !== 'object' || m.type !== LANGUAGE_PACK_REQUEST || typeof m.lang !== 'string') return null;
  return isPackLang(m.lang) ? m.lang : null;
}
