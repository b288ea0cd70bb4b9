// Loads a language pack with dynamic import(), so each language's data is its own chunk that is
// fetched only when a page in that language is analysed. Used in Node (CLI, tests) and by the
// background script, which hands packs to content scripts (they cannot load extension chunks).
import { needsPack, registerLanguage, type LanguagePack, type PackLang } from './languages';

const importers: Record<PackLang, () => Promise<LanguagePack>> = {
  fr: async () => ({ lang: 'fr', countries: (await import('./data/countries.fr.generated')).LEXICON_FR, titles: (await import('./data/titles.fr')).TITLES_FR }),
  de: async () => ({ lang: 'de', countries: (await import('./data/countries.de.generated')).LEXICON_DE, titles: (await import('./data/titles.de')).TITLES_DE }),
  es: async () => ({ lang: 'es', countries: (await import('./data/countries.es.generated')).LEXICON_ES, titles: (await import('./data/titles.es')).TITLES_ES }),
  zh: async () => ({ lang: 'zh', countries: (await import('./data/countries.zh.generated')).LEXICON_ZH, titles: (await import('./data/titles.zh')).TITLES_ZH }),
  ar: async () => ({ lang: 'ar', countries: (await import('./data/countries.ar.generated')).LEXICON_AR, titles: (await import('./data/titles.ar')).TITLES_AR }),
};

/** The pack for a language, or null when it has none (English is built in). */
export async function languagePack(lang: string | null | undefined): Promise<LanguagePack | null> {
  const l = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(importers, l) ? importers[l as PackLang]() : null;
}

/** Registers a language's pack unless it already is; a no-op for English and unknown languages. */
export async function loadLanguage(lang: string | null | undefined): Promise<void> {
  if (!needsPack(lang)) return;
  const pack = await languagePack(lang);
  if (pack) registerLanguage(pack);
}
