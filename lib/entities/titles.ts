// Office titles in running text: the head noun ("Minister", "Ambassador", "Lt. Col."), the words
// that qualify it on the left ("Albanian", "former", "China's top") and the prepositional tail on
// the right ("of the CPC Chongqing Municipal Committee", "to China"). The head words come from one
// compiled trie (data/titles.en.ts), so a page is scanned once whatever the size of the lexicon.
import type { Token } from './matcher';
import { isStopWord, isUpperInitial, readName } from './names';
import { startsLower } from './chars';
import { firstWhere } from '../bisect';
import { placeState, titlesFor, type Strength, type Titles } from './title-registry';

export type { Strength } from './title-registry';

const EN = () => titlesFor('en');

/** An office head at token i: [end token, strength] or null. */
export function headAt(tokens: Token[], i: number, T: Titles = EN()): [number, Strength] | null {
  if (!tokens[i]?.isWord) return null;
  const m = T.heads.matchAt(tokens, i);
  if (!m) return null;
  // "Gen." is one token plus its full stop; keep the stop inside the head.
  let end = m.tokenEnd;
  if (tokens[end]?.text === '.' && tokens[end].gap === 'none' && isUpperInitial(tokens[end - 1].text) && tokens[end - 1].text.length <= 5 && tokens[end + 1] && tokens[end + 1].gap !== 'break') end++;
  return [end, m.value];
}

/** A courtesy word at token i ("Mr.", "H.E.", "Sheikh"): its end token, or -1. */
export function honorificAt(tokens: Token[], i: number, T: Titles = EN()): number {
  if (!tokens[i]?.isWord) return -1;
  const m = T.honorifics.matchAt(tokens, i);
  if (!m) return -1;
  let end = m.tokenEnd;
  if (tokens[end]?.text === '.' && tokens[end].gap === 'none') end++;
  return end;
}

/** The end of a military rank at token i ("Gen.", "Lt. Gen.", "General"), else -1. */
export function rankAt(tokens: Token[], i: number, T: Titles = EN()): number {
  if (!/^\p{Lu}/u.test(tokens[i]?.text ?? '')) return -1;
  const head = headAt(tokens, i, T);
  if (!head) return -1;
  const words = tokens.slice(i, head[0]).filter((t) => t.isWord).map((t) => t.text.toLowerCase()).join(' ');
  return T.ranks.has(words) ? head[0] : -1;
}

/** Tokens a and a + 1 are the "'s" joined to the word before ("China's"; the tokenizer writes ’ as '). */
const possessiveAt = (tokens: Token[], a: number): boolean =>
  tokens[a]?.text === "'" && tokens[a].gap === 'none' && tokens[a + 1]?.text === 's' && tokens[a + 1].gap === 'none';

/** "Trump's special envoy": the word before a possessive in front of the office, if any. */
export function possessorOf(tokens: Token[], title: { tokenStart: number; headStart: number }): string | null {
  for (let k = title.tokenStart; k + 2 < title.headStart; k++) {
    if (tokens[k].isWord && isUpperInitial(tokens[k].text) && possessiveAt(tokens, k + 1)) return tokens[k].text;
  }
  return null;
}

export const isModifier = (w: string, T: Titles = EN()) => T.modifiers.has(w.toLowerCase());
export const isGovernmentWord = (w: string, T: Titles = EN()) => T.government.has(w.toLowerCase());

/** What the title finder needs to know about tokens it does not own. */
export interface TitleContext {
  /** Index of the country mention covering token i, or -1. */
  country: (i: number) => number;
  /** Index of the organisation mention covering token i, or -1. */
  org: (i: number) => number;
  /** Token i lies in a byline or credit. */
  credit: (i: number) => boolean;
  /** The vocabulary of the text's language (English when absent). */
  T?: Titles;
}

/**
 * Extends an office head leftwards over its qualifiers: modifiers, capitalised institution words,
 * country mentions and possessives ("China's top diplomat"). Returns the first token.
 */
