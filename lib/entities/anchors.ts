// Where officials are anchored: a person's name right next to an office title, in either order
// ("Foreign Minister Wang Yi", "Yuan Jiajun, Secretary of the CPC ..."), and every other name-shaped
// span that coreference may attach to them. Bylines and credits are blocked out first.
import { tokenize } from './matcher';
import type { CountryMention } from './countries';
import { readName, isNameWord, type NameSpan } from './names';
import { buildTitle, headAt, honorificAt, type TitleInfo, type TokenView } from './titles';
import { findOrganisations } from './organisations';
import { findCredits } from './credits';

export interface Anchor {
  name: NameSpan;
  title: TitleInfo;
  confidence: number;
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

export function indexTokens(text: string, countries: CountryMention[]): TokenIndex {
  const tokens = tokenize(text);
  const sorted = [...countries].sort((a, b) => a.start - b.start);
  const country = spansToTokens(tokens, sorted);
  const orgs = findOrganisations(tokens);
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
  return { tokens, country, org, orgCode: orgs.map((o) => o.code), credit, countries: sorted };
}

const APPOSITION_FILLERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'then', 'now', 'also', 'currently', 'formerly', 'who', 'is', 'was', 'has', 'been', 'as', 'serving']);

/** Finds every name next to an office title. */
export function findAnchors(ix: TokenIndex, names: Map<number, NameSpan>): Anchor[] {
  const { tokens } = ix;
  const blocked = (i: number) => ix.country[i] >= 0 || ix.org[i] >= 0 || ix.credit[i] === 1;
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ix.credit[i]) continue;
    const head = headAt(tokens, i);
    if (!head) continue;
    const [headEnd, strength] = head;
    const title = buildTitle(ix, i, headEnd, strength);
    i = headEnd - 1;
    if (!title) continue;
    const found = nameAfter(ix, title, blocked);
    if (found) {
      anchors.push(found);
      // "cabinet ministers Jonathan Moyo and Saviour Kasukuwere"
      const e = found.name.tokenEnd;
      if (tokens[e]?.text === 'and' && /s$/i.test(title.headText)) {
        const second = readName(tokens, e + 1, blocked);
        if (second && second.parts.length >= 2) anchors.push({ ...found, name: second });
      }
      continue;
    }
    const before = nameBefore(ix, title, names);
    if (before) anchors.push({ name: before, title, confidence: title.strength === 'strong' ? 0.85 : 0.6 });
  }
  return anchors;
}

/** "Albanian Ambassador to China Selim Belortaja": the name right after the title. */
function nameAfter(ix: TokenIndex, title: TitleInfo, blocked: (i: number) => boolean): Anchor | null {
  const { tokens } = ix;
  let k = title.nameStartHint;
  let end = k;
  for (let guard = 0; guard < 3; guard++) {
    const h = honorificAt(tokens, k);
    if (h > k) {
      k = h;
      continue;
    }
    const rank = /^\p{Lu}/u.test(tokens[k]?.text ?? '') ? headAt(tokens, k) : null;
    if (rank && rank[1] === 'strong') {
      k = end = rank[0];
      continue;
    }
    break;
  }
  const t = tokens[k];
  if (!t || t.gap !== 'space' || !(isNameWord(t.text) || /^\p{Ll}/u.test(t.text))) return null;
  const name = readName(tokens, k, blocked);
  if (!name) return null;
  const info = end === title.tokenEnd ? title : { ...title, tokenEnd: end };
  const confidence = title.strength === 'strong' ? 0.9 : name.parts.length > 1 ? 0.65 : 0.55;
  return { name, title: info, confidence };
}

/** "Yuan Jiajun, Secretary of ...", "Wang Yi, China's foreign minister": the name before a comma. */
function nameBefore(ix: TokenIndex, title: TitleInfo, names: Map<number, NameSpan>): NameSpan | null {
  const { tokens } = ix;
  let p = title.tokenStart - 1;
  while (p > 0 && tokens[p].isWord && APPOSITION_FILLERS.has(tokens[p].text.toLowerCase())) p--;
  if (p <= 0 || (tokens[p].text !== ',' && tokens[p].text !== '(')) return null;
  return names.get(p) ?? null;
}

/** Every name-shaped span in the text, outside credits, keyed by the token after it. */
export function scanNames(ix: TokenIndex): { spans: (NameSpan & { honorificStart: number })[]; byEnd: Map<number, NameSpan> } {
  const { tokens } = ix;
  const blocked = (i: number) => ix.country[i] >= 0 || ix.org[i] >= 0 || ix.credit[i] === 1;
  const spans: (NameSpan & { honorificStart: number })[] = [];
  const byEnd = new Map<number, NameSpan>();
  for (let i = 0; i < tokens.length; i++) {
    if (blocked(i) || !tokens[i].isWord) continue;
    const h = honorificAt(tokens, i);
    const at = h > i ? h : i;
    if (at !== i && (blocked(at) || tokens[at]?.gap === 'break')) continue;
    if (at === i && !isNameWord(tokens[i].text) && !/^\p{Ll}/u.test(tokens[i].text)) continue;
    if (at === i && headAt(tokens, i)) continue;
    const name = readName(tokens, at, blocked);
    if (!name) continue;
    spans.push({ ...name, honorificStart: at !== i ? tokens[i].start : name.start });
    byEnd.set(name.tokenEnd, name);
    i = name.tokenEnd - 1;
  }
  return { spans, byEnd };
}

