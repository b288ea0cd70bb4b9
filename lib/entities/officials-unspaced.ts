// Officials in Chinese and Arabic text, where names carry no capitals: a name is read right after an
// office title by the shape of names in that script. Chinese: "国家主席习近平" (a family name and one
// or two characters) or "俄罗斯总统普京" (a transliteration, up to a word that ends it). Arabic:
// "الرئيس السوري بشار الأسد" (title, the state's adjective, then two to four words, ending after a
// family name with the article or before a function word). Vocabulary comes from the language's
// TitleLexicon; no lists of people.
import type { CountryMention } from './countries';
import type { OfficialEntity } from '../types';
import type { Token } from './matcher';
import { indexTokens, type TokenIndex } from './anchors';
import { foldArabic } from './arabic';
import { slug } from './names';
import type { Titles } from './title-registry';

interface Found {
  name: string;
  start: number;
  end: number;
  title: string;
  country: string | null | undefined;
  dest: string[];
  confidence: number;
}

const HAN = /\p{Script=Han}/u;
const ARABIC_WORD = /^[\p{Script=Arabic}\p{M}]+$/u;
/** Arabic name parts that bind to the next one ("بن سلمان", "عبد الله"). */
const BINDERS = new Set(['بن', 'ابن', 'ابو', 'عبد', 'بنت', 'ولد', 'ال']);

export function findUnspacedOfficials(text: string, countries: CountryMention[], lang: string, T: Titles): OfficialEntity[] {
  const ix = indexTokens(text, countries, lang);
  const found: Found[] = [];
  const { tokens } = ix;
  for (let i = 0; i < tokens.length; i++) {
    if (ix.credit[i] || ix.country[i] >= 0) continue;
    const m = T.heads.matchAt(tokens, i);
    if (!m) continue;
    const f = T.lex.script === 'han' ? hanAnchor(text, ix, T, m.tokenStart, m.tokenEnd, m.value) : arabicAnchor(ix, T, m.tokenStart, m.tokenEnd, m.value, m.start);
    if (f) found.push(f);
    i = m.tokenEnd - 1;
  }
  return group(text, found, countries);
}

/** The country mention index at token k, or -1. */
const countryAt = (ix: TokenIndex, k: number) => (k >= 0 && k < ix.tokens.length ? ix.country[k] : -1);

function hanAnchor(text: string, ix: TokenIndex, T: Titles, hs: number, he: number, strength: string): Found | null {
  const { tokens } = ix;
  // Qualifiers before the head: the state, government words, modifiers ("俄罗斯外交部发言人").
  let start = tokens[hs].start;
  let country: string | null | undefined;
  const dest: string[] = [];
  let governed = false;
  for (let guard = 0; guard < 6 && start > 0; guard++) {
    const k = tokens.findIndex((t) => t.end === start);
    const c = countryAt(ix, k);
    if (c >= 0) {
      const mention = ix.countries[c];
      if (text[mention.start] === '驻') dest.push(mention.code);
      else if (country === undefined) country = mention.code;
      start = mention.start;
      governed = true;
      continue;
    }
    if (k >= 0 && ix.org[k] >= 0) {
      const code = ix.orgCode[ix.org[k]];
      let s = k;
      while (s > 0 && ix.org[s - 1] === ix.org[k]) s--;
      if (country === undefined) country = code;
      start = tokens[s].start;
      governed = true;
      continue;
    }
    const word = [...T.government, ...T.modifiers].filter((w) => text.endsWith(w, start)).sort((a, b) => b.length - a.length)[0];
    if (!word) break;
    if (T.government.has(word)) governed = true;
    start -= word.length;
  }
  if (strength === 'weak' && !governed) return null;
  const p = tokens[he - 1].end;
  const name = readHanName(text, p, T, country !== undefined && country !== null && country !== 'CN' && country !== 'TW' && country !== 'HK' && country !== 'SG');
  if (!name) return null;
  const title = text.slice(start, p);
  if (country === undefined) country = officeCountry(T, title);
  return { name, start: p, end: p + name.length, title, country, dest, confidence: strength === 'strong' ? 0.85 : 0.6 };
}

function officeCountry(T: Titles, title: string): string | undefined {
  for (const [re, code] of T.national) if (re.test(title)) return code;
  return undefined;
}

/** A Chinese name at p: a family name with one or two characters, or a transliteration. */
export function readHanName(text: string, p: number, T: Titles, foreignFirst: boolean): string | null {
  const stops = T.lex.nameStops ?? [];
  const surnames = T.lex.surnames ?? '';
  const foreign = T.lex.foreignChars ?? '';
  const boundary = (q: number) => q >= text.length || !HAN.test(text[q]) || stops.some((w) => text.startsWith(w, q));
  if (!HAN.test(text[p] ?? '') || boundary(p)) return null;
  let q = p;
  while (q < text.length && q - p < 12 && foreign.includes(text[q]) && !(q > p + 1 && boundary(q) && text[q] !== '·')) q++;
  const fore = q - p >= 2 && boundary(q) && !'·-'.includes(text[q - 1]) ? text.slice(p, q) : null;
  let native: string | null = null;
  if (surnames.includes(text[p]) && !boundary(p + 1)) native = text.slice(p, boundary(p + 2) ? p + 2 : p + 3);
  if (fore && (foreignFirst || !native || fore.includes('·') || (fore.length > 3 && fore.length > native.length))) return fore;
  return native;
}