export function extendLeft(tokens: Token[], headStart: number, ctx: TitleContext): number {
  const T = ctx.T ?? EN();
  let s = headStart;
  for (let steps = 0; steps < 10 && s > 0; steps++) {
    const j = s - 1;
    const t = tokens[j];
    if (tokens[s].gap === 'break' || ctx.credit(j)) break;
    // "China's" / "Trump's": a possessive joined to a capitalised word or a country.
    if (j >= 2 && possessiveAt(tokens, j - 1)) {
      const w = j - 2;
      if (tokens[w].isWord && (isUpperInitial(tokens[w].text) || ctx.country(w) >= 0)) {
        s = w;
        continue;
      }
      break;
    }
    // "the United States' ambassador", "the Philippines' foreign secretary": the plural possessive.
    if (t.text === "'" && t.gap === 'none' && tokens[s].gap !== 'none' && j > 0 && tokens[j - 1].isWord && /s$/.test(tokens[j - 1].text) && (ctx.country(j - 1) >= 0 || ctx.org(j - 1) >= 0 || isUpperInitial(tokens[j - 1].text))) {
      s = j - 1;
      continue;
    }
    const c = ctx.country(j) >= 0 ? ctx.country(j) : -1;
    if (c >= 0) {
      let k = j;
      while (k > 0 && ctx.country(k - 1) === c) k--;
      s = k;
      continue;
    }
    const o = ctx.org(j);
    if (o >= 0) {
      let k = j;
      while (k > 0 && ctx.org(k - 1) === o) k--;
      s = k;
      continue;
    }
    if (t.text === '-' && t.gap === 'none' && tokens[j - 1]?.isWord && isModifier(tokens[j - 1].text, T)) {
      s = j - 1;
      continue;
    }
    // "EU-Außenbeauftragte", "Nato-Generalsekretär", "US-Außenminister": a state or institution joined by a hyphen.
    if (t.text === '-' && t.gap === 'none' && tokens[s].gap === 'none' && j > 0 && (ctx.country(j - 1) >= 0 || ctx.org(j - 1) >= 0)) {
      s = j - 1;
      continue;
    }
    if (!t.isWord) break;
    const ok =
      isModifier(t.text, T) ||
      // "Mali's junta leader", "a Trump administration official": a government word in lower case.
      isGovernmentWord(t.text, T) ||
      (isUpperInitial(t.text) && t.text.length > 1 && (!isStopWord(t.text, T) || isGovernmentWord(t.text, T) || T.institutions.has(t.text)));
    if (!ok) break;
    s = j;
  }
  // Never start on a connective or a bare modifier that was really the end of the previous phrase.
  while (s < headStart && !tokens[s].isWord) s++;
  return s;
}

/**
 * Capitalised words that name a time, not an institution: "who became prime minister in October"
 * is no office "in October". English and German capitalise months and days.
 */
const CALENDAR = new Set(
  ('January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag').split(' '),
);

const chunkWord = (tokens: Token[], k: number, ctx: TitleContext) => {
  const t = tokens[k];
  if (!t || t.gap === 'break' || CALENDAR.has(t.text)) return false;
  if (ctx.country(k) >= 0 || ctx.org(k) >= 0) return true;
  if (!t.isWord) return t.text === '.' && t.gap === 'none' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '');
  // "porte-parole du gouvernement", "spokesman for the government": a government word in lower case.
  return isUpperInitial(t.text) || isModifier(t.text, ctx.T) || isGovernmentWord(t.text, ctx.T);
};

/**
 * Extends an office head rightwards over prepositional tails ("of the Communist Party of China
 * (CPC) Chongqing Municipal Committee", "to China", "on European Affairs"). Returns the end token.
 */
