// Every language's pack, each loaded with dynamic import() so that it is its own chunk. Imported by
// the background (which hands packs to content scripts) and by Node (load-language.ts); never by
// the content script, whose bundle must not carry word lists (issue 8's size budget).
import { isPackLang, type LanguagePack, type PackLang } from '../language-pack';
import { packWith, type PackedMatchers } from '../packed-matchers';

// Each language's data and its matchers packed at build time (../packed-matchers), as one chunk.
// (The JSON's inferred type is too narrow for the packed arrays' union types.)
const matchers = (json: { default: unknown }) => json.default as PackedMatchers;
const importers: Record<PackLang, () => Promise<LanguagePack>> = {
  en: async () => packWith('en', (await import('./countries.en.generated')).LEXICON_EN, (await import('./titles.en')).TITLES_EN, matchers(await import('./matchers.en.generated.json'))),
  fr: async () => packWith('fr', (await import('./countries.fr.generated')).LEXICON_FR, (await import('./titles.fr')).TITLES_FR, matchers(await import('./matchers.fr.generated.json'))),
  de: async () => packWith('de', (await import('./countries.de.generated')).LEXICON_DE, (await import('./titles.de')).TITLES_DE, matchers(await import('./matchers.de.generated.json'))),
  es: async () => packWith('es', (await import('./countries.es.generated')).LEXICON_ES, (await import('./titles.es')).TITLES_ES, matchers(await import('./matchers.es.generated.json'))),
  zh: async () => packWith('zh', (await import('./countries.zh.generated')).LEXICON_ZH, (await import('./titles.zh')).TITLES_ZH, matchers(await import('./matchers.zh.generated.json'))),
  ar: async () => packWith('ar', (await import('./countries.ar.generated')).LEXICON_AR, (await import('./titles.ar')).TITLES_AR, matchers(await import('./matchers.ar.generated.json'))),
};

/** The pack for a language, or null when it has none. */
export async function languagePack(lang: string | null | undefined): Promise<LanguagePack | null> {
  const l = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return isPackLang(l) ? importers[l]() : null;
}
