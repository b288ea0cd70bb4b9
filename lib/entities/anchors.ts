// Where officials are anchored: a person's name right next to an office title, in either order
// ("Foreign Minister Wang Yi", "Yuan Jiajun, Secretary of the CPC ..."). Bylines and credits are
// blocked out first; the names an office looks for beside it are read by ./name-scan.
import { tokenize, type Token } from './matcher';
import { classOf, codePointAt, LETTER, SPACE, UPPER } from './chars';
import type { CountryMention } from './countries';
import { bareInitials, shortSurname, readName, isNameWord, isUpperInitial, type NameSpan } from './names';
import { buildTitle, headAt, honorificAt, officeCountry, rankAt, type TitleInfo, type TokenView } from './titles';
import { findOrganisations } from './organisations';
import { titlesFor } from './title-registry';
import { findCredits } from './credits';
import { firstWhere } from '../bisect';
import { continuedSpeakers, governedNames } from './speakers';

export interface Anchor {
  name: NameSpan;
  title: TitleInfo;
  confidence: number;
  /** The title is no office word ("el régimen de ..."): it makes the person an official but is not listed. */
  silent?: boolean;
}

export type TokenIndex = TokenView;

function spansToTokens(tokens: TokenView['tokens'], spans: { start: number; end: number }[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < spans.length && spans[s].end <= tokens[i].start) s++;
    for (let k = s; k < spans.length && spans[k].start < tokens[i].end; k++) if (spans[k].end > tokens[i].start) out[i] = k;
  }
  return out;
}

/** Tokens no name may hold: a country mention, an institution, a byline or credit. */
export const blockedIn = (ix: TokenIndex) => (i: number): boolean => ix.country[i] >= 0 || ix.org[i] >= 0 || ix.credit[i] === 1;

/** `tokens`: the text's own tokens, when the caller already split it (they are only read). */
export function indexTokens(text: string, countries: CountryMention[], lang?: string, tokens: Token[] = tokenize(text)): TokenIndex {
  const T = titlesFor(lang);
  const sorted = [...countries].sort((a, b) => a.start - b.start);
  const country = spansToTokens(tokens, sorted);
  const orgs = findOrganisations(tokens, T.orgs);
  const org = new Int32Array(tokens.length).fill(-1);
  orgs.forEach((o, k) => {
    for (let i = o.tokenStart; i < o.tokenEnd; i++) if (country[i] < 0) org[i] = k;
  });
  const creditSpans = findCredits(text);
  const credit = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < creditSpans.length && creditSpans[s].end <= tokens[i].start) s++;
    for (let k = s; k < creditSpans.length && creditSpans[k].start <= tokens[i].start; k++) if (creditSpans[k].end >= tokens[i].end) credit[i] = 1;
  }
  return { tokens, country, org, orgCode: orgs.map((o) => o.code), credit, countries: sorted, T };
}

/** A plural office ("Afghan officials") is never in apposition to one name. */
const plural = (ix: TokenIndex, t: TitleInfo) => !!ix.T.plural?.test(t.headText);

