// A word-level phrase matcher: compile (phrase -> value) pairs once into tries, then find every
// phrase in a text in one pass, longest match first. Country names and office titles both need
// this; a regex alternation over hundreds of names would be rebuilt or backtrack on every page.
import { classOf, codePointAt, HAN, SPACE, WORD } from './chars';
import { addFirstWord, currentScope, lowerCase, mayStart, mayStartFlags, nextMatcherId } from './token-scope';

/** How a phrase's letters must match the text. */
export type CaseMode =
  /** Exactly as written ("US" but not "us"). */
  | 'exact'
  /** As written, or the whole phrase in capitals ("China" and "CHINA", never "china"). */
  | 'upper'
  /** Any case ("foreign minister", "Foreign Minister"). */
  | 'fold';

export interface PhraseEntry<V> {
  phrase: string;
  value: V;
  /** Defaults to the matcher's `defaultCase`. */
  caseMode?: CaseMode;
}

/** What separates a token from the one before it. */
export type Gap = 'none' | 'space' | 'break';

export interface Token {
  start: number;
  end: number;
  /** The token with apostrophes and hyphen-like dashes normalised ("’" -> "'", "–" -> "-"). */
  text: string;
  gap: Gap;
  isWord: boolean;
}

export interface Match<V> {
  start: number;
  end: number;
  value: V;
  /** Token index range [tokenStart, tokenEnd) in the scan's tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Scan<V> {
  tokens: Token[];
  matches: Match<V>[];
}

// Words are runs of letters, marks and digits; every other visible character is its own token, so
// "U.S.-backed" is U . S . - backed and phrase boundaries always fall on word boundaries. Han and
// kana characters are one token each, since those scripts put no spaces between words. The
// characters are classified through a table (./chars), the same classes as the regex
// /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|((?:(?!Han|kana)[\p{L}\p{M}\p{N}])+)|[^\s\p{L}\p{M}\p{N}]/gu.

function normalisePunct(tok: string): string {
  if (tok === '’' || tok === '‘' || tok === 'ʼ' || tok === '`') return "'";
  if (tok === '‐' || tok === '‑' || tok === '‒' || tok === '–') return '-';
  return tok;
}

// ASCII classes, the common case: 1 word character, 2 space, 0 anything else.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const f = classOf(c);
  ASCII[c] = f & WORD ? 1 : f & SPACE ? 2 : 0;
}

/** Splits text into word and punctuation tokens with UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  // Line feeds skipped since the last token: two end a paragraph (a 'break'), which phrases never cross.
  let newlines = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls: number;
    let len = 1;
    if (c < 128) {
      const a = ASCII[c];
      if (a === 2) {
        if (c === 10) newlines++;
        i++;
        continue;
      }
      cls = a === 1 ? WORD : 0;
    } else {
      const cp = codePointAt(text, i);
      if (cp > 0xffff) len = 2;
      cls = classOf(cp);
      if (cls & SPACE) {
        i += len;
        continue;
      }
    }
    const start = i;
    i += len;
    if (cls & WORD) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII[d] !== 1) break;
          i++;
          continue;
        }
        const cp = codePointAt(text, i);
        if (!(classOf(cp) & WORD)) break;
        i += cp > 0xffff ? 2 : 1;
      }
    }
    const isWord = (cls & (WORD | HAN)) !== 0;
    const raw = text.slice(start, i);
    const gap: Gap = start === prevEnd ? 'none' : newlines >= 2 ? 'break' : 'space';
    newlines = 0;
    out.push({ start, end: i, text: isWord ? raw : normalisePunct(raw), gap, isWord });
    prevEnd = i;
  }
  return out;
}

// A trie node's children are keyed by token text, split by the gap before the token, so "South
// Korea" needs a space and "Guinea-Bissau" needs none (a root's children hold first tokens in `sp`).
// Most nodes are leaves: their maps are made when a first child comes (a content script builds the
// tries anew on each page, and thousands of empty maps were much of that cost).
export interface TrieNode<V> {
  sp: Map<string, TrieNode<V>> | null;
  nn: Map<string, TrieNode<V>> | null;
  value: V | undefined;
  has: boolean;
  /**
   * On a first word, what its branch still needs, done when a text has the word: in the capitals
   * trie, its phrases to add (see PhraseMatcher.defer), as tokens or, when unpacked, as text; in an
   * unpacked trie (./packed-trie), a function that reads the branch into the node.
   */
  pending: [Token[] | string, V][] | ((node: TrieNode<V>) => void) | null;
}
type Node<V> = TrieNode<V>;

