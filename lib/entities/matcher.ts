// A word-level phrase matcher: compile (phrase -> value) pairs once into tries, then find every
// phrase in a text in one pass, longest match first. Country names and office titles both need
// this; a regex alternation over hundreds of names would be rebuilt or backtrack on every page.

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
// kana characters are one token each, since those scripts put no spaces between words.
const TOKEN_RE = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+)|[^\s\p{L}\p{M}\p{N}]/gu;

function normalisePunct(tok: string): string {
  if (tok === '’' || tok === '‘' || tok === 'ʼ' || tok === '`') return "'";
  if (tok === '‐' || tok === '‑' || tok === '‒' || tok === '–') return '-';
  return tok;
}

// Two line breaks between tokens end a paragraph; phrases never cross one.
function gapBetween(text: string, from: number, to: number): Gap {
  if (to === from) return 'none';
  let nl = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++nl === 2) return 'break';
  return 'space';
}

/** Splits text into word and punctuation tokens with UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const isWord = m[1] !== undefined || m[2] !== undefined;
    out.push({ start, end, text: isWord ? m[0] : normalisePunct(m[0]), gap: gapBetween(text, prevEnd, start), isWord });
    prevEnd = end;
  }
  return out;
}

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
  has: boolean;
}

const newNode = <V>(): Node<V> => ({ next: new Map(), has: false });

// A trie edge key carries the gap before the token, so "South Korea" needs a space and
// "Guinea-Bissau" needs none.
const edgeKey = (tok: string, gap: Gap, first: boolean) => (first ? tok : (gap === 'none' ? '' : ' ') + tok);

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

/** Compiled once; `scan` is then a single left-to-right pass with leftmost-longest matches. */
export class PhraseMatcher<V> {
  private readonly tries: Record<CaseMode, Node<V>> = { exact: newNode(), upper: newNode(), fold: newNode() };
  private readonly used = new Set<CaseMode>();
  private readonly fold: (s: string) => string;
  private readonly clitics?: (word: string) => [string, number][];

  constructor(entries: Iterable<PhraseEntry<V>>, opts: MatcherOptions = {}) {
    const def = opts.defaultCase ?? 'exact';
    const fold = (this.fold = opts.fold ?? ((s) => s.toLowerCase()));
    this.clitics = opts.clitics;
    for (const e of entries) {
      const mode = e.caseMode ?? def;
      const toks = tokenize(e.phrase);
      this.add(this.tries.exact, toks, e.value, (s) => s);
      if (mode === 'upper') this.add(this.tries.upper, toks, e.value, (s) => s.toUpperCase());
      if (mode === 'fold') this.add(this.tries.fold, toks, e.value, fold);
      if (mode !== 'exact') this.used.add(mode);
    }
  }

  private add(root: Node<V>, toks: Token[], value: V, norm: (s: string) => string) {
    if (toks.length === 0) return;
    let node = root;
    toks.forEach((t, i) => {
      const key = edgeKey(norm(t.text), t.gap, i === 0);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    });
    // The first entry for a phrase wins, so callers list preferred readings first.
    if (!node.has) {
      node.has = true;
      node.value = value;
    }
  }

  /** Longest phrase starting at token i in one trie: [end token index, value] or null. */
  private walk(root: Node<V>, tokens: Token[], i: number, norm: (s: string) => string, first?: string): [number, V] | null {
    let node: Node<V> | undefined = root;
    let best: [number, V] | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j];
      if (j > i && t.gap === 'break') break;
      node = node.next.get(edgeKey(norm(j === i && first !== undefined ? first : t.text), t.gap, j === i));
      if (node?.has) best = [j + 1, node.value as V];
    }
    return best;
  }

  /** The longest phrase starting at token i, preferring exact case over capitals over folded case. */
  matchAt(tokens: Token[], i: number): Match<V> | null {
    let best = this.longest(tokens, i);
    let cut = 0;
    if (this.clitics && tokens[i].isWord) {
      for (const [word, n] of this.clitics(tokens[i].text)) {
        const m = this.longest(tokens, i, word);
        if (m && (!best || m[0] > best[0])) [best, cut] = [m, n];
      }
    }
    if (!best) return null;
    return { start: tokens[i].start + cut, end: tokens[best[0] - 1].end, value: best[1], tokenStart: i, tokenEnd: best[0] };
  }

  private longest(tokens: Token[], i: number, first?: string): [number, V] | null {
    let best = this.walk(this.tries.exact, tokens, i, (s) => s, first);
    if (this.used.has('upper')) {
      const up = this.walk(this.tries.upper, tokens, i, (s) => s, first);
      if (up && (!best || up[0] > best[0])) best = up;
    }
    if (this.used.has('fold')) {
      const lo = this.walk(this.tries.fold, tokens, i, this.fold, first);
      if (lo && (!best || lo[0] > best[0])) best = lo;
    }
    return best;
  }

  /** Tokens and the leftmost-longest, non-overlapping matches, sorted by start. */
  scan(text: string): Scan<V> {
    const tokens = tokenize(text);
    const matches: Match<V>[] = [];
    for (let i = 0; i < tokens.length; ) {
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
