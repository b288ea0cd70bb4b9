// Office vocabularies per language, each made once into tries (unpacked from the pack's, which
// scripts/build-matchers.ts compiles at build time) and sets on first use. Every
// language, English too, is registered with its pack (languages.ts); none is imported here. Everything that
// reads titles (titles.ts, anchors.ts, officials.ts) asks for the compiled form of the text's
// language, falling back to English.
import { PhraseMatcher, type MatcherOptions } from './matcher';
import { arabicClitics, foldArabic, PARTICLES } from './arabic';
import type { TitleLexicon } from './data/title-lexicon';
import type { OrgValue } from './organisations';
import { unpackMatcher, type PackedMatcher } from './packed-trie';

export type Strength = 'strong' | 'weak';

export interface Titles {
  lex: TitleLexicon;
  heads: PhraseMatcher<Strength>;
  honorifics: PhraseMatcher<true>;
  /** Military ranks, abbreviated ('lt gen') and in full, lower case without stops. */
  ranks: Set<string>;
  orgs: PhraseMatcher<OrgValue>;
  modifiers: Set<string>;
  government: Set<string>;
  prepositions: Set<string>;
  connectives: Set<string>;
  destinations: Set<string>;
  subjects: Set<string>;
  fillers: Set<string>;
  verbs: Set<string>;
  reports: Set<string>;
  notNames: Set<string>;
  shared: Set<string>;
  institutions: Set<string>;
  national: (readonly [RegExp, string])[];
  singleHolder: Set<string>;
  /** Words before an office that say its bearer does not hold it now, or holds a lesser one. */
  notHolder: Set<string>;
  plural: RegExp | null;
}

const lexicons = new Map<string, TitleLexicon>();
const compiled = new Map<string, Titles>();
/** A language's title matchers packed at build time (packed-matchers.ts). */
export interface PackedTitleMatchers {
  heads: PackedMatcher;
  honorifics: PackedMatcher;
  orgs: PackedMatcher;
}
const packed = new Map<string, PackedTitleMatchers>();

/** Adds a language's vocabulary, with its packed matchers when it has them (let go once unpacked, see countries.ts). */
export function registerTitles(lex: TitleLexicon, matchers?: PackedTitleMatchers | null): void {
  lexicons.set(lex.lang, lex);
  if (matchers) packed.set(lex.lang, matchers);
  else packed.delete(lex.lang);
  // Every language compiles English's institution names in (see compile), so new English data renews all.
  if (lex.lang === 'en') compiled.clear();
  else compiled.delete(lex.lang);
}

/** "lt col" -> "Lt Col", "Lt. Col", "Lt Col.", "Lt. Col.": every dotted spelling of an abbreviation. */
export function dotted(phrase: string): string[] {
  let out = [''];
  for (const w of phrase.split(' ')) {
    const cap = w[0].toUpperCase() + w.slice(1);
    out = out.flatMap((p) => [p + (p ? ' ' : '') + cap, p + (p ? ' ' : '') + cap + '.']);
  }
  return out;
}

type TitleMatchers = Pick<Titles, 'heads' | 'honorifics' | 'orgs'>;

/**
 * A language's three title matchers compiled from its phrases (at build time, see ./packed-trie).
 * `english`: English's vocabulary, whose institution names every language takes in.
 */
