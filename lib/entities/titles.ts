// Office titles in running text: the head noun ("Minister", "Ambassador", "Lt. Col."), the words
// that qualify it on the left ("Albanian", "former", "China's top") and the prepositional tail on
// the right ("of the CPC Chongqing Municipal Committee", "to China"). The head words come from one
// compiled trie (data/titles.en.ts), so a page is scanned once whatever the size of the lexicon.
import { PhraseMatcher, type Token } from './matcher';
import { isStopWord, isUpperInitial } from './names';
import {
  ABBREVIATIONS, GOVERNMENT_WORDS, HONORIFICS, MODIFIERS, NATIONAL_OFFICES, STRONG_HEADS, UPPER_HEADS,
  WEAK_HEADS,
} from './data/titles.en';

export type Strength = 'strong' | 'weak';

let heads: PhraseMatcher<Strength> | null = null;
let honorifics: PhraseMatcher<true> | null = null;
const modifiers = new Set(MODIFIERS);
const governmentWords = new Set(GOVERNMENT_WORDS);

/** "lt col" -> "Lt Col", "Lt. Col", "Lt Col.", "Lt. Col.": every dotted spelling of an abbreviation. */
function dotted(phrase: string): string[] {
  let out = [''];
  for (const w of phrase.split(' ')) {
    const cap = w[0].toUpperCase() + w.slice(1);
    out = out.flatMap((p) => [p + (p ? ' ' : '') + cap, p + (p ? ' ' : '') + cap + '.']);
  }
  return out;
}

function headMatcher(): PhraseMatcher<Strength> {
  if (heads) return heads;
  const entries: { phrase: string; value: Strength; caseMode?: 'exact' | 'fold' }[] = [];
  for (const p of STRONG_HEADS) entries.push({ phrase: p, value: 'strong', caseMode: 'fold' });
  for (const p of UPPER_HEADS) entries.push({ phrase: p, value: 'strong', caseMode: 'exact' });
  for (const a of ABBREVIATIONS) for (const p of dotted(a)) entries.push({ phrase: p, value: 'strong', caseMode: 'exact' });
  for (const p of WEAK_HEADS) entries.push({ phrase: p, value: 'weak', caseMode: 'fold' });
  heads = new PhraseMatcher(entries);
  return heads;
}

function honorificMatcher(): PhraseMatcher<true> {
  if (honorifics) return honorifics;
  // "h e" is written "H.E." or "H. E."; the others are words, capitalised, with or without a stop.
  const spell = (h: string) => (/^\p{L} \p{L}$/u.test(h) ? [h.toUpperCase().replace(' ', '.') + '.', h.toUpperCase().replace(' ', '. ') + '.'] : dotted(h));
  const entries = HONORIFICS.flatMap((h) => spell(h).map((p) => ({ phrase: p, value: true as const })));
  honorifics = new PhraseMatcher(entries, { defaultCase: 'exact' });
  return honorifics;
}

/** An office head at token i: [end token, strength] or null. */
export function headAt(tokens: Token[], i: number): [number, Strength] | null {
  if (!tokens[i]?.isWord) return null;
  const m = headMatcher().matchAt(tokens, i);
  if (!m) return null;
  // "Gen." is one token plus its full stop; keep the stop inside the head.
  let end = m.tokenEnd;
  if (tokens[end]?.text === '.' && tokens[end].gap === 'none' && isUpperInitial(tokens[end - 1].text) && tokens[end - 1].text.length <= 5 && tokens[end + 1] && tokens[end + 1].gap !== 'break') end++;
  return [end, m.value];
}

/** A courtesy word at token i ("Mr.", "H.E.", "Sheikh"): its end token, or -1. */
export function honorificAt(tokens: Token[], i: number): number {
  if (!tokens[i]?.isWord) return -1;
  const m = honorificMatcher().matchAt(tokens, i);
  if (!m) return -1;
  let end = m.tokenEnd;
  if (tokens[end]?.text === '.' && tokens[end].gap === 'none') end++;
  return end;
}

export const isModifier = (w: string) => modifiers.has(w.toLowerCase());
export const isGovernmentWord = (w: string) => governmentWords.has(w.toLowerCase());