/** A matcher's three tries, by how their phrases compare with the text. */
export type Tries<V> = Record<CaseMode, TrieNode<V>>;

export const newNode = <V>(): Node<V> => ({ sp: null, nn: null, value: undefined, has: false, pending: null });

/** Lower-cased token texts per token list, for every matcher that folds by lower case. */
const lowerFolded = new WeakMap<Token[], string[]>();

export interface MatcherOptions {
  defaultCase?: CaseMode;
  /** How 'fold' entries and text are compared; lower case by default (Arabic folds letter variants). */
  fold?: (s: string) => string;
  /**
   * Readings of a phrase's first word without an attached particle (Arabic "وسوريا" -> "سوريا"):
   * [the word without it, its length in UTF-16 units]. The match then starts after the particle.
   */
  clitics?: (word: string) => [string, number][];
}

const toUpper = (s: string) => s.toUpperCase();

/** Compiled once; `scan` is then a single left-to-right pass with leftmost-longest matches. */
export class PhraseMatcher<V> {
  private readonly tries: Tries<V>;
  private hasUpper = false;
  private hasFold = false;
  private readonly id = nextMatcherId();
  /** Per token list (one text) outside withTokens: each token's match, once asked for. */
  private readonly memo = new WeakMap<Token[], (Match<V> | null | undefined)[]>();
  private readonly folded = new WeakMap<Token[], string[]>();
  private readonly fold: (s: string) => string;
  private readonly clitics?: (word: string) => [string, number][];
  /** The value of the phrase `walk` last found (returned beside its end, without a tuple). */
  private found: V | undefined;
  /** Are all its first words in firstWords as the text or its lower case? (not so for other folds) */
  private readonly filtered: boolean;

  /**
   * `tries`: ones built before (./packed-trie unpacks them), in place of the entries'. Their first
   * words must have been passed to addFirstWord.
   */
  constructor(entries: Iterable<PhraseEntry<V>>, opts: MatcherOptions = {}, tries?: Tries<V>) {
    const def = opts.defaultCase ?? 'exact';
    const fold = (this.fold = opts.fold ?? lowerCase);
    this.clitics = opts.clitics;
    this.filtered = fold === lowerCase && !opts.clitics;
    this.tries = tries ?? { exact: newNode(), upper: newNode(), fold: newNode() };
    if (tries) {
      this.hasUpper = !!tries.upper.sp?.size;
      this.hasFold = !!tries.fold.sp?.size;
      return;
    }
    for (const e of entries) {
      const mode = e.caseMode ?? def;
      const toks = tokenize(e.phrase);
      this.add(this.tries.exact, toks, e.value, (s) => s);
      if (mode === 'upper') this.defer(toks, e.value);
      if (mode === 'fold') this.add(this.tries.fold, toks, e.value, fold);
      if (mode === 'upper') this.hasUpper = true;
      if (mode === 'fold') this.hasFold = true;
    }
  }

  /**
   * A phrase for the capitals trie waits on its first word's node until a text has that word: most
   * capitals phrases never meet theirs on a page (headlines in capitals are rare), and each page's
   * content script compiles its tries afresh, where this trie was half the country matcher's build.
   */
  private defer(toks: Token[], value: V): void {
    if (toks.length === 0) return;
    const root = this.tries.upper;
    const first = toUpper(toks[0].text);
    let node = (root.sp ??= new Map()).get(first);
    if (!node) {
      root.sp.set(first, (node = newNode<V>()));
      addFirstWord(first);
    }
    (node.pending ??= []).push([toks, value]);
  }

  /** Reads an unpacked branch, or adds the phrases waiting on a capitals first word in their order (so the first reading still wins). */
  private complete(node: Node<V>): void {
    const pending = node.pending as NonNullable<Node<V>['pending']>;
    node.pending = null;
    if (typeof pending === 'function') return pending(node);
    for (const [toks, value] of pending) this.add(this.tries.upper, typeof toks === 'string' ? tokenize(toks) : toks, value, toUpper);
  }

  /** The tries, for packing them at build time (./packed-trie). */
  get trieRoots(): Readonly<Tries<V>> {
    return this.tries;
  }

