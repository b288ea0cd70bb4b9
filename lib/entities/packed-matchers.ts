// A language's matchers packed at build time (scripts/build-matchers.ts writes them beside its data,
// data/matchers.<lang>.generated.ts, as JSON text) and how a pack's text is read back. Compiling is
// the same code at build time and, for data without them, on a page; see ./packed-trie for why.
import { compileCountryMatcher } from './countries';
import type { CountryLexicon } from './data/lexicon';
import type { TitleLexicon } from './data/title-lexicon';
import { packMatcher, type PackedMatcher } from './packed-trie';
import { compileTitleMatchers, type PackedTitleMatchers } from './title-registry';

export interface PackedMatchers {
  countries: PackedMatcher;
  titles: PackedTitleMatchers;
}

/** Compiles and packs one language's matchers; `english`: English's titles (see compileTitleMatchers). */
export function buildPackedMatchers(countries: CountryLexicon, titles: TitleLexicon, english: TitleLexicon): PackedMatchers {
  const t = compileTitleMatchers(titles, english);
  return {
    countries: packMatcher(compileCountryMatcher(countries)),
    titles: { heads: packMatcher(t.heads), honorifics: packMatcher(t.honorifics), orgs: packMatcher(t.orgs) },
  };
}

/**
 * The packed matchers a pack carries as JSON text (data/matchers.<lang>.generated.ts), or null when
 * the text is missing or malformed: the lexicons are then compiled on the page instead.
 */
export function parsePackedMatchers(text: unknown): PackedMatchers | null {
  if (typeof text !== 'string') return null;
  try {
    const m = JSON.parse(text) as Partial<PackedMatchers> | null;
    const t = m?.titles;
    return m && m.countries && t && t.heads && t.honorifics && t.orgs ? (m as PackedMatchers) : null;
  } catch {
    return null;
  }
}
