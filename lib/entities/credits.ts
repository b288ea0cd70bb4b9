// Bylines, photo credits and contributor lines inside article text ("By YAN DENG",
// "(Photo/Su Si)", "Anthony Wallace / AFP - Getty Images", "X contributed to this report"). People
// named there are journalists, never officials; they are found by the shape and place of the
// text, not by their names.
import type { Mention } from '../types';
import { classOf, codePointAt, LETTER, SPACE, UPPER } from './chars';

// A short paragraph that starts with "By" and holds little else: a byline.
const BYLINE = /^[ \t]*(?:By|BY|Written by|Words by)\s+[^\n]{2,80}$/gmu;
// A bracketed credit with a slash or a credit word: "(Photo/Su Si)", "(AP Photo/Evan Vucci)".
const BRACKET = /\((?:[^()\n]{0,40}\/[^()\n]{1,60}|[^()\n]{0,30}\b(?:Photo|Photograph|Picture|Image|Credit|Courtesy|File)s?\b[^()\n]{0,60})\)/gu;
// "Photo: Name", "Photograph by Name", "Credit: Name" up to the end of the sentence or line.
const LABELLED = /\b(?:Photo|Photos|Photograph|Picture|Image|Credit|Illustration|Video)s?\s*(?:by|:|\u2014|-)\s*[^\n.]{1,80}/gu;
// "Name / AFP - Getty Images", "Name/Reuters": a name and a slash to the end of the line.
const SLASHED = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*\/\s*[^\n/]{2,60}$/gmu;
// SLASHED tried at one position only (see slashedMatches).
const SLASHED_AT = new RegExp(SLASHED.source, 'muy');
// Contributor and production lines.
const CONTRIBUTED = /^[^\n]{0,300}\b(?:contributed (?:to )?(?:this )?report(?:ing)?|contributed reporting|(?:Additional )?[Rr]eporting by|[Ee]diting by|[Ww]riting by|[Cc]ompiled by)\b[^\n]*$/gmu;

// Words CONTRIBUTED needs: a text without any of them has no contributor line.
const CONTRIBUTED_WORDS = /contributed|[Rr]eporting by|[Ee]diting by|[Ww]riting by|[Cc]ompiled by/u;
// Every "... by" of CONTRIBUTED_WORDS holds "ing by" or "iled by": plain searches rule most texts out.
const hasContributedWords = (text: string) =>
  text.includes('contributed') || ((text.includes('ing by') || text.includes('iled by')) && CONTRIBUTED_WORDS.test(text));
// What may lie between the start of a SLASHED match and its slash: [\p{L}'’.\-\s] (surrogates are
// let through: an astral letter is two of them).
function beforeSlash(c: number): boolean {
  if (c === 39 || c === 0x2019 || c === 46 || c === 45) return true;
  if ((c & 0xf800) === 0xd800) return true;
  return (classOf(c) & (LETTER | SPACE)) !== 0;
}

function allMatches(re: RegExp, text: string, out: Mention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * SLASHED's matches, found from the slashes: a match holds a slash, and only letters, apostrophes,
 * dots, hyphens and spaces come before it, so no match starts before the last other character ahead
 * of the next slash. Each search starts there instead of at every capital of the text.
 */
function slashedMatches(text: string, out: Mention[]): void {
  let pos = 0;
  for (;;) {
    const slash = text.indexOf('/', pos);
    if (slash < 0) return;
    let from = slash;
    while (from > pos && beforeSlash(text.charCodeAt(from - 1))) from--;
    // A match holds exactly one slash, so one using this slash starts in [from, slash], at a
    // capital: only those starts are tried (a free search would read on through the text).
    let m: RegExpExecArray | null = null;
    for (let k = from; k < slash && !m; k++) {
      if (!(classOf(codePointAt(text, k)) & UPPER)) continue;
      SLASHED_AT.lastIndex = k;
      m = SLASHED_AT.exec(text);
    }
    if (!m) {
      pos = slash + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
    pos = m.index + m[0].length;
  }
}

/** Ranges of the text that are credits, sorted by start (they may overlap). */
export function findCredits(text: string): Mention[] {
  const out: Mention[] = [];
  allMatches(BYLINE, text, out);
  if (text.includes('(')) allMatches(BRACKET, text, out);
  allMatches(LABELLED, text, out);
  slashedMatches(text, out);
  if (hasContributedWords(text)) allMatches(CONTRIBUTED, text, out);
  return out.sort((a, b) => a.start - b.start);
}
