// A language's matchers packed at build time (scripts/build-matchers.ts writes them beside its data,
// data/matchers.<lang>.generated.json) and how a pack carries them. Compiling is the same code at
// build time and, for data without them, on a page; see ./packed-trie for why packing pays.
import { compileCountryMatcher } from './countries';
import type { CountryLexicon } from './data/lexicon';
import type { TitleLexicon } from './data/title-lexicon';
import type { LanguagePack } from './language-pack';
import { packMatcher, type PackedMatcher } from './packed-trie';
import { compileTitleMatchers } from './title-registry';

export interface PackedMatchers {
  countries: PackedMatcher;
  titles: { heads: PackedMatcher; honorifics: PackedMatcher; orgs: PackedMatcher };
}

/** Compiles and packs one language's matchers; `english`: English's titles (see compileTitleMatchers). */
export function buildPackedMatchers(countries: CountryLexicon, titles: TitleLexicon, english: TitleLexicon): PackedMatchers {
  const t = compileTitleMatchers(titles, english);
  return {
    countries: packMatcher(compileCountryMatcher(countries)),
    titles: { heads: packMatcher(t.heads), honorifics: packMatcher(t.honorifics), orgs: packMatcher(t.orgs) },
  };
}

/** A language's pack: its data with its packed matchers. */
export function packWith(lang: string, countries: CountryLexicon, titles: TitleLexicon, m: PackedMatchers): LanguagePack {
  return { lang, countries: { ...countries, matcher: m.countries }, titles: { ...titles, matchers: m.titles } };
}
