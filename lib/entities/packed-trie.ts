// A phrase matcher's tries packed into flat JSON arrays at build time (scripts/build-matchers.ts),
// so that they reach the content script inside a language pack (a runtime message) and a page's
// first analysis unpacks them instead of compiling thousands of phrases (in fresh Chromium worlds the
// English country matcher took a median 2.5 ms to unpack, plus 1.2 ms to parse its JSON, against
// 8.2 ms to compile; 20 articles). Only the first words are unpacked at once: a branch is built
// when a text has its first word, which on a page is a few dozen of some thousand.
import { newNode, PhraseMatcher, tokenize, type MatcherOptions, type Token, type TrieNode, type Tries } from './matcher';
import { addFirstWord } from './token-scope';

/**
 * A node is [value index + 1 (0: no phrase ends here), spaced children, joined children], then each
 * child as its word and its own node, depth first; the root's children (first words) have the
 * length of their node's entries between word and node, so that each branch is found without
 * reading it. `upper` lists the capitals trie's first words, each with its waiting phrases as
 * [the text after the first word, value index], or the value index alone for one word; they are
 * added when a text has the word.
 */
export interface PackedMatcher {
  values: unknown[];
  exact: (string | number)[];
  fold: (string | number)[];
  upper: (string | (number | [string, number])[])[];
}

/**
 * What follows a phrase's first word, as text that tokenizes back into the rest of `toks` after it
 * (a phrase never holds a paragraph break): "" for one word, " Korea", "-Bissau".
 */
function phraseRest(toks: Token[]): string {
  return toks.slice(1).map((t) => (t.gap !== 'none' ? ' ' : '') + t.text).join('');
}

export function packMatcher<V>(m: PhraseMatcher<V>): PackedMatcher {
  const values: unknown[] = [];
  const index = new Map<string, number>();
  const valueIndex = (v: V): number => {
    const key = JSON.stringify(v);
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = values.push(v) - 1));
    return i;
  };
  const packTrie = (root: TrieNode<V>): (string | number)[] => {
    const out: (string | number)[] = [];
    const visit = (n: TrieNode<V>, isRoot: boolean): void => {
      // A branch of an unpacked matcher is read before it is packed again.
      if (typeof n.pending === 'function') {
        const read = n.pending;
        n.pending = null;
        read(n);
      }
      out.push(n.has ? valueIndex(n.value as V) + 1 : 0, n.sp?.size ?? 0, n.nn?.size ?? 0);
      for (const children of [n.sp, n.nn]) for (const [word, child] of children ?? []) {
        out.push(word);
        if (!isRoot) {
          visit(child, false);
          continue;
        }
        const at = out.push(0);
        visit(child, false);
        out[at - 1] = out.length - at;
      }
    };
    visit(root, true);
    return out;
  };
  const { exact, fold, upper } = m.trieRoots;
  const waiting: PackedMatcher['upper'] = [];
  for (const [word, node] of upper.sp ?? []) {
    if (!Array.isArray(node.pending)) throw new Error(`the capitals trie's "${word}" was completed before packing`);
    // The capitals trie compares every word in capitals, so its first word stands for the phrase's;
    // a one-word phrase (most of them) is then its value alone.
    waiting.push(word, node.pending.map(([toks, v]) => {
      const rest = phraseRest(typeof toks === 'string' ? tokenize(toks) : toks);
      return rest ? [rest, valueIndex(v)] : valueIndex(v);
    }));
  }
  return { values, exact: packTrie(exact), fold: packTrie(fold), upper: waiting };
}

const malformed = () => new Error('a packed trie is malformed');

/** Gives a node the value its packed number names (0: none). */
function setValue<V>(node: TrieNode<V>, v: unknown, values: unknown[]): void {
  if (typeof v !== 'number') throw malformed();
  if (v > values.length) throw new Error('a packed trie names a value it does not have');
  if (v > 0) {
    node.has = true;
    node.value = values[v - 1] as V;
  }
}

// Runs on a page in code that has not warmed up: plain loops and property writes, nothing
// allocated per node but the node and its maps.
function readBranch<V>(flat: (string | number)[], at: number, values: unknown[], into: TrieNode<V>): number {
  let p = at;
  const children = (count: unknown): Map<string, TrieNode<V>> | null => {
    if (typeof count !== 'number') throw malformed();
    if (count === 0) return null;
    const map = new Map<string, TrieNode<V>>();
    for (let i = 0; i < count; i++) {
      const word = flat[p++];
      if (typeof word !== 'string') throw malformed();
      const child = newNode<V>();
      map.set(word, child);
      fill(child);
    }
    return map;
  };
  const fill = (node: TrieNode<V>): void => {
    setValue(node, flat[p++], values);
    const ns = flat[p++];
    const nn = flat[p++];
    node.sp = children(ns);
    node.nn = children(nn);
  };
  fill(into);
  return p;
}

/**
 * The root and its first words; each first word's branch is read when a text has the word. The
 * root level is checked whole here; a branch that turns out malformed is left empty (the data is
 * built and tested with the extension, so that is a bug, not input).
 */
function unpackTrie<V>(flat: (string | number)[], values: unknown[]): TrieNode<V> {
  if (!Array.isArray(flat)) throw malformed();
  const [v, ns, nn] = flat;
  if (typeof ns !== 'number' || nn !== 0) throw malformed();
  const root = newNode<V>();
  setValue(root, v, values);
  let p = 3;
  if (ns > 0) {
    const sp = (root.sp = new Map<string, TrieNode<V>>());
    for (let i = 0; i < ns; i++) {
      const word = flat[p];
      const length = flat[p + 1];
      if (typeof word !== 'string' || typeof length !== 'number' || length < 3) throw malformed();
      const at = p + 2;
      const node = newNode<V>();
      node.pending = (n) => {
        try {
          if (readBranch(flat, at, values, n) !== at + length) throw malformed();
        } catch {
          n.has = false;
          n.value = undefined;
          n.sp = n.nn = null;
        }
      };
      addFirstWord(word);
      sp.set(word, node);
      p = at + length;
    }
  }
  if (p !== flat.length) throw malformed();
  return root;
}

/** The matcher `packMatcher` packed, with the options it was compiled with; throws on malformed input. */
export function unpackMatcher<V>(packed: PackedMatcher, opts: MatcherOptions = {}): PhraseMatcher<V> {
  const { values, upper } = packed;
  if (!Array.isArray(values) || !Array.isArray(upper) || upper.length % 2) throw new Error('a packed matcher is malformed');
  const tries: Tries<V> = { exact: unpackTrie(packed.exact, values), fold: unpackTrie(packed.fold, values), upper: newNode() };
  const sp = (tries.upper.sp = new Map());
  for (let i = 0; i < upper.length; i += 2) {
    const word = upper[i];
    const list = upper[i + 1];
    if (typeof word !== 'string' || !Array.isArray(list)) throw new Error('a packed matcher is malformed');
    const node = newNode<V>();
    node.pending = list.map((entry) => {
      const [rest, v] = typeof entry === 'number' ? ['', entry] : Array.isArray(entry) ? entry : [null, -1];
      if (typeof rest !== 'string' || !(v >= 0 && v < values.length)) throw new Error('a packed matcher is malformed');
      return [word + rest, values[v] as V];
    });
    addFirstWord(word);
    sp.set(word, node);
  }
  return new PhraseMatcher<V>([], opts, tries);
}
