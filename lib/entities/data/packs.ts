// Every language's pack, each loaded with dynamic import() so that it is its own chunk. Imported by
// the background (which hands packs to content scripts) and by Node (load-language.ts); never by
// the content script, whose bundle must not carry word lists (issue 8's size budget).
import { isPackLang, type LanguagePack, type PackLang } from '../language-pack';

// Each language's data and its matchers packed at build time (as JSON text, see ../packed-matchers), as one chunk.
const importers: Record<PackLang, () => Promise<LanguagePack>> = {
  en: async () => ({ lang: 'en', countries: (await import('./countries.en.generated')).LEXICON_EN, titles: (await import('./titles.en')).TITLES_EN, matchers: (await import('./matchers.en.generated')).MATCHERS_EN, notNames: (await import('./not-names.en')).NOT_NAMES_EN }),
  fr: async () => ({ lang: 'fr', countries: (await import('./countries.fr.generated')).LEXICON_FR, titles: (await import('./titles.fr')).TITLES_FR, matchers: (await import('./matchers.fr.generated')).MATCHERS_FR }),
  de: async () => ({ lang: 'de', countries: (await import('./countries.de.generated')).LEXICON_DE, titles: (await import('./titles.de')).TITLES_DE, matchers: (await import('./matchers.de.generated')).MATCHERS_DE }),
  es: async () => ({ lang: 'es', countries: (await import('./countries.es.generated')).LEXICON_ES, titles: (await import('./titles.es')).TITLES_ES, matchers: (await import('./matchers.es.generated')).MATCHERS_ES }),
  zh: async () => ({ lang: 'zh', countries: (await import('./countries.zh.generated')).LEXICON_ZH, titles: (await import('./titles.zh')).TITLES_ZH, matchers: (await import('./matchers.zh.generated')).MATCHERS_ZH }),
  ar: async () => ({ lang: 'ar', countries: (await import('./countries.ar.generated')).LEXICON_AR, titles: (await import('./titles.ar')).TITLES_AR, matchers: (await import('./matchers.ar.generated')).MATCHERS_AR }),
};

/** The pack for a language, or null when it has none. */
export async function languagePack(lang: string | null | undefined): Promise<LanguagePack | null> {
  const l = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return isPackLang(l) ? importers[l]() : null;
}
