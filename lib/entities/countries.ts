// Country recognition over plain text: every mention of a country by name, short form, demonym or
// combining form ("Sino-"), with UTF-16 offsets. The data is compiled at build time
// (scripts/build-country-data.mjs) and into word tries (scripts/build-matchers.ts), which a page
// unpacks on first use, so a page costs one pass.
// No lexicon is imported here: each language, English too, is registered (languages.ts), so the
// content script's bundle carries no word lists.
import type { AmbiguousForm, CountryLexicon, FormKind } from './data/lexicon';
import { type Ctx, isLanguageUse, isOutletName, isPronounUs, REJECT_RULES } from './country-context';
import { PhraseMatcher, type CaseMode, type MatcherOptions, type PhraseEntry, type Token } from './matcher';
import { arabicClitics, foldArabic } from './arabic';
import { unpackMatcher, type PackedMatcher } from './packed-trie';
import { findCompounds } from './chinese';

export interface CountryMention {
  start: number;
  end: number;
  code: string;
  form: 'name' | 'alias' | 'demonym';
}

type Hit =
  | { t: 'form'; code: string; form: FormKind }
  | { t: 'prefix'; code: string }
  | { t: 'amb'; amb: AmbiguousForm }
  | { t: 'block' };

const lexicons = new Map<string, CountryLexicon>();
const compiled = new Map<string, PhraseMatcher<Hit>>();
const lookups = new Map<string, Map<string, string | null>>();

/** Adds a language's lexicon (issue 7: English at start in Node, each pack on demand in the page), with its packed matcher when it has one. */
export function registerLexicon(lex: CountryLexicon, matcher?: PackedMatcher | null): void {
  // The matcher packed at build time (packed-matchers.ts) is let go once unpacked; after that, only
  // the branches not yet read hold on to its arrays (packed-trie.ts).
  lexicons.set(lex.lang, lex);
  if (matcher) packed.set(lex.lang, matcher);
  else packed.delete(lex.lang);
  compiled.delete(lex.lang);
  lookups.delete(lex.lang);
}
const packed = new Map<string, PackedMatcher>();

/** Is this language's lexicon registered? */
export const hasLexicon = (lang: string): boolean => lexicons.has(baseLang(lang));

// Abbreviations ("US", "UK") must match as written; names also match in an all-capitals headline.
const caseFor = (phrase: string): CaseMode => (/\p{Ll}/u.test(phrase) ? 'upper' : 'exact');

const GENERIC_TAIL = /\b(Sea|Ocean|City|Strait|River|Delta|Valley|Basin|Peninsula|Channel|Gulf)$/;

/** The matcher over a lexicon's phrases, compiled from them (at build time, see ./packed-trie). */
export function compileCountryMatcher(lex: CountryLexicon): PhraseMatcher<Hit> {
  const entries: PhraseEntry<Hit>[] = [];
  const kinds: FormKind[] = ['name', 'alias', 'demonym'];
  // Arabic has no letter case but variant letters; French, German and Spanish adjectives are lower case.
  const arabic = lex.fold === 'arabic';
  const caseOf = (phrase: string, kind?: FormKind): CaseMode =>
    arabic || (kind === 'demonym' && lex.foldDemonyms) ? 'fold' : caseFor(phrase);
  for (const [code, groups] of Object.entries(lex.forms)) {
    groups.forEach((list, k) => {
      for (const phrase of expandForms(list)) entries.push({ phrase, value: { t: 'form', code, form: kinds[k] }, caseMode: caseOf(phrase, kinds[k]) });
    });
  }
  for (const amb of lex.ambiguous) entries.push({ phrase: amb.form, value: { t: 'amb', amb }, caseMode: caseOf(amb.form, amb.kind) });
  for (const [p, code] of Object.entries(lex.prefixes)) entries.push({ phrase: `${p}-`, value: { t: 'prefix', code }, caseMode: 'upper' });
  // Articles often lower-case the generic word of a place: "Kuwait city", "the South China sea".
  for (const b of lex.blockers) {
    for (const v of new Set([b, b.replace(GENERIC_TAIL, (w) => w.toLowerCase())])) {
      entries.push({ phrase: v, value: { t: 'block' }, caseMode: caseOf(v) });
    }
  }
  return new PhraseMatcher(entries, matcherOptions(lex));
}

