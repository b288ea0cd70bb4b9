// Name-shaped spans, read where they can matter instead of across the whole text. Most of a text
// names nobody who holds an office, and reading every name in it was a fifth of recognition. The
// text is cut where no name can cross (see restartsAt); a piece is read when an office looks for a
// name in it, when an official is named in it, or when one of its words is a word of an official's
// name or of a name linked to one. Coreference joins a name to a person only through such a shared
// word (coreference.ts), so the names left unread could never join an official.
import type { Token } from './matcher';
import { startsLower } from './chars';
import { bareInitials, isNameWord, mayBeParticle, nameKey, readName, readPart, type NameSpan } from './names';
import { nameForm, wordKeysOf } from './coreference';
import { headAt, honorificAt } from './titles';
import { blockedIn, type TokenIndex } from './anchors';

export type ScannedName = NameSpan & { honorificStart: number };

/** Punctuation that can sit inside a name or a courtesy title: initials' dots and joiners. */
export const INSIDE = new Set(['.', '-', "'", '\u00AD']);

/** Does the left-to-right scan arrive at token r whatever came before it? No name or courtesy title crosses a paragraph break or other punctuation. */
const restartsAt = (tokens: Token[], r: number): boolean => r === 0 || tokens[r].gap === 'break' || (!tokens[r - 1].isWord && !INSIDE.has(tokens[r - 1].text));

export interface NameScan {
  /** The name ending just before token p (a Map's get, for findAnchors). */
  get(p: number): NameSpan | undefined;
  /** Reads every piece with a word of these names' persons, then of the names found there, and so on. */
  readLinked(seeds: NameSpan[]): void;
  /** Reads the whole text in one pass, without pieces (what the lazy reading must agree with). */
  readAll(): void;
  /** The names read, in text order. */
  spans(): ScannedName[];
}

export function nameScan(ix: TokenIndex, trim: (n: NameSpan) => NameSpan | null = (n) => n): NameScan {
  const { tokens } = ix;
  const blocked = blockedIn(ix);
  const byEnd = new Map<number, NameSpan>();
  const found: ScannedName[] = [];
  // Per token: 1 once the piece holding it was read.
  const done = new Uint8Array(tokens.length);

  /** The scan over the piece holding token k, or from it to the end of the text (`through`). */
  const read = (k: number, through = false): void => {
    let r = k;
    while (!restartsAt(tokens, r)) r--;
    let i = r;
    for (; i < tokens.length && (through || i === r || !restartsAt(tokens, i)); i++) {
      if (blocked(i) || !tokens[i].isWord) continue;
      let h = honorificAt(tokens, i, ix.T);
      // "Crown Prince Mohammed": "Prince" ends an office here, it is no courtesy word before the name.
      if (h > i && i > 0 && (headAt(tokens, i - 1, ix.T)?.[0] ?? 0) > i) h = -1;
      const at = h > i ? h : i;
      if (at !== i && (blocked(at) || tokens[at]?.gap === 'break')) continue;
      if (at === i && !isNameWord(tokens[i].text, ix.T) && !(startsLower(tokens[i].text) && mayBeParticle(tokens[i].text)) && !bareInitials(tokens, i, ix.T)) continue;
      if (at === i && headAt(tokens, i, ix.T)) continue;
      const whole = readName(tokens, at, blocked, ix.T);
      if (!whole) continue;
      const name = trim(whole);
      if (name) {
        found.push({ ...name, honorificStart: at !== i ? tokens[i].start : name.start });
        byEnd.set(name.tokenEnd, name);
      }
      i = whole.tokenEnd - 1;
    }
    done.fill(1, r, i);
  };

  // The first five letters of the words of a name part starting at token k (coreference's keys).
  const keysAt = (k: number): string[] => {
    const t = tokens[k].text;
    const part = readPart(tokens, k);
    const words = nameKey(t).split(' ');
    if (part && part[1] !== t) words.push(...nameKey(part[1]).split(' '));
    return words.map((w) => w.slice(0, 5));
  };

  return {
    get(p) {
      if (p > 0 && p <= tokens.length && !done[p - 1]) read(p - 1);
      return byEnd.get(p);
    },
    readLinked(seeds) {
      const wanted = new Set<string>();
      const linked = (ks: string[]) => ks.some((w) => wanted.has(w));
      const keysOf = new Map<NameSpan, string[]>();
      const keys = (n: NameSpan) => {
        let ks = keysOf.get(n);
        if (!ks) keysOf.set(n, (ks = wordKeysOf(nameForm(n.parts))));
        return ks;
      };
      seeds.forEach((n) => keys(n).forEach((w) => wanted.add(w)));
      if (!wanted.size) return;
      // Tokens that may start a name part (no lower-case word but a particle), and their keys once asked.
      const starts: number[] = [];
      for (let k = 0; k < tokens.length; k++) if (tokens[k].isWord && !(startsLower(tokens[k].text) && !mayBeParticle(tokens[k].text))) starts.push(k);
      const at: string[][] = [];
      // Until a pass reads no piece and links no name.
      for (let size = -1, count = -1; size !== wanted.size || count !== found.length; ) {
        [size, count] = [wanted.size, found.length];
        for (const n of found) if (linked(keys(n))) keys(n).forEach((w) => wanted.add(w));
        for (const k of starts) if (!done[k] && linked((at[k] ??= keysAt(k)))) read(k);
      }
    },
    readAll: () => read(0, true),
    spans: () => [...found].sort((a, b) => a.start - b.start),
  };
}