function arabicAnchor(ix: TokenIndex, T: Titles, hs: number, he: number, strength: string, headStart: number): Found | null {
  const { tokens } = ix;
  const fold = (k: number) => foldArabic(tokens[k].text);
  let k = he;
  let country: string | null | undefined;
  const dest: string[] = [];
  let governed = false;
  let prevWord = '';
  // After the head: the state's adjective or name, modifiers, the ministry, courtesy words.
  for (let guard = 0; guard < 5 && k < tokens.length && tokens[k].gap === 'space'; guard++) {
    const c = countryAt(ix, k);
    if (c >= 0) {
      const code = ix.countries[c].code;
      if (prevWord === 'لدي') dest.push(code);
      else if (country === undefined) country = code;
      governed = true;
      while (countryAt(ix, k) === c) k++;
      continue;
    }
    if (ix.org[k] >= 0) {
      const o = ix.org[k];
      if (country === undefined && prevWord !== 'لدي') country = ix.orgCode[o];
      governed = true;
      while (ix.org[k] === o) k++;
      continue;
    }
    const w = fold(k);
    const h = T.honorifics.matchAt(tokens, k);
    if (h) {
      k = h.tokenEnd;
      continue;
    }
    if (T.modifiers.has(w) || T.government.has(w) || w === 'لدي') {
      if (T.government.has(w)) governed = true;
      prevWord = w;
      k++;
      continue;
    }
    break;
  }
  if (strength === 'weak' && !governed) return null;
  const name = readArabicName(ix, T, k);
  if (!name) return null;
  const title = tokensText(tokens, hs, name.from, headStart);
  return { name: name.text, start: tokens[name.from].start, end: tokens[name.to - 1].end, title, country, dest, confidence: strength === 'strong' ? 0.85 : 0.6 };
}

function tokensText(tokens: Token[], from: number, to: number, start: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(' ').slice(start - tokens[from].start).trim();
}

/** Two to four Arabic words from token k, ending after a family name with the article or before a function word. */
function readArabicName(ix: TokenIndex, T: Titles, k: number): { from: number; to: number; text: string } | null {
  const { tokens } = ix;
  const stops = new Set((T.lex.nameStops ?? []).map(foldArabic));
  const parts: string[] = [];
  let j = k;
  for (; j < tokens.length && parts.length < 4; j++) {
    const t = tokens[j];
    if (!t.isWord || t.gap !== 'space' || !ARABIC_WORD.test(t.text)) break;
    const f = foldArabic(t.text);
    if (stops.has(f) || (f.startsWith('و') && stops.has(f.slice(1)))) break;
    if (ix.country[j] >= 0 || ix.org[j] >= 0 || T.heads.matchAt(tokens, j) || T.modifiers.has(f) || T.government.has(f)) break;
    const bound = parts.length > 0 && BINDERS.has(foldArabic(parts[parts.length - 1]));
    if (parts.length === 0 && f.startsWith('ال')) return null;
    // A third word that looks like a verb ("يزور", "تعلن") ends the name.
    if (parts.length >= 2 && !bound && /^[يتن]/.test(f) && f.length >= 4) break;
    parts.push(t.text);
    if (parts.length >= 2 && f.startsWith('ال') && !bound) {
      j++;
      break;
    }
  }
  while (parts.length && BINDERS.has(foldArabic(parts[parts.length - 1]))) {
    parts.pop();
    j--;
  }
  if (!parts.length) return null;
  // One word is a name only where something clearly ends it ("الرئيس ترامب،").
  if (parts.length === 1) {
    const next = tokens[j];
    if (next && next.isWord && next.gap === 'space' && !stops.has(foldArabic(next.text))) return null;
  }
  return { from: k, to: j, text: parts.join(' ') };
}

/** One entity per name, with every occurrence of it; the state from the titles, else the article's. */
function group(text: string, found: Found[], countries: CountryMention[]): OfficialEntity[] {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const byName = new Map<string, Found[]>();
  for (const f of found) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const out: OfficialEntity[] = [];
  for (const [name, fs] of byName) {
    const said = fs.map((f) => f.country).find((c) => c !== undefined);
    const dest = new Set(fs.flatMap((f) => f.dest));
    let country: string | null = said ?? null;
    if (said === undefined) {
      const best = [...counts].filter(([c]) => !dest.has(c)).sort((a, b) => b[1] - a[1])[0];
      country = best?.[0] ?? null;
    }
    const mentions: { start: number; end: number }[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length });
    const titles = [...new Set(fs.map((f) => f.title))].sort((a, b) => b.length - a.length);
    const confidence = Math.max(...fs.map((f) => f.confidence)) * (said === undefined ? 0.9 : 1);
    out.push({ type: 'official', key: slug(name) || `official-${out.length + 1}`, name, aliases: [], titles, country, mentions, confidence: Math.round(confidence * 100) / 100 });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