const matcherOptions = (lex: CountryLexicon): MatcherOptions =>
  lex.fold === 'arabic' ? { fold: foldArabic, clitics: arabicClitics(lex.clitics ?? []) } : {};

/** The matcher packed with the lexicon at build time, else (none, or malformed) compiled from its phrases. */
function matcherFor(lex: CountryLexicon): PhraseMatcher<Hit> {
  const p = packed.get(lex.lang);
  if (p) {
    packed.delete(lex.lang);
    try {
      return unpackMatcher<Hit>(p, matcherOptions(lex));
    } catch {
      // Compiled below: slower, same answers.
    }
  }
  return compileCountryMatcher(lex);
}

/** Each name, alias and ambiguous form, to its code (for single words; see countryCodeFor). */
function lookupOf(lex: CountryLexicon): Map<string, string | null> {
  const lookup = new Map<string, string | null>();
  for (const [code, groups] of Object.entries(lex.forms)) for (const list of groups) for (const phrase of expandForms(list)) lookup.set(phrase, code);
  for (const amb of lex.ambiguous) lookup.set(amb.form, amb.default);
  return lookup;
}

/** The lexicon for `lang`, else English; a clear error when not even English is registered. */
function lexiconFor(lang: string): CountryLexicon {
  const lex = lexicons.get(lang) ?? lexicons.get('en');
  if (!lex) throw new Error('no country data is registered (see lib/entities/languages.ts)');
  return lex;
}

function matcherOf(lang: string): PhraseMatcher<Hit> {
  const lex = lexiconFor(lang);
  let m = compiled.get(lex.lang);
  if (!m) compiled.set(lex.lang, (m = matcherFor(lex)));
  return m;
}

const baseLang = (lang?: string) => (lang ?? 'en').toLowerCase().split(/[-_]/)[0];

/** Every country mention in `text`, sorted by start, non-overlapping. */
export function findCountries(text: string, opts: { lang?: string; tokens?: Token[] } = {}): CountryMention[] {
  const lang = baseLang(opts.lang);
  const lex = lexiconFor(lang);
  const matcher = matcherOf(lang);
  const { tokens, matches } = matcher.scan(text, opts.tokens);
  let words: Set<string> | null = null;
  const ctxFor = (from: number, to: number): Ctx => ({
    text, tokens, from, to,
    words: () => (words ??= new Set(tokens.filter((t) => t.isWord).map((t) => t.text))),
  });

  const out: (CountryMention | null)[] = [];
  const pending: { i: number; amb: AmbiguousForm }[] = [];
  for (const m of matches) {
    const v = m.value;
    if (v.t === 'block') continue;
    const c = ctxFor(m.tokenStart, m.tokenEnd);
    if (v.t === 'prefix') {
      const next = tokens[m.tokenEnd];
      if (next?.isWord && next.gap === 'none') out.push({ start: m.start, end: m.end - 1, code: v.code, form: 'alias' });
      continue;
    }
    const kind = v.t === 'form' ? v.form : v.amb.kind;
    if (kind === 'demonym' && isLanguageUse(c, lex)) continue;
    if (isOutletName(c) || isPronounUs(c)) continue;
    if (v.t === 'form') {
      out.push({ start: m.start, end: m.end, code: v.code, form: v.form });
      continue;
    }
    const rule = REJECT_RULES[v.amb.rule];
    if (rule?.(c)) continue;
    if (v.amb.codes.length === 1) {
      out.push({ start: m.start, end: m.end, code: v.amb.codes[0], form: kind });
    } else {
      pending.push({ i: out.length, amb: v.amb });
      out.push({ start: m.start, end: m.end, code: '', form: kind });
    }
  }
  if (pending.length) resolveByCue(out, pending, tokens, lex.cues);
  const found = out.filter((m): m is CountryMention => !!m && m.code !== '');
  if (!lex.compounds) return found;
  // Chinese abbreviations inside compounds ("中美"), where no name or blocker was matched.
  const covered = matches.map((m) => ({ start: m.start, end: m.end }));
  return [...found, ...findCompounds(text, covered, lex.compounds)].sort((a, b) => a.start - b.start);
}

