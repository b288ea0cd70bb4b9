// A language's data as one JSON-safe pack (country names, office titles) and the runtime message
// that asks for one. No data here: the packs themselves are built by data/packs.ts, which only the
// background and Node import. The content script imports this module to ask, so it must stay small.
import type { CountryLexicon } from './data/lexicon';
import type { TitleLexicon } from './data/title-lexicon';

/**
 * Languages with a pack. English is one too: the content script gets it from the background like
 * the others, once detection has said the page is an article; Node registers it at once (english.ts).
 */
export const PACK_LANGS = ['en', 'fr', 'de', 'es', 'zh', 'ar'] as const;
export type PackLang = (typeof PACK_LANGS)[number];

export interface LanguagePack {
  lang: string;
  countries: CountryLexicon;
  titles: TitleLexicon;
  /** The lexicons' phrase matchers, compiled at build time, as JSON text (see ./packed-matchers). */
  matchers?: string;
  /** Capitalised words that are no name part in any language (English only: data/not-names.en.ts). */
  notNames?: readonly string[];
}

export const isPackLang = (lang: string): lang is PackLang => (PACK_LANGS as readonly string[]).includes(lang);

/** The runtime message a content script sends for a pack; the background answers with the pack. */
export const LANGUAGE_PACK_REQUEST = 'attache:language-pack';

/** The language asked for, when `raw` is a well-formed pack request. */
export function languagePackRequest(raw: unknown): PackLang | null {
  const m = raw as { type?: unknown; lang?: unknown } | null;
  if (!m || typeof m !== 'object' || m.type !== LANGUAGE_PACK_REQUEST || typeof m.lang !== 'string') return null;
  return isPackLang(m.lang) ? m.lang : null;
}