/** Finds every name next to an office title. */
export function findAnchors(ix: TokenIndex, names: Pick<Map<number, NameSpan>, 'get'>, headlineOnly: (n: NameSpan) => NameSpan | null): Anchor[] {
  const { tokens } = ix;
  const blocked = blockedIn(ix);
  const anchors: Anchor[] = [];
  // Title end token -> the name it was attached to by apposition, for "X, A of B and C of D".
  const appositions = new Map<number, NameSpan>();
  const push = (name: NameSpan | null, title: TitleInfo, confidence: number) => {
    const n = name && headlineOnly(name);
    if (n) anchors.push({ name: n, title, confidence });
    return n;
  };
  const titles: TitleInfo[] = [];
  // "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed": an office joined by "and" to the next one.
  let joined: TitleInfo | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (ix.credit[i]) continue;
    const head = headAt(tokens, i, ix.T);
    if (!head) continue;
    const [headEnd, strength] = head;
    const title = buildTitle(ix, i, headEnd, strength);
    i = headEnd - 1;
    if (!title) continue;
    titles.push(title);
    const strong = title.strength === 'strong';
    const found = nameAfter(ix, title, blocked);
    const first = joined && joined.tokenEnd + 1 === title.tokenStart ? joined : null;
    joined = !found && tokens[title.tokenEnd]?.text === 'and' && !plural(ix, title) ? title : null;
    if (found) {
      // A word of the name is no office of its own ("Minister Amir Khan Muttaqi").
      i = Math.max(i, found.name.tokenEnd - 1);
      push(found.name, found.title, found.confidence);
      if (first) push(found.name, first, found.confidence);
      // "cabinet ministers Jonathan Moyo and Saviour Kasukuwere", "Foreign Ministers Sergei Lavrov of
      // Russia and Wang Yi of China": each name with its own state.
      const e = stateAfter(ix, found.name.tokenEnd)[0];
      if (tokens[e]?.text === 'and' && /s$/i.test(title.headText)) {
        const second = readName(tokens, e + 1, blocked, ix.T);
        if (second && second.parts.length >= 2) {
          const [, code] = stateAfter(ix, second.tokenEnd);
          push(second, code ? { ...title, country: code } : title, found.confidence);
        }
      }
      continue;
    }
    const [p, verb] = skipBack(ix, title.tokenStart - 1);
    let before: NameSpan | null = null;
    if (plural(ix, title)) continue;
    // "Ishiba, a spokesperson said": the title is who speaks, no apposition.
    const speaks = tokens[title.tokenEnd]?.isWord && ix.T.reports.has(tokens[title.tokenEnd].text);
    if (speaks) before = null;
    else if (p > 0 && (tokens[p].text === ',' || tokens[p].text === '(')) before = names.get(p) ?? null;
    else if (verb) before = names.get(p + 1) ?? null;
    // "Rep. Michael McCaul, R-Texas, chairman of ...": a party and state tag is no name; the name is before it.
    if (before && partyTag(before)) {
      const q = before.tokenStart - 1;
      before = q > 0 && tokens[q].text === ',' ? names.get(q) ?? null : null;
    }
    if (before && !(before.parts.length === 1 && (/ly$/.test(before.parts[0]) && sentenceStart(tokens, before.tokenStart) || endsInstitution(ix, before)))) {
      const n = push(before, title, strong ? 0.85 : 0.6);
      if (n) appositions.set(title.tokenEnd, n);
      continue;
    }
    // "Hu Henghua, Deputy Secretary of ... and Mayor of ...": a second office for the same name.
    if (p > 0 && tokens[p].text === 'and' && appositions.has(p)) {
      const n = appositions.get(p) as NameSpan;
      anchors.push({ name: n, title, confidence: strong ? 0.85 : 0.6 });
      appositions.set(title.tokenEnd, n);
      continue;
    }
    // "the then UK Home Secretary, Sajid Javid, approved": the name after a comma.
    const e = title.tokenEnd;
    if (tokens[e]?.text === ',' && tokens[e + 1]) {
      // "Pakistan's army chief, Gen. Asim Munir,": a courtesy word or a rank may come first.
      let k = e + 1;
      for (let guard = 0, h = 0; guard < 3 && (h = Math.max(honorificAt(tokens, k, ix.T), rankAt(tokens, k, ix.T))) > k; guard++) k = h;
      const after = readName(tokens, k, blocked, ix.T);
      const next = after ? tokens[after.tokenEnd]?.text ?? '.' : '';
      if (after && after.parts.length >= 2 && /^[,.;)]$/.test(next)) push(after, title, strong ? 0.8 : 0.6);
    }
  }
  if (ix.T.lex.continues?.length || ix.T.lex.governs?.length) {
    const named = new Set(anchors.map((a) => a.title.headStart));
    const bare = titles.filter((t) => t.strength === 'strong' && !named.has(t.headStart) && !plural(ix, t));
    for (const a of [...continuedSpeakers(ix, bare, blocked), ...governedNames(ix, blocked)]) {
      if (push(a.name, a.title, a.confidence) && a.silent) anchors[anchors.length - 1].silent = true;
    }
  }
  return anchors;
}

/** "of Russia" / "of the Philippines" after a name: the token after it, and the state's code. */
function stateAfter(ix: TokenIndex, e: number): [number, string | undefined] {
  const k = pastOf(ix.tokens, e);
  const c = ix.country[k];
  if (k === e || c === undefined || c < 0) return [e, undefined];
  let end = k;
  while (ix.country[end] === c) end++;
  return [end, ix.countries[c].code];
}