export function extendRight(tokens: Token[], headEnd: number, ctx: TitleContext): number {
  const T = ctx.T ?? EN();
  let e = postAdjectives(tokens, headEnd, ctx, T);
  for (let round = 0; round < 3; round++) {
    const p = tokens[e];
    if (!p || !T.prepositions.has(p.text) || p.gap !== 'space') break;
    let k = e + 1;
    if (tokens[k]?.text === 'the' && tokens[k].gap === 'space') k++;
    let last = -1;
    while (k < tokens.length && tokens[k].gap !== 'break') {
      const t = tokens[k];
      if (chunkWord(tokens, k, ctx)) {
        last = ++k;
        continue;
      }
      // "(CPC)": an acronym in brackets inside the name of an institution.
      if (t.text === '(' && tokens[k + 1]?.isWord && tokens[k + 2]?.text === ')' && tokens[k + 1].text === tokens[k + 1].text.toUpperCase()) {
        last = k += 3;
        continue;
      }
      if (t.text === "'" && tokens[k + 1]?.text === 's' && tokens[k + 1].gap === 'none') {
        last = k += 2;
        continue;
      }
      if (t.text === '-' && t.gap === 'none' && tokens[k + 1]?.isWord) {
        last = k += 2;
        continue;
      }
      const possessive = tokens[k + 2]?.text === "'" && tokens[k + 2].gap === 'none';
      if (t.isWord && T.connectives.has(t.text) && chunkWord(tokens, k + 1, ctx) && !(t.text === 'and' && (headAt(tokens, k + 1, T) || possessive))) {
        k++;
        continue;
      }
      break;
    }
    if (last < 0) break;
    e = postAdjectives(tokens, last, ctx, T);
  }
  return e;
}

/** "le président russe", "el ministro ruso de Exteriores": country adjectives and modifiers after a noun. */
function postAdjectives(tokens: Token[], e: number, ctx: TitleContext, T: Titles): number {
  if (!T.lex.postAdjectives) return e;
  while (e < tokens.length && tokens[e].gap === 'space') {
    const c = ctx.country(e);
    if (c >= 0) {
      while (ctx.country(e) === c) e++;
    } else if (tokens[e].isWord && !isUpperInitial(tokens[e].text) && isModifier(tokens[e].text, T)) e++;
    else break;
  }
  return e;
}

/** Tokens with what lies under them: the view a title phrase is built from. */
export interface TokenView {
  tokens: Token[];
  /** Country mention index per token, or -1. */
  country: Int32Array;
  /** Organisation mention index per token, or -1. */
  org: Int32Array;
  /** Per organisation mention: its state, or null for an international organisation. */
  orgCode: (string | null)[];
  /** 1 where the token lies in a byline or credit. */
  credit: Uint8Array;
  /** The country mentions, sorted by start. */
  countries: { start: number; end: number; code: string }[];
  /** The vocabulary of the text's language. */
  T: Titles;
}

export interface TitleInfo {
  tokenStart: number;
  tokenEnd: number;
  headStart: number;
  headEnd: number;
  headText: string;
  strength: Strength;
  /** The state served according to the title: a code, null (international organisation) or undefined (not said). */
  country: string | null | undefined;
  /** Countries the office is directed at ("Ambassador to China"): not the state served. */
  dest: string[];
  /** First token a name may start at when the tail runs into it ("... to China Selim Belortaja"). */
  nameStartHint: number;
}

const isAcronymWord = (w: string) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

export function contextOf(v: TokenView): TitleContext {
  return { country: (i) => v.country[i] ?? -1, org: (i) => v.org[i] ?? -1, credit: (i) => v.credit[i] === 1, T: v.T };
}