const cueMaps = new WeakMap<Record<string, string>, Map<string, string>>();

// A name with several candidates takes the one the article names unambiguously nearest before it,
// else the one it names most often, else the default.
function resolveByCue(out: (CountryMention | null)[], pending: { i: number; amb: AmbiguousForm }[], tokens: Token[], cues: Record<string, string>) {
  const evidence: { start: number; code: string }[] = out.filter((m): m is CountryMention => !!m && m.code !== '').map((m) => ({ start: m.start, code: m.code }));
  // A Map, not the object: a property look-up by a fresh string costs more per word. (Inherited
  // properties such as "constructor" were never codes, so no cand below ever came from them.)
  let cue = cueMaps.get(cues);
  if (!cue) cueMaps.set(cues, (cue = new Map(Object.entries(cues))));
  for (const t of tokens) {
    if (!t.isWord) continue;
    const code = cue.get(t.text);
    if (code) evidence.push({ start: t.start, code });
  }
  evidence.sort((a, b) => a.start - b.start);
  for (const { i, amb } of pending) {
    const m = out[i]!;
    const cands = evidence.filter((e) => amb.codes.includes(e.code));
    const before = cands.filter((e) => e.start < m.start).at(-1);
    let code = before?.code ?? null;
    if (!code && cands.length) {
      const counts = new Map<string, number>();
      for (const e of cands) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
      code = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    }
    m.code = code ?? amb.default ?? '';
  }
}

/** A lexicon's form list with its compact plurals written out ("Afghan+" -> "Afghan", "Afghans"). */
export function expandForms(list: string[]): string[] {
  return list.flatMap((f) => (f.endsWith('+') ? [f.slice(0, -1), f.slice(0, -1) + 's'] : [f]));
}

/** Short English display name ('US' -> 'United States'); the code itself when unknown. */
export function countryName(code: string): string {
  const c = code.toUpperCase();
  // The generator leaves out a display name that is the code's first name form.
  const en = lexicons.get('en');
  return en?.names[c] ?? en?.forms[c]?.[0][0] ?? code;
}

/** The country a single name or demonym stands for ('Albanian' -> 'AL'), or null. */
export function countryCodeFor(word: string, lang = 'en'): string | null {
  const lex = lexiconFor(baseLang(lang));
  let lookup = lookups.get(lex.lang);
  if (!lookup) lookups.set(lex.lang, (lookup = lookupOf(lex)));
  const w = word.trim().replace(/’/g, "'");
  if (lookup.has(w)) return lookup.get(w) ?? null;
  const lower = w.toLowerCase();
  if (lookup.has(lower)) return lookup.get(lower) ?? null;
  if (lookup.has(w)) return lookup.get(w) ?? null;
  const title = w.replace(/\p{L}+/gu, (s) => s[0].toUpperCase() + s.slice(1).toLowerCase());
  if (lookup.has(title)) return lookup.get(title) ?? null;
  return null;
}

/** Every code the data knows (ISO 3166-1 alpha-2 plus XK). */
export function countryCodes(): string[] {
  const en = lexiconFor('en');
  return [...new Set([...Object.keys(en.names), ...Object.keys(en.forms)])].sort();
}