/** The token after "of" or "of the" at e, else e. */
const pastOf = (tokens: Token[], e: number): number => (tokens[e]?.text === 'of' ? e + (tokens[e + 1]?.text === 'the' ? 2 : 1) : e);

/** "R-Texas", "D-N.Y.": a US legislator's party and state. */
const partyTag = (n: NameSpan): boolean => /^[RDI]-\p{Lu}/u.test(n.parts.join(' '));

/** "the Global Compact for Migration, a senior administration official said": the last word of a name in capitals, no person. */
function endsInstitution(ix: TokenIndex, name: NameSpan): boolean {
  const [prep, word] = [ix.tokens[name.tokenStart - 1], ix.tokens[name.tokenStart - 2]];
  return !!prep && !!word && prep.isWord && ix.T.prepositions.has(prep.text) && word.isWord && isUpperInitial(word.text);
}

/** Walks back over apposition fillers ("who was the", "a"); returns [token index, a verb was skipped]. */
function skipBack(ix: TokenIndex, p: number): [number, boolean] {
  const { tokens, T } = ix;
  let verb = false;
  while (p > 0 && tokens[p].isWord) {
    const w = tokens[p].text.toLowerCase();
    if (T.verbs.has(w)) verb = true;
    else if (!T.fillers.has(w)) break;
    p--;
  }
  return [p, verb];
}

const sentenceStart = (tokens: TokenIndex['tokens'], i: number) => i === 0 || tokens[i].gap === 'break' || /^[.!?"“”]$/.test(tokens[i - 1].text);

/** "Albanian Ambassador to China Selim Belortaja": the name right after the title. */
function nameAfter(ix: TokenIndex, title: TitleInfo, blocked: (i: number) => boolean): Anchor | null {
  const { tokens } = ix;
  let k = title.nameStartHint;
  let end = k;
  for (let guard = 0; guard < 3; guard++) {
    const h = honorificAt(tokens, k, ix.T);
    if (h > k) {
      k = h;
      continue;
    }
    const rank = /^\p{Lu}/u.test(tokens[k]?.text ?? '') ? headAt(tokens, k, ix.T) : null;
    if (rank && rank[1] === 'strong' && !(k > title.headStart && ix.T.lex.givenNames?.includes(tokens[k].text.toLowerCase()))) {
      k = end = rank[0];
      continue;
    }
    break;
  }
  const t = tokens[k];
  if (!t || t.gap !== 'space' || !(isNameWord(t.text, ix.T) || /^\p{Ll}/u.test(t.text) || bareInitials(tokens, k, ix.T) || shortSurname(tokens, k, ix.T))) return null;
  const name = readName(tokens, k, blocked, ix.T);
  if (!name) return null;
  // A name inside the title's tail must be a full name after an institution or a country.
  if (k < title.tokenEnd && name.parts.length < 2) return null;
  const pluralHead = ix.T.lex.lang === 'en' ? /s$/i.test(title.headText) : plural(ix, title);
  if (pluralHead && title.strength === 'strong' && name.parts.length < 2 && !/^\p{Lu}/u.test(tokens[title.headStart].text)) return null;
  const info = end === title.tokenEnd ? title : { ...title, tokenEnd: end };
  const confidence = title.strength === 'strong' ? 0.9 : name.parts.length > 1 ? 0.65 : 0.55;
  // "President Vladimir V. Putin of Russia": the state after the name.
  const [, state] = stateAfter(ix, name.tokenEnd);
  if (state) return { name, title: { ...info, country: state }, confidence };
  const e = pastOf(tokens, name.tokenEnd);
  // "Governor Brian Kemp of Georgia": an office that exists in one state, named with the name between.
  if (e > name.tokenEnd && info.country === undefined) {
    const code = officeCountry(`${title.headText} of ${tokens.slice(e, e + 3).map((t) => t.text).join(' ')}`, ix.T);
    if (code) return { name, title: { ...info, country: code }, confidence };
  }
  return { name, title: info, confidence };
}

/**
 * Headlines capitalise every word ("Unpredictable Sondland Faces Questions"), so a name read in a
 * title-case line keeps only the words the rest of the text also writes with a capital.
 */
export function headlineTrimmer(text: string, ix: TokenIndex): (n: NameSpan) => NameSpan | null {
  const { tokens } = ix;
  const lines: { start: number; end: number }[] = [];
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to > from && headlineLike(text, from, to)) lines.push({ start: from, end: to });
    from = to + 1;
  }
  const headlineChars = lines.reduce((n, l) => n + l.end - l.start, 0);
  if (!lines.length || text.length - headlineChars < 200) return (n) => n;
  // Lines are sorted and disjoint: find the one at or before pos by binary search.
  const inHeadline = (pos: number) => {
    const line = lines[firstWhere(lines.length, (i) => lines[i].end > pos)];
    return !!line && line.start <= pos;
  };
  // The headline words also written outside headlines: found when a name is first read in one.
  // (Only headline words are collected: a set of every word of the text costs more than the rest.)
  let elsewhere: Set<string> | null = null;
  let headline: Uint8Array | null = null;
  const blocked = blockedIn(ix);
  // Is this word written outside a headline: here, or elsewhere?
  const seen = (k: number) => tokens[k].isWord && (!(headline as Uint8Array)[k] || (elsewhere as Set<string>).has(tokens[k].text));
  return (n) => {
    if (!inHeadline(n.start)) return n;
    if (!elsewhere) {
      headline = new Uint8Array(tokens.length);
      const inside = new Set<string>();
      // A cheap first test: (first letter, length) buckets of the headline words.
      const bucket = (w: string) => (w.charCodeAt(0) * 31 + w.length) & 4095;
      const buckets = new Uint8Array(4096);
      for (let k = 0, l = 0; k < tokens.length; k++) {
        const at = tokens[k].start;
        while (l < lines.length && lines[l].end <= at) l++;
        if (l < lines.length && lines[l].start <= at) {
          headline[k] = 1;
          if (tokens[k].isWord) {
            inside.add(tokens[k].text);
            buckets[bucket(tokens[k].text)] = 1;
          }
        }
      }
      elsewhere = new Set<string>();
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (!headline[k] && t.isWord && buckets[bucket(t.text)] && inside.has(t.text)) elsewhere.add(t.text);
      }
    }
    let a = n.tokenStart;
    let b = n.tokenEnd;
    while (a < b && !seen(a)) a++;
    while (b > a && !seen(b - 1)) b--;
    if (a === n.tokenStart && b === n.tokenEnd) return n;
    if (a >= b) return null;
    const cut = readName(tokens, a, (i) => i >= b || blocked(i), ix.T);
    return cut && cut.tokenEnd === b ? cut : null;
  };
}