/** Builds the title phrase around the head at [headStart, headEnd), or null when it is no office. */
export function buildTitle(v: TokenView, headStart: number, headEnd: number, strength: Strength): TitleInfo | null {
  const { tokens, T } = v;
  const ctx = contextOf(v);
  const tokenStart = extendLeft(tokens, headStart, ctx);
  const tokenEnd = extendRight(tokens, headEnd, ctx);
  let hint = tokenEnd;
  for (let k = tokenEnd - 1; k >= headEnd; k--) {
    const t = tokens[k];
    const nameable = t.isWord && isUpperInitial(t.text) && !isStopWord(t.text, T) && v.country[k] < 0 && v.org[k] < 0 && !isAcronymWord(t.text);
    if (!nameable) break;
    hint = k;
  }
  // A name may start inside the tail only right after a country, an institution or its last word.
  const prev = tokens[hint - 1];
  if (hint < tokenEnd && !(v.country[hint - 1] >= 0 || v.org[hint - 1] >= 0 || (isUpperInitial(prev.text) && isStopWord(prev.text, T)) || (startsLower(prev.text) && isGovernmentWord(prev.text, T)))) hint = tokenEnd;
  if (hint === tokenEnd) hint = nameBeforeState(v, headEnd, tokenEnd);
  const codeAt = (k: number): string | null | undefined =>
    v.country[k] >= 0 ? v.countries[v.country[k]].code : v.org[k] >= 0 ? v.orgCode[v.org[k]] : undefined;
  let country: string | null | undefined;
  for (let k = tokenStart; k < headStart && country === undefined; k++) if (v.country[k] >= 0 || v.org[k] >= 0) country = codeAt(k);
  const dest: string[] = [];
  let prep = '';
  let governed = country !== undefined;
  for (let k = tokenStart; k < hint; k++) {
    const t = tokens[k];
    if ((k < headStart || k >= headEnd) && (isGovernmentWord(t.text, T) || (t.isWord && isAcronymWord(t.text)))) governed = true;
    if (k < headStart) continue;
    if (t.isWord && T.prepositions.has(t.text)) prep = t.text;
    if (v.country[k] < 0 && v.org[k] < 0) continue;
    governed = true;
    const code = codeAt(k);
    const idx = v.country[k] >= 0 ? v.country[k] : v.org[k];
    const first = k;
    while (k + 1 < hint && (v.country[k] >= 0 ? v.country[k + 1] === idx : v.org[k + 1] === idx)) k++;
    const subject = T.subjects.has(prep) && v.country[first] >= 0 && !(k + 1 < tokenEnd && (v.org[k + 1] >= 0 || isGovernmentWord(tokens[k + 1].text, T)));
    if (T.destinations.has(prep) || subject) {
      if (code) dest.push(code);
    } else if (country === undefined) country = code;
  }
  // "the country's leader": a state named before stands for it.
  const anaphor = lastStateNamed(v, tokenStart);
  if (strength === 'weak' && !governed && !anaphor) return null;
  if (corporate(v, tokenStart, headStart, tokens.slice(headStart, headEnd).map((t) => t.text).join(' '))) return null;
  // Up to where a name may start, else the whole phrase: "Governor of New York" reads "York" as a
  // possible name's first word.
  const words = (end: number) => tokens.slice(tokenStart, end).map((t) => t.text).join(' ');
  if (country === undefined) country = placeCountry(v, tokenStart, headStart, headEnd, tokenEnd);
  if (country === undefined) country = anaphor;
  if (country === undefined) country = officeCountry(words(hint), T) ?? (hint < tokenEnd ? officeCountry(words(tokenEnd), T) : undefined);
  return {
    tokenStart,
    tokenEnd,
    headStart,
    headEnd,
    headText: tokens.slice(headStart, headEnd).map((t) => t.text).join(' '),
    strength,
    country,
    dest,
    nameStartHint: hint,
  };
}

/**
 * "Minister of Foreign Affairs Ishaq Dar of Pakistan": an institution's capitalised words took in the
 * person and the state after them. Where the tail ends in "of <state>" after a full name that follows
 * the institution's last word, the name may start there; else the tail stays whole (tokenEnd).
 */
function nameBeforeState(v: TokenView, headEnd: number, tokenEnd: number): number {
  const { tokens, T } = v;
  let s = tokenEnd;
  const state = v.country[tokenEnd - 1];
  if (state < 0) return tokenEnd;
  while (s > headEnd && v.country[s - 1] === state) s--;
  if (tokens[s - 1]?.text !== 'of' || tokens[s - 1].gap !== 'space') return tokenEnd;
  const blocked = (i: number) => i >= s - 1 || v.country[i] >= 0 || v.org[i] >= 0;
  for (let k = headEnd + 2; k < s - 2; k++) {
    const prev = tokens[k - 1];
    if (!(isUpperInitial(prev.text) && isStopWord(prev.text, T)) || tokens[k].gap !== 'space') continue;
    const name = readName(tokens, k, blocked, T);
    if (name && name.parts.length >= 2 && name.tokenEnd === s - 1) return k;
  }
  return tokenEnd;
}

