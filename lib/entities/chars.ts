// Unicode character classes by code point, looked up in a table instead of testing a `\p{...}`
// regex on each word: the tokenizer and the name rules ask about every character and every word of
// a page, and most pages use a few dozen distinct characters. Each code point is classified once,
// with the very regexes the rules are written in, so a table answer is always the regex answer.

/** Han, Hiragana or Katakana: one token per character. */
export const HAN = 1;
/** [\p{L}\p{M}\p{N}] outside Han and kana: part of a word token. */
export const WORD = 2;
/** \s */
export const SPACE = 4;
/** \p{L} */
export const LETTER = 8;
/** \p{Lu} */
export const UPPER = 16;
/** \p{Ll} */
export const LOWER = 32;
const KNOWN = 128;

const HAN_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LOWER_RE = /^\p{Ll}$/u;

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  let f = KNOWN;
  if (HAN_RE.test(s)) f |= HAN;
  else if (WORD_RE.test(s)) f |= WORD;
  if (SPACE_RE.test(s)) f |= SPACE;
  if (LETTER_RE.test(s)) f |= LETTER;
  if (UPPER_RE.test(s)) f |= UPPER;
  if (LOWER_RE.test(s)) f |= LOWER;
  return f;
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The class bits of a code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const f = bmp[cp];
    if (f) return f;
    return (bmp[cp] = classify(cp));
  }
  let f = astral.get(cp);
  if (f === undefined) astral.set(cp, (f = classify(cp)));
  return f;
}

/** The code point at UTF-16 index i (a lone surrogate stands for itself). */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** /^\p{Lu}/u.test(s) */
export function startsUpper(s: string): boolean {
  if (!s.length) return false;
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return (classOf(codePointAt(s, 0)) & UPPER) !== 0;
}

/** /^\p{Ll}/u.test(s) */
export function startsLower(s: string): boolean {
  if (!s.length) return false;
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return (classOf(codePointAt(s, 0)) & LOWER) !== 0;
}

/** /^\p{Lu}$/u.test(s): one upper-case letter. */
export function isOneUpper(s: string): boolean {
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
    return (classOf(c) & UPPER) !== 0;
  }
  if (s.length !== 2) return false;
  const cp = codePointAt(s, 0);
  return cp > 0xffff && (classOf(cp) & UPPER) !== 0;
}
