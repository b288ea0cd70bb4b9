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
  /** ISO alpha-2 (plus XK) -> short display name in this language. */
  names: Record<string, string>;
  /** ISO alpha-2 -> [names, aliases, demonyms]. */
  forms: Record<string, [string[], string[], string[]]>;
  /** Combining forms used before a hyphen ("Sino" in "Sino-US"). */
  prefixes: Record<string, string>;
  ambiguous: AmbiguousForm[];
  /** Words (capitals) that point an ambiguous name to one candidate. */
  cues: Record<string, string>;
  /** Phrases containing a country word that are not country mentions ("South China Sea"). */
  blockers: string[];
}