/** "Iran denied it. The country's foreign minister, ...": the state last named before "the country's". */
function lastStateNamed(v: TokenView, tokenStart: number): string | undefined {
  const { tokens, T } = v;
  const noun = tokens[tokenStart - 3];
  if (!noun || !possessiveAt(tokens, tokenStart - 2) || !T.lex.stateNouns?.includes(noun.text.toLowerCase())) return undefined;
  // The mentions are sorted: the last one before the noun, by halving.
  const cs = v.countries;
  const lo = firstWhere(cs.length, (i) => cs[i].end > noun.start);
  return lo > 0 ? cs[lo - 1].code : undefined;
}

/** Words a place name may have ("Nizhny Novgorod", "Khanty-Mansi", "St. Petersburg"). */
const MAX_PLACE_TOKENS = 5;

/**
 * The state of a city or region that qualifies the office ("Kharkiv Governor", "Beijing's ambassador",
 * "mayor of Kyiv"), not one it is directed to ("ambassador to Canberra"); the longest name wins.
 */
function placeCountry(v: TokenView, from: number, headStart: number, headEnd: number, to: number): string | undefined {
  const { tokens, T } = v;
  let prep = '';
  for (let k = from; k < to; k++) {
    if (k >= headStart && k < headEnd) continue;
    const t = tokens[k];
    if (k >= headEnd && t.isWord && T.prepositions.has(t.text)) prep = t.text;
    if (!t.isWord || !isUpperInitial(t.text) || T.destinations.has(prep) || T.subjects.has(prep)) continue;
    let code: string | undefined;
    let end = k;
    let key = '';
    for (let j = k; j < to && j < k + MAX_PLACE_TOKENS && !(j >= headStart && j < headEnd); j++) {
      key += (j > k && tokens[j].gap !== 'none' ? ' ' : '') + tokens[j].text;
      const c = placeState(T, key);
      if (c) [code, end] = [c, j + 1];
    }
    // "Santiago Peña's foreign minister": a place's name starting a person's is no place.
    const next = tokens[end];
    const named = !!next && end !== headStart && next.isWord && isUpperInitial(next.text) && v.country[end] < 0 && v.org[end] < 0 && !isGovernmentWord(next.text, T) && !isModifier(next.text, T);
    if (code && !named) return code;
  }
  return undefined;
}

/** The state an office name belongs to when the office exists in one state only ("Secretary of State" -> US). */
export function officeCountry(title: string, T: Titles = EN()): string | undefined {
  // Every title phrase of a text asks, often the same one: answers are kept per vocabulary.
  let cache = officeCache.get(T);
  if (!cache) officeCache.set(T, (cache = new Map()));
  if (cache.has(title)) return cache.get(title);
  if (cache.size >= 2000) cache.clear();
  const t = title.replace(/\s*\.\s*/g, ' ').replace(/\s*-\s*/g, '-');
  let code: string | undefined;
  for (const [re, c] of T.national) {
    if (re.test(t)) {
      code = c;
      break;
    }
  }
  cache.set(title, code);
  return code;
}
const officeCache = new WeakMap<Titles, Map<string, string | undefined>>();

/**
 * "Maxi Moving's Vice President", "Chongqing University President": a shared office qualified by a
 * proper name that is no country, state institution or government word belongs to a company or a
 * school, so it makes nobody an official.
 */
function corporate(v: TokenView, from: number, headStart: number, head: string): boolean {
  // Heads are their tokens joined by spaces: "Director - General" is the list's "director-general".
  if (!v.T.shared.has(head.toLowerCase().replace(/ - /g, '-'))) return false;
  let unknown = false;
  for (let k = from; k < headStart; k++) {
    const t = v.tokens[k];
    if (v.country[k] >= 0 || v.org[k] >= 0) return false;
    if (t.isWord && isUpperInitial(t.text) && !isModifier(t.text, v.T) && !isGovernmentWord(t.text, v.T)) unknown = true;
  }
  return unknown;
}
