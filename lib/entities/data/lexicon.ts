// The shape of one language's compiled country data. English is bundled; other languages (issue 7)
// are separate generated files of the same shape, loaded lazily and passed to registerLexicon.

export type FormKind = 'name' | 'alias' | 'demonym';

export interface AmbiguousForm {
  form: string;
  kind: FormKind;
  /** Candidate codes; several only when the context rule chooses between them. */
  codes: string[];
  /** Used when the rule has no evidence; null drops the mention. */
  default: string | null;
  /** Name of a rule in country-context.ts. */
  rule: string;
}

export interface CountryLexicon {
  lang: string;
  /** ISO alpha-2 (plus XK) -> short display name, where it is not the code's first name form. */
  names: Record<string, string>;
  /** ISO alpha-2 -> [names, aliases, demonyms]; "Afghan+" stands for "Afghan" and "Afghans". */
  forms: Record<string, [string[], string[], string[]]>;
  /** Combining forms used before a hyphen ("Sino" in "Sino-US"). */
  prefixes: Record<string, string>;
  ambiguous: AmbiguousForm[];
  /** Words (capitals) that point an ambiguous name to one candidate. */
  cues: Record<string, string>;
  /** Phrases containing a country word that are not country mentions ("South China Sea"). */
  blockers: string[];
  /** Demonyms match in any letter case (French, German and Spanish adjectives are lower case). */
  foldDemonyms?: boolean;
  /** Letter folding for scripts with variant spellings ('arabic': hamza forms, tashkeel, ya/alif maqsura). */
  fold?: 'arabic';
  /** Particles written joined to the next word ("و", "بال"), longest first; "لل" stands for ل + ال. */
  clitics?: string[];
  /** Words before or after a demonym that make it a language ("en français", "lengua"). */
  langPrev?: string[];
  langNext?: string[];
  /** Chinese one-character abbreviations, counted only inside compounds ("中美" = CN + US). */
  compounds?: CompoundRules;
}

export interface CompoundRules {
  /** Character -> ISO code. */
  chars: Record<string, string>;
  /** Fixed compounds with their codes per character (null: a member that names no state, "西方"). */
  pairs: Record<string, (string | null)[]>;
  /** Characters after which a compound may start (besides punctuation and non-Han text). */
  before: string;
  /** Words after a compound that make it one wherever it starts ("关系", "两国"). */
  after: string[];
  /** A character that ends a compound with the next one ("日前", "中心"): these two-character words. */
  breaks: string[];
}
