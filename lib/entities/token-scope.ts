// What the phrase matchers keep about one recognition's tokens (matcher.ts): memos of their answers,
// lower-cased token texts, and which tokens may start a phrase at all. Kept in one object for the
// duration of withTokens, so that nothing of a page outlives its analysis.
import type { Token } from './matcher';

export const lowerCase = (s: string) => s.toLowerCase();

// Every matcher is asked about the same tokens many times (each title and honorific look-up), so
// answers are memoised per token list. Inside withTokens (one recognition) the memos sit in one
// plain object, reached without a WeakMap or WeakRef look-up per question and dropped when the
// recognition ends; outside it they are kept in WeakMaps keyed by the token list.
export interface TokenScope {
  tokens: Token[];
  /** Per matcher id: each token's match, once asked for. */
  memos: unknown[][];
  /** Lower-cased token texts, shared by the matchers that fold by lower case. */
  lower: string[];
  /** Per matcher id: token texts in that matcher's own fold. */
  folded: string[][];
  /** Per token: 1 when its text or lower case is some phrase's first word (see mayStartFlags). */
  mayStart: Uint8Array;
  /** firstWords.size when mayStart was filled (a matcher compiled since then may add words); -1 before. */
  known: number;
}
let scope: TokenScope | null = null;
let nextId = 0;

/** The scope of the recognition under way, or null. */
export const currentScope = (): TokenScope | null => scope;
/** A number per matcher: its memos' index in a scope. */
export const nextMatcherId = (): number => nextId++;

// Most tokens start no phrase in any matcher. One look-up per token in the first words of all
// matchers answers that for all of them, instead of one trie look-up per matcher and case.
const firstWords = new Set<string>();

// Looking a token up in firstWords hashes its text, most of this check's cost. A table of the first
// words' shapes turns most tokens away before that: the first, second and last characters (ASCII
// case folded) and the length. A token and its lower case have one shape, unless one of those
// characters is not ASCII (the token is then looked up) or the token holds an İ, whose lower case
// is two units long (a first word holding i + U+0307 is entered with each shorter length too).
// One bit per shape (8 KB): the content script holds it on every page.
const shapes = new Uint8Array(1 << 13);
const hasShape = (k: number) => (shapes[k >> 3] & (1 << (k & 7))) !== 0;

function shapeOf(w: string, n = w.length): number {
  const a = w.charCodeAt(0) | 32;
  const b = w.length > 1 ? w.charCodeAt(1) | 32 : 0;
  const z = w.charCodeAt(w.length - 1) | 32;
  if ((a | b | z) >= 128) return -1;
  return ((a * 1031 + b * 37 + z) * (7 + (n & 31) * 131)) & 0xffff;
}

/** Called by each matcher for the first word of each of its phrases, as its tries key it. */
export const addFirstWord = (w: string): void => {
  firstWords.add(w);
  // Thousands of first words arrive with each pack; a word without U+0307 (nearly all) is split for nothing.
  let dots = w.includes('\u0307') ? w.split('\u0307').length - 1 : 0;
  for (let n = w.length; dots >= 0; n--, dots--) {
    const k = shapeOf(w, n);
    if (k >= 0) shapes[k >> 3] |= 1 << (k & 7);
  }
};

/**
 * Per token: 1 when its text or lower case is some phrase's first word, else 0. Filled for every
 * token at once, in one loop rather than a call per question (in a page's first analyses the code
 * is not yet optimised, and calls cost most), and again when a matcher compiled since has added
 * first words.
 */
export function mayStartFlags(s: TokenScope): Uint8Array {
  if (s.known !== firstWords.size) {
    s.known = firstWords.size;
    const { tokens, lower, mayStart } = s;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i].text;
      const k = shapeOf(t);
      if (k >= 0 && !hasShape(k)) {
        mayStart[i] = 0;
        continue;
      }
      let l = lower[i];
      if (l === undefined) lower[i] = l = hasNoAsciiUpper(t) ? t : lowerCase(t);
      mayStart[i] = firstWords.has(t) || (l !== t && firstWords.has(l)) ? 1 : 0;
    }
  }
  return s.mayStart;
}

/** Can token i start a phrase of a matcher whose first words are compared as written or in lower case? */
export const mayStart = (s: TokenScope, i: number): boolean => mayStartFlags(s)[i] === 1;

/** An ASCII text without capitals is its own lower case (most words): no copy is made for it. */
function hasNoAsciiUpper(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Runs fn with the matchers' memos for `tokens` held directly (faster), released when fn returns. */
export function withTokens<R>(tokens: Token[], fn: () => R): R {
  const outer = scope;
  scope = { tokens, memos: [], lower: new Array<string>(tokens.length), folded: [], mayStart: new Uint8Array(tokens.length), known: -1 };
  try {
    return fn();
  } finally {
    scope = outer;
  }
}