const SENTENCE_END = /(?:\p{Ll}{2,}|\d)[.!?]["”]?\s*$|[!?"”]\s*$/u;

/**
 * Is the line text[from, to) title case: at least three words of four or more letters (runs of
 * \p{L}), 70% of them capitalised, and no sentence end? The sentence end is tested first, on the
 * line's last characters (what its regex anchors on): it rules out most lines of an article (its
 * paragraphs), which then need no pass over their characters.
 */
export function headlineLike(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && classOf(codePointAt(text, e - 1)) & SPACE) e--;
  if (SENTENCE_END.test(text.slice(Math.max(from, e - 8), to))) return false;
  let words = 0;
  let caps = 0;
  let run = 0;
  let upperFirst = false;
  for (let k = from; k < to; ) {
    const c = text.charCodeAt(k);
    let letter: boolean;
    let upper = false;
    let len = 1;
    if (c < 128) {
      upper = c >= 65 && c <= 90;
      letter = upper || (c >= 97 && c <= 122);
    } else {
      const cp = codePointAt(text, k);
      if (cp > 0xffff) len = 2;
      const f = classOf(cp);
      letter = (f & LETTER) !== 0;
      upper = (f & UPPER) !== 0;
    }
    if (letter) {
      if (run === 0) upperFirst = upper;
      run++;
    } else {
      if (run >= 4) {
        words++;
        if (upperFirst) caps++;
      }
      run = 0;
    }
    k += len;
  }
  if (run >= 4) {
    words++;
    if (upperFirst) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}