export function compileTitleMatchers(lex: TitleLexicon, english: TitleLexicon | undefined): TitleMatchers {
  const heads: { phrase: string; value: Strength; caseMode?: 'exact' | 'fold' }[] = [];
  for (const p of lex.strong) heads.push({ phrase: p, value: 'strong', caseMode: 'fold' });
  for (const p of lex.upper ?? []) heads.push({ phrase: p, value: 'strong', caseMode: 'exact' });
  for (const a of lex.abbreviations ?? []) for (const p of dotted(a)) heads.push({ phrase: p, value: 'strong', caseMode: 'exact' });
  for (const p of lex.weak) heads.push({ phrase: p, value: 'weak', caseMode: 'fold' });
  // "h e" is written "H.E." or "H. E."; the others are words, capitalised, with or without a stop.
  const spell = (h: string) => (/^\p{L} \p{L}$/u.test(h) ? [h.toUpperCase().replace(' ', '.') + '.', h.toUpperCase().replace(' ', '. ') + '.'] : dotted(h));
  const honorifics = lex.honorifics.flatMap((h) => spell(h).map((p) => ({ phrase: p, value: true as const })));
  const orgs: { phrase: string; value: OrgValue }[] = [];
  // A language's own names for institutions come on top of the English ones ("NATO", "EU").
  const base = lex.lang === 'en' ? undefined : english?.organisations;
  const national: Record<string, string[]> = { ...base?.national };
  for (const [code, names] of Object.entries(lex.organisations?.national ?? {})) national[code] = [...(national[code] ?? []), ...names];
  for (const [code, names] of Object.entries(national)) for (const n of names) orgs.push({ phrase: n, value: { code } });
  for (const n of [...(base?.international ?? []), ...(lex.organisations?.international ?? [])]) orgs.push({ phrase: n, value: { code: null } });
  const opts = matcherOptions(lex);
  const arabic = lex.script === 'arabic';
  return {
    heads: new PhraseMatcher(heads, opts),
    honorifics: new PhraseMatcher(honorifics, arabic ? { ...opts, defaultCase: 'fold' } : { defaultCase: 'exact' }),
    orgs: new PhraseMatcher(orgs, arabic ? { ...opts, defaultCase: 'fold' } : { defaultCase: 'exact' }),
  };
}

// Arabic words are compared on folded letters, with joined particles taken off ("والرئيس").
const matcherOptions = (lex: TitleLexicon): MatcherOptions =>
  lex.script === 'arabic' ? { fold: foldArabic, clitics: arabicClitics(PARTICLES) } : {};

/** The matchers packed with the vocabulary at build time, else (none, or malformed) compiled. */
function matchersFor(lex: TitleLexicon): TitleMatchers {
  const p = packed.get(lex.lang);
  if (p) {
    packed.delete(lex.lang);
    try {
      const opts = matcherOptions(lex);
      return { heads: unpackMatcher(p.heads, opts), honorifics: unpackMatcher(p.honorifics, opts), orgs: unpackMatcher(p.orgs, opts) };
    } catch {
      // Compiled below: slower, same answers.
    }
  }
  return compileTitleMatchers(lex, lexicons.get('en'));
}

function compile(lex: TitleLexicon): Titles {
  const norm = lex.script === 'arabic' ? foldArabic : (w: string) => w.toLowerCase();
  const lower = (a: string[]) => new Set(a.map(norm));
  return {
    lex,
    ...matchersFor(lex),
    ranks: lower([...(lex.abbreviations ?? []), ...(lex.ranks ?? [])]),
    modifiers: lower(lex.modifiers),
    government: lower(lex.government),
    prepositions: new Set(lex.prepositions),
    connectives: new Set(lex.connectives),
    destinations: new Set(lex.destinations),
    subjects: new Set(lex.subjects),
    fillers: new Set(lex.fillers),
    verbs: new Set(lex.verbs),
    reports: new Set(lex.reports ?? []),
    notNames: new Set(lex.notNames),
    shared: lower(lex.sharedOffices),
    institutions: new Set(lex.institutionNouns),
    national: lex.nationalOffices.map(([p, code]) => [new RegExp(`(?:^|\\s)${p}(?:$|\\s)`, 'i'), code] as const),
    singleHolder: lower(lex.singleHolder),
    notHolder: lower(lex.notHolder ?? []),
    plural: lex.plural ? new RegExp(lex.plural, 'i') : null,
  };
}

// Built on first use: most pages name no office after a place.
const placeMaps = new WeakMap<Titles, Map<string, string>>();

/** The state a city or region belongs to, as the language's places list it ("Kharkiv" -> UA). */
export function placeState(T: Titles, place: string): string | undefined {
  let m = placeMaps.get(T);
  if (!m) {
    m = new Map();
    // Languages in Latin script without a list of their own read the English names ("le maire de Kharkiv").
    const places = T.lex.places ?? (T.lex.script ? undefined : lexicons.get('en')?.places);
    for (const [code, names] of Object.entries(places ?? {})) for (const n of names) m.set(n, code);
    placeMaps.set(T, m);
  }
  return m.get(place);
}

/** The compiled vocabulary of a language (English when it has none registered). */
export function titlesFor(lang?: string | null): Titles {
  const l = (lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  const lex = lexicons.get(l) ?? lexicons.get('en');
  if (!lex) throw new Error('no office titles are registered (see lib/entities/languages.ts)');
  let t = compiled.get(lex.lang);
  if (!t) compiled.set(lex.lang, (t = compile(lex)));
  return t;
}
