// Every language's country and title data as written and generated, without the packed matchers:
// what scripts/build-matchers.ts compiles, and what its freshness test compares against. Never
// imported by the extension's bundles (they take packs.ts's chunks).
import { LEXICON_AR } from './countries.ar.generated';
import { LEXICON_DE } from './countries.de.generated';
import { LEXICON_EN } from './countries.en.generated';
import { LEXICON_ES } from './countries.es.generated';
import { LEXICON_FR } from './countries.fr.generated';
import { LEXICON_ZH } from './countries.zh.generated';
import type { CountryLexicon } from './lexicon';
import type { TitleLexicon } from './title-lexicon';
import { TITLES_AR } from './titles.ar';
import { TITLES_DE } from './titles.de';
import { TITLES_EN } from './titles.en';
import { TITLES_ES } from './titles.es';
import { TITLES_FR } from './titles.fr';
import { TITLES_ZH } from './titles.zh';
import type { PackLang } from '../language-pack';

export const LEXICONS: Record<PackLang, { countries: CountryLexicon; titles: TitleLexicon }> = {
  en: { countries: LEXICON_EN, titles: TITLES_EN },
  fr: { countries: LEXICON_FR, titles: TITLES_FR },
  de: { countries: LEXICON_DE, titles: TITLES_DE },
  es: { countries: LEXICON_ES, titles: TITLES_ES },
  zh: { countries: LEXICON_ZH, titles: TITLES_ZH },
  ar: { countries: LEXICON_AR, titles: TITLES_AR },
};