/** What the title finder needs to know about tokens it does not own. */
export interface TitleContext {
  /** Index of the country mention covering token i, or -1. */
  country: (i: number) => number;
  /** Index of the organisation mention covering token i, or -1. */
  org: (i: number) => number;
  /** Token i lies in a byline or credit. */
  credit: (i: number) => boolean;
}

const PREPOSITIONS = new Set(['of', 'for', 'to', 'on', 'at', 'in']);
const CONNECTIVES = new Set(['of', 'and', 'the', 'for', 'on', '&']);

/**
 * Extends an office head leftwards over its qualifiers: modifiers, capitalised institution words,
 * country mentions and possessives ("China's top diplomat"). Returns the first token.
 */
export function extendLeft(tokens: Token[], headStart: number, ctx: TitleContext): number {
  let s = headStart;
  for (let steps = 0; steps < 10 && s > 0; steps++) {
    const j = s - 1;
    const t = tokens[j];
    if (tokens[s].gap === 'break' || ctx.credit(j)) break;
    // "China's" / "Trump's": a possessive joined to a capitalised word or a country.
    if (t.text === 's' && tokens[j - 1]?.text === "'" && t.gap === 'none' && j >= 2 && tokens[j - 1].gap === 'none') {
      const w = j - 2;
      if (tokens[w].isWord && (isUpperInitial(tokens[w].text) || ctx.country(w) >= 0)) {
        s = w;
        continue;
      }
      break;
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
    if (t.text === '-' && t.gap === 'none' && tokens[j - 1]?.isWord && isModifier(tokens[j - 1].text)) {
      s = j - 1;
      continue;
    }
    if (!t.isWord) break;
    const ok =
      isModifier(t.text) ||
      (isUpperInitial(t.text) && t.text.length > 1 && (!isStopWord(t.text) || isGovernmentWord(t.text) || INSTITUTION_NOUNS.has(t.text)));
    if (!ok) break;
    s = j;
  }
  // Never start on a connective or a bare modifier that was really the end of the previous phrase.
  while (s < headStart && !tokens[s].isWord) s++;
  return s;
}

const chunkWord = (tokens: Token[], k: number, ctx: TitleContext) => {
  const t = tokens[k];
  if (!t || t.gap === 'break') return false;
  if (ctx.country(k) >= 0 || ctx.org(k) >= 0) return true;
  if (!t.isWord) return t.text === '.' && t.gap === 'none' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '');
  return isUpperInitial(t.text) || isModifier(t.text);
};

/**
 * Extends an office head rightwards over prepositional tails ("of the Communist Party of China
 * (CPC) Chongqing Municipal Committee", "to China", "on European Affairs"). Returns the end token.
 */