  private add(root: Node<V>, toks: Token[], value: V, norm: (s: string) => string) {
    if (toks.length === 0) return;
    let node = root;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const key = norm(t.text);
      if (i === 0) addFirstWord(key);
      const next = i > 0 && t.gap === 'none' ? (node.nn ??= new Map()) : (node.sp ??= new Map());
      let child = next.get(key);
      if (!child) next.set(key, (child = newNode()));
      node = child;
    }
    // The first entry for a phrase wins, so callers list preferred readings first.
    if (!node.has) {
      node.has = true;
      node.value = value;
    }
  }

  /** The tokens' texts in folded case, computed once per token list (and shared by lower-casing matchers). */
  private foldedOf(tokens: Token[]): string[] {
    const s = currentScope();
    if (s !== null && s.tokens === tokens) return this.fold === lowerCase ? s.lower : (s.folded[this.id] ??= new Array<string>(tokens.length));
    const cache = this.fold === lowerCase ? lowerFolded : this.folded;
    let f = cache.get(tokens);
    if (!f) cache.set(tokens, (f = new Array<string>(tokens.length)));
    return f;
  }

  /**
   * Longest phrase starting at token i in one trie, whose first token reads `first`: its end token
   * index (the value in this.found), or -1.
   */
  private walk(root: Node<V>, tokens: Token[], i: number, folded: string[] | null, first: string): number {
    let node = root.sp?.get(first);
    if (node === undefined) return -1;
    if (node.pending !== null) this.complete(node);
    let best = -1;
    if (node.has) {
      best = i + 1;
      this.found = node.value;
    }
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.gap === 'break') break;
      const key = folded !== null ? (folded[j] ??= this.fold(t.text)) : t.text;
      node = t.gap === 'none' ? node.nn?.get(key) : node.sp?.get(key);
      if (node === undefined) break;
      if (node.has) {
        best = j + 1;
        this.found = node.value;
      }
    }
    return best;
  }

  /** The longest phrase starting at token i, preferring exact case over capitals over folded case. */
  matchAt(tokens: Token[], i: number): Match<V> | null {
    const s = currentScope();
    let at: (Match<V> | null | undefined)[];
    if (s !== null && s.tokens === tokens) {
      if (this.filtered && !mayStart(s, i)) return null;
      at = (s.memos[this.id] ??= new Array(tokens.length)) as (Match<V> | null | undefined)[];
    } else {
      let a = this.memo.get(tokens);
      if (!a) this.memo.set(tokens, (a = new Array(tokens.length)));
      at = a;
    }
    let m = at[i];
    if (m === undefined) at[i] = m = this.computeMatchAt(tokens, i);
    return m;
  }

  private computeMatchAt(tokens: Token[], i: number): Match<V> | null {
    let end = this.longest(tokens, i);
    let value = this.best;
    let cut = 0;
    if (this.clitics && tokens[i].isWord) {
      for (const [word, n] of this.clitics(tokens[i].text)) {
        const e = this.longest(tokens, i, word);
        if (e >= 0 && e > end) {
          end = e;
          value = this.best;
          cut = n;
        }
      }
    }
    if (end < 0) return null;
    return { start: tokens[i].start + cut, end: tokens[end - 1].end, value: value as V, tokenStart: i, tokenEnd: end };
  }

  /** The value of the phrase `longest` last found. */
  private best: V | undefined;

  /** End token of the longest phrase at token i (its value in this.best), or -1; `first`: another reading of token i. */
  private longest(tokens: Token[], i: number, first?: string): number {
    const text = first ?? tokens[i].text;
    let end = this.walk(this.tries.exact, tokens, i, null, text);
    let value = this.found;
    if (this.hasUpper) {
      const up = this.walk(this.tries.upper, tokens, i, null, text);
      if (up >= 0 && up > end) {
        end = up;
        value = this.found;
      }
    }
    if (this.hasFold) {
      const folded = this.foldedOf(tokens);
      const key = first !== undefined ? this.fold(first) : (folded[i] ??= this.fold(text));
      const lo = this.walk(this.tries.fold, tokens, i, folded, key);
      if (lo >= 0 && lo > end) {
        end = lo;
        value = this.found;
      }
    }
    this.best = value;
    return end;
  }

  /** Tokens and the leftmost-longest, non-overlapping matches, sorted by start (`tokens`: the text's, when already split). */
  scan(text: string, tokens: Token[] = tokenize(text)): Scan<V> {
    const matches: Match<V>[] = [];
    const s = currentScope();
    // Most tokens start no phrase: passed over without a call.
    const flags = this.filtered && s !== null && s.tokens === tokens ? mayStartFlags(s) : null;
    for (let i = 0; i < tokens.length; ) {
      if (flags !== null && flags[i] === 0) {
        i++;
        continue;
      }
      const m = this.matchAt(tokens, i);
      if (m) {
        matches.push(m);
        i = m.tokenEnd;
      } else i++;
    }
    return { tokens, matches };
  }

  find(text: string): Match<V>[] {
    return this.scan(text).matches;
  }
}
