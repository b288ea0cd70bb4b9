// Person-name shapes over matcher tokens: where a capitalised name starts and ends, across naming
// cultures (particles such as "von der", "al-", "bin"; hyphenated and East Asian names; initials),
// and the short forms a later sentence may use for it. Shape only: no lists of people.
import type { Token } from './matcher';
import { classOf, codePointAt, isOneUpper, LETTER, LOWER, startsLower, startsUpper, UPPER } from './chars';

/** A language's own capitalised non-name words (title-registry.ts Titles.notNames). */
export interface NameWords {
  notNames: Set<string>;
}

/** Lower-case particles that may sit inside a name when a capitalised part follows. */
const PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le',
  'bin', 'ibn', 'bint', 'al', 'el', 'ben', 'y', 'zu', 'ter', 'ten', 'af',
]);
/** Particles that only bind with a hyphen ("al-Assad", "el-Sisi"). */
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'an', 'bin', 'ibn', 'abu']);

/**
 * Can a lower-case word start a name (be a particle)? readName reads nothing from any other
 * lower-case word, so a scan over every token can skip those without calling it.
 */
export function mayBeParticle(w: string): boolean {
  if (w.length > 5) return false;
  return PARTICLE_STARTS.has(isAsciiLower(w) ? w : w.toLowerCase());
}
const PARTICLE_STARTS = new Set([...PARTICLES, ...HYPHEN_PARTICLES]);
/** Only a-z: the word is its own lower case, and needs no copy. */
function isAsciiLower(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
// Generational suffixes and regnal numbers ("Charles III", "Leo XIV"); a lone V or X is too often something else.
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI']);
/** Particles written with a capital inside a name ("Le Drian", "De Gaulle", "Van Rompuy"). */
const CAP_PARTICLES = new Set(['Le', 'La', 'De', 'Du', 'Des', 'Van', 'Von', 'Der', 'Den', 'Di', 'Da', 'Del', 'Della', 'Dos', 'Das']);

/**
 * Capitalised words that are not parts of personal names (function words, calendar words, nouns of
 * institutions and places), in every language: the English pack's list (data/not-names.en.ts),
 * registered with it (languages.ts). Recognition never runs before English is registered.
 */
const NOT_NAME = new Set<string>();
export const registerNotNames = (words: readonly string[]): void => words.forEach((w) => NOT_NAME.add(w));

/**
 * Short English words that are also parts of East Asian names: the last part when nothing follows
 * ("Liu He"), the first right after an office ("Vice Premier He Lifeng", "General Secretary To Lam").
 */
const SHORT_GIVEN = new Set(['He', 'An', 'Do', 'To']);
/** Two words glued by a scraper ("ReplacementPresident"): not a name part. /\p{Ll}{4,}\p{Lu}/u.test(s) */
function isGlued(s: string): boolean {
  let lower = 0;
  for (let k = 0; k < s.length; ) {
    const c = s.charCodeAt(k);
    if (c < 128) {
      if (c >= 97 && c <= 122) lower++;
      else if (lower >= 4 && c >= 65 && c <= 90) return true;
      else lower = 0;
      k++;
      continue;
    }
    const cp = codePointAt(s, k);
    const f = classOf(cp);
    if (f & LOWER) lower++;
    else if (lower >= 4 && f & UPPER) return true;
    else lower = 0;
    k += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** Capitalised words that may still end a name (John Major, Martin Luther King). */
const SURNAME_RANKS = new Set(['Major', 'King', 'Judge', 'Marshal', 'General', 'Bishop', 'Prince', 'Justice']);

export const isUpperInitial = startsUpper;
const isLowerInitial = startsLower;
/** s.length >= 2 && s === s.toUpperCase() && /\p{Lu}/u.test(s), without the copy for ASCII words. */
function isAcronym(s: string): boolean {
  if (s.length < 2) return false;
  let upper = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return s === s.toUpperCase() && /\p{Lu}/u.test(s);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}
/** /\d/.test(s) */
function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** Piece n (0 or 1) of a joined part ("al-Assad" -> "al", "Assad"): s.split(/[-\u00AD']/)[n]. */
const isJoinChar = (c: number) => c === 45 || c === 0xad || c === 39;
function piece(s: string, n: 0 | 1): string | undefined {
  let k = 0;
  while (k < s.length && !isJoinChar(s.charCodeAt(k))) k++;
  if (n === 0) return s.slice(0, k);
  if (k === s.length) return undefined;
  let e = k + 1;
  while (e < s.length && !isJoinChar(s.charCodeAt(e))) e++;
  return s.slice(k + 1, e);
}
/** s.replace(/[^\p{L}]/gu, '').length >= 2: at least two UTF-16 units of letters. */
function twoLetterUnits(s: string): boolean {
  let units = 0;
  for (let k = 0; k < s.length; ) {
    const cp = codePointAt(s, k);
    const len = cp > 0xffff ? 2 : 1;
    if (classOf(cp) & LETTER) units += len;
    if (units >= 2) return true;
    k += len;
  }
  return false;
}
const isJoiner = (s: string) => s === '-' || s === '\u00AD' || s === "'";

// Two capitals that are a common abbreviation, not a person's initials, before a capitalised word.
const NOT_INITIALS = new Set(['AI', 'DC', 'GP', 'HQ', 'ID', 'MP', 'OK', 'PM', 'PR', 'TV', 'VP']);

/**
 * Initials written without dots before a name part ("JD Vance", "AJ Pritchard"): two ASCII capitals
 * that are no common abbreviation, then a name word. Countries and institutions ("US", "EU", "UN")
 * are blocked tokens, which a name never starts with.
 */
export function bareInitials(tokens: Token[], i: number, L?: NameWords): boolean {
  const t = tokens[i];
  return (
    !!t && t.isWord && t.text.length === 2 && isAsciiUpper(t.text.charCodeAt(0)) && isAsciiUpper(t.text.charCodeAt(1)) && !NOT_INITIALS.has(t.text) &&
    nameWordAfter(tokens, i, L)
  );
}
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
/** Is token i followed, after a space, by a possible name part? */
function nameWordAfter(tokens: Token[], i: number, L?: NameWords): boolean {
  const next = tokens[i + 1];
  return !!next && next.gap === 'space' && next.isWord && isNameWord(next.text, L);
}

/**
 * A surname that is also a short English word, first in a name ("Vice Premier He Lifeng"): read only
 * where an office has just been named (anchors.ts), since "He" and "An" start sentences far more
 * often than names.
 */
export function shortSurname(tokens: Token[], i: number, L?: NameWords): boolean {
  return SHORT_GIVEN.has(tokens[i]?.text ?? '') && nameWordAfter(tokens, i, L);
}

/** Is this word a possible name part: capitalised, not an acronym, not an institutional word? */
export function isNameWord(w: string, L?: NameWords): boolean {
  return isUpperInitial(w) && !isAcronym(w) && !NOT_NAME.has(w) && !L?.notNames.has(w) && !hasDigit(w);
}

export function isStopWord(w: string, L?: NameWords): boolean {
  return NOT_NAME.has(w) || !!L?.notNames.has(w);
}

export interface NameSpan {
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** The name's words with joined pieces merged ("al-Assad", "Dong-hoon"); initials as "H.". */
  parts: string[];
}

/** A predicate marking tokens that belong to something else (a country mention, a title). */
export type Blocked = (tokenIndex: number) => boolean;

/**
 * Reads one word with its joined pieces from token i: "Dong-hoon", "O'Brien", "al-Assad",
 * "Netan\u00ADyahu". Returns [end token index, text] or null. A possessive "'s" is not joined.
 */
export function readPart(tokens: Token[], i: number): [number, string] | null {
  const t = tokens[i];
  if (!t?.isWord) return null;
  let text = t.text;
  let j = i + 1;
  while (j + 1 < tokens.length && isJoiner(tokens[j].text) && tokens[j].gap === 'none' && tokens[j + 1].gap === 'none' && tokens[j + 1].isWord) {
    const next = tokens[j + 1].text;
    if (tokens[j].text === "'" && (next === 's' || next === 't')) break;
    text += (tokens[j].text === '\u00AD' ? '\u00AD' : tokens[j].text) + next;
    j += 2;
  }
  return [j, text];
}

/** An initial ("H.") or run of initials ("H.W.") at token i: [end, text] or null. */
function readInitials(tokens: Token[], i: number): [number, string] | null {
  let j = i;
  let text = '';
  while (j + 1 < tokens.length && tokens[j].isWord && isOneUpper(tokens[j].text) && tokens[j + 1].text === '.' && tokens[j + 1].gap === 'none' && (j === i || tokens[j].gap !== 'break')) {
    text += tokens[j].text + '.';
    j += 2;
    if (tokens[j] && tokens[j].gap !== 'none' && !(tokens[j].isWord && isOneUpper(tokens[j].text))) break;
  }
  return text ? [j, text] : null;
}

/**
 * The longest person-name shape starting at token i, or null. A name is one to six parts:
 * capitalised words, initials, and particles between capitalised words; it never crosses a line
 * break, punctuation other than joiners, or a blocked token.
 */
export function readName(tokens: Token[], i: number, blocked: Blocked = () => false, L?: NameWords): NameSpan | null {
  const parts: string[] = [];
  let j = i;
  let lastGood = -1;
  let goodParts = 0;
  while (j < tokens.length && parts.length < 7) {
    const t = tokens[j];
    if (parts.length > 0 && (t.gap !== 'space' || blocked(j))) break;
    if (parts.length === 0 && blocked(j)) return null;
    const ini = readInitials(tokens, j);
    if (ini) {
      parts.push(ini[1]);
      j = ini[0];
      continue;
    }
    if (parts.length === 0 && (bareInitials(tokens, j, L) || shortSurname(tokens, j, L))) {
      parts.push(t.text);
      j++;
      continue;
    }
    if (!t.isWord) break;
    // "al-Assad", "bin Salman", "von der Leyen": a particle binds to the next capitalised part.
    const low = isLowerInitial(t.text) ? t.text.toLowerCase() : '';
    if (low && (PARTICLES.has(low) || HYPHEN_PARTICLES.has(low))) {
      const part = readPart(tokens, j);
      if (part && part[0] > j + 1 && isUpperInitial(piece(part[1], 1) ?? '')) {
        parts.push(part[1]);
        j = part[0];
        lastGood = j;
        goodParts = parts.length;
        continue;
      }
      if (parts.length === 0 || !PARTICLES.has(low)) break;
      parts.push(t.text);
      j++;
      continue;
    }
    // "Jean-Yves Le Drian": a capitalised particle that the language otherwise counts as no name word.
    if (parts.length > 0 && L?.notNames.has(t.text) && CAP_PARTICLES.has(t.text) && isNameWord(tokens[j + 1]?.text ?? '', L) && tokens[j + 1].gap === 'space') {
      parts.push(t.text);
      j++;
      continue;
    }
    if (parts.length > 0 && SUFFIXES.has(t.text)) {
      parts.push(t.text);
      // "Jr." and "Sr." are abbreviations; a regnal number's dot ends the sentence ("King Abdullah II.").
      const abbreviation = t.text === 'Jr' || t.text === 'Sr';
      j = abbreviation && tokens[j + 1]?.text === '.' && tokens[j + 1].gap === 'none' ? j + 2 : j + 1;
      lastGood = j;
      goodParts = parts.length;
      continue;
    }
    const part = readPart(tokens, j);
    if (!part) break;
    const head = piece(part[1], 0) as string;
    const endsHere = !isUpperInitial(tokens[part[0]]?.text ?? 'x') || tokens[part[0]].gap !== 'space';
    const ok =
      (isNameWord(head, L) && !isGlued(head)) ||
      (parts.length > 0 && endsHere && (SURNAME_RANKS.has(head) || SHORT_GIVEN.has(head)));
    if (!ok) break;
    parts.push(part[1]);
    j = part[0];
    lastGood = j;
    goodParts = parts.length;
  }
  if (lastGood < 0) return null;
  const kept = parts.slice(0, goodParts);
  if (!kept.some(twoLetterUnits)) return null;
  // "King Jr." is the end of "Martin Luther King Jr.", not a king named Jr.
  if (SUFFIXES.has(kept[0])) return null;
  return { tokenStart: i, tokenEnd: lastGood, start: tokens[i].start, end: tokens[lastGood - 1].end, parts: kept };
}

/** A comparison key: no soft hyphens, accents, case or punctuation. */
export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    // A small cache: an article names a few hundred words; it is emptied rather than left to grow.
    if (keyCache.size >= 2000) keyCache.clear();
    keyCache.set(s, (k = computeNameKey(s)));
  }
  return k;
}
const keyCache = new Map<string, string>();

function computeNameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u00AD\p{M}]/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Name parts without initials and suffixes: the words that identify the person. */
export function coreParts(parts: string[]): string[] {
  return parts.filter((p) => !/^(\p{Lu}\.)+$/u.test(p) && !SUFFIXES.has(p)).map(nameKey);
}

/** A slug for Entity.key. */
export function slug(name: string): string {
  return nameKey(name).replace(/\s+/g, '-');
}

/**
 * The keys a text may use alone for a person: the surname with its particles ("von der Leyen",
 * "al-Assad" and "Assad"), the last word, and the first word (East Asian order: "Yuan", "Yoon").
 */
export function shortForms(parts: string[]): string[] {
  const core = coreParts(parts);
  if (core.length < 2) return [];
  const out = new Set<string>();
  const last = core[core.length - 1];
  out.add(last);
  const bare = last.replace(/^(al|el|ad|as|ash|at|an) /, '');
  if (bare !== last) out.add(bare);
  // A surname with particles: from the first lower-case particle to the end.
  const firstParticle = parts.findIndex((p, i) => i > 0 && /^\p{Ll}/u.test(p));
  if (firstParticle > 0) out.add(coreParts(parts.slice(firstParticle)).join(' '));
  out.add(core[0]);
  return [...out];
}

/** Short given names that stand for longer ones; vocabulary of English hypocorisms, not people. */
const NICKNAMES: Record<string, string> = {
  mike: 'michael', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', dick: 'richard',
  rick: 'richard', ric: 'richard', jim: 'james', jimmy: 'james', joe: 'joseph', tom: 'thomas',
  tony: 'anthony', ted: 'edward', ed: 'edward', chris: 'christopher', dan: 'daniel', dave: 'david',
  steve: 'steven', sam: 'samuel', alex: 'alexander', ben: 'benjamin', nick: 'nicholas',
  matt: 'matthew', pat: 'patrick', andy: 'andrew', liz: 'elizabeth', kate: 'katherine',
  jon: 'jonathan', don: 'donald', ron: 'ronald', larry: 'lawrence', jeff: 'jeffrey', greg: 'gregory',
  dmitri: 'dmitry', sergei: 'sergey', serguei: 'sergey',
};

export const givenKey = (w: string) => NICKNAMES[w] ?? w;
