// English, registered the moment this module is imported: Node (the CLI, the bench, the unit tests
// through vitest's setup file) recognises English synchronously. The content script never imports
// this; it gets the same pack from the background (data/packs.ts), so there is one recognition path
// and only the data's way in differs.
import { LEXICON_EN } from './data/countries.en.generated';
import { MATCHERS_EN } from './data/matchers.en.generated';
import { NOT_NAMES_EN } from './data/not-names.en';
import { TITLES_EN } from './data/titles.en';
import type { LanguagePack } from './language-pack';
import { registerLanguage } from './languages';

export const ENGLISH: LanguagePack = { lang: 'en', countries: LEXICON_EN, titles: TITLES_EN, matchers: MATCHERS_EN, notNames: NOT_NAMES_EN };

registerLanguage(ENGLISH);