export function extendRight(tokens: Token[], headEnd: number, ctx: TitleContext): number {
  let e = headEnd;
  for (let round = 0; round < 3; round++) {
    const p = tokens[e];
    if (!p || !PREPOSITIONS.has(p.text) || p.gap !== 'space') break;
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
      if (t.isWord && CONNECTIVES.has(t.text) && chunkWord(tokens, k + 1, ctx) && !(t.text === 'and' && (headAt(tokens, k + 1) || possessive))) {
        k++;
        continue;
      }
      break;
    }
    if (last < 0) break;
    e = last;
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

const DESTINATION = new Set(['to', 'in', 'at']);
const isAcronymWord = (w: string) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

export function contextOf(v: TokenView): TitleContext {
  return { country: (i) => v.country[i] ?? -1, org: (i) => v.org[i] ?? -1, credit: (i) => v.credit[i] === 1 };
}

/** Builds the title phrase around the head at [headStart, headEnd), or null when it is no office. */
export function buildTitle(v: TokenView, headStart: number, headEnd: number, strength: Strength): TitleInfo | null {
  const { tokens } = v;
  const ctx = contextOf(v);
  const tokenStart = extendLeft(tokens, headStart, ctx);
  const tokenEnd = extendRight(tokens, headEnd, ctx);
  let hint = tokenEnd;
  for (let k = tokenEnd - 1; k >= headEnd; k--) {
    const t = tokens[k];
    const nameable = t.isWord && isUpperInitial(t.text) && !isStopWord(t.text) && v.country[k] < 0 && v.org[k] < 0 && !isAcronymWord(t.text);
    if (!nameable) break;
    hint = k;
  }
  // A name may start inside the tail only right after a country, an institution or its last word.
  const prev = tokens[hint - 1];
  if (hint < tokenEnd && !(v.country[hint - 1] >= 0 || v.org[hint - 1] >= 0 || (isUpperInitial(prev.text) && isStopWord(prev.text)))) hint = tokenEnd;
  const codeAt = (k: number): string | null | undefined =>
    v.country[k] >= 0 ? v.countries[v.country[k]].code : v.org[k] >= 0 ? v.orgCode[v.org[k]] : undefined;
  let country: string | null | undefined;
  for (let k = tokenStart; k < headStart && country === undefined; k++) if (v.country[k] >= 0 || v.org[k] >= 0) country = codeAt(k);
  const dest: string[] = [];
  let prep = '';
  let governed = country !== undefined;
  for (let k = tokenStart; k < hint; k++) {
    const t = tokens[k];
    if ((k < headStart || k >= headEnd) && (isGovernmentWord(t.text) || (t.isWord && isAcronymWord(t.text)))) governed = true;
    if (k < headStart) continue;
    if (t.isWord && PREPOSITIONS.has(t.text)) prep = t.text;
    if (v.country[k] < 0 && v.org[k] < 0) continue;
    governed = true;
    const code = codeAt(k);
    if (DESTINATION.has(prep)) {
      if (code) dest.push(code);
    } else if (country === undefined) country = code;
    const idx = v.country[k] >= 0 ? v.country[k] : v.org[k];
    while (k + 1 < hint && (v.country[k] >= 0 ? v.country[k + 1] === idx : v.org[k + 1] === idx)) k++;
  }
  if (strength === 'weak' && !governed) return null;
  if (corporate(v, tokenStart, headStart, tokens.slice(headStart, headEnd).map((t) => t.text).join(' '))) return null;
  if (country === undefined) country = officeCountry(tokens.slice(tokenStart, hint).map((t) => t.text).join(' '));
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

const nationalOffices = NATIONAL_OFFICES.map(([p, code]) => [new RegExp(`(?:^|\\s)${p}(?:$|\\s)`, 'i'), code] as const);

/** The state an office name belongs to when the office exists in one state only ("Secretary of State" -> US). */
export function officeCountry(title: string): string | undefined {
  const t = title.replace(/\s*\.\s*/g, ' ').replace(/\s*-\s*/g, '-');
  for (const [re, code] of nationalOffices) if (re.test(t)) return code;
  return undefined;
}

/** Nouns that name companies, schools and clubs: their offices are not public ones. */
const INSTITUTION_NOUNS = new Set(['University', 'College', 'Institute', 'Institution', 'Company', 'Corporation', 'Corp', 'Inc', 'Foundation', 'Group', 'Bank', 'Center', 'Centre', 'Club', 'Association', 'Society', 'School', 'Hospital', 'Museum', 'Fund', 'Trust', 'Holdings', 'Airlines', 'Motors', 'Times', 'News', 'Post', 'Journal']);

/** Offices that companies, universities and clubs have too. */
const SHARED_OFFICES = new Set(['president', 'vice president', 'vice-president', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'head', 'general', 'executive', 'treasurer', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'official', 'officer']);

/**
 * "Maxi Moving's Vice President", "Chongqing University President": a shared office qualified by a
 * proper name that is no country, state institution or government word belongs to a company or a
 * school, so it makes nobody an official.
 */
function corporate(v: TokenView, from: number, headStart: number, head: string): boolean {
  if (!SHARED_OFFICES.has(head.toLowerCase())) return false;
  let unknown = false;
  for (let k = from; k < headStart; k++) {
    const t = v.tokens[k];
    if (v.country[k] >= 0 || v.org[k] >= 0) return false;
    if (t.isWord && isUpperInitial(t.text) && !isModifier(t.text) && !isGovernmentWord(t.text)) unknown = true;
  }
  return unknown;
}
