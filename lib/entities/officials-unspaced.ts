// Officials in Chinese and Arabic text, where names carry no capitals: a name is read right after an
// office title by the shape of names in that script. Chinese: "国家主席习近平" (a family name and one
// or two characters) or "俄罗斯总统普京" (a transliteration, up to a word that ends it). Arabic:
// "الرئيس السوري بشار الأسد" (title, the state's adjective, then up to four words, ending after a
// family name with the article or before a function word). Vocabulary comes from the language's
// TitleLexicon; no lists of people.
import type { CountryMention } from './countries';
import type { Token } from './matcher';
import type { OfficialEntity } from '../types';
import { indexTokens, type TokenIndex } from './anchors';
import { foldArabic } from './arabic';
import { slug } from './names';
import type { Titles } from './title-registry';

interface Found {
  name: string;
  start: number;
  end: number;
  title: string;
  /** The state the title names: a code, null (international organisation) or undefined. */
  country: string | null | undefined;
  dest: string[];
  confidence: number;
}

/** A qualifier span: a country mention or an institution, with its state. */
interface Span {
  start: number;
  end: number;
  code: string | null;
}

const HAN = /\p{Script=Han}/u;
const ARABIC_WORD = /^[\p{Script=Arabic}\p{M}]+$/u;
/** Arabic name parts that bind to the next one ("بن سلمان", "عبد الله"). */
const BINDERS = new Set(['بن', 'ابن', 'ابو', 'عبد', 'بنت', 'ولد', 'ال']);
/** "بن سلمان": after a patronym, a word with the article is no longer part of the name ("عبد الفتاح السيسي" goes on). */
const PATRONYMS = new Set(['بن', 'ابن', 'بنت', 'ولد']);
/** Chinese states whose officials' names are Chinese, not transliterated. */
const HAN_STATES = new Set(['CN', 'TW', 'HK', 'MO', 'SG']);

export function findUnspacedOfficials(text: string, countries: CountryMention[], lang: string, T: Titles, textTokens?: Token[]): OfficialEntity[] {
  const ix = indexTokens(text, countries, lang, textTokens);
  const { tokens } = ix;
  // Institutions as spans, like the country mentions.
  const orgs: Span[] = [];
  tokens.forEach((t, i) => {
    const o = ix.org[i];
    if (o < 0) return;
    if (ix.org[i - 1] === o) orgs[orgs.length - 1].end = t.end;
    else orgs.push({ start: t.start, end: t.end, code: ix.orgCode[o] });
  });
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ix.credit[i] || ix.country[i] >= 0) continue;
    const m = T.heads.matchAt(tokens, i);
    if (!m) continue;
    const weak = m.value === 'weak';
    const spans = T.lex.script === 'han' ? [...ix.countries, ...orgs] : [];
    const f = T.lex.script === 'han' ? hanAnchor(text, T, m.start, m.end, weak, spans) ?? (weak ? null : hanNameBefore(text, T, m.start, m.end, spans)) : arabicAnchor(ix, T, m.tokenStart, m.tokenEnd, weak);
    if (f) found.push(f);
    i = m.tokenEnd - 1;
  }
  return group(text, found, countries);
}

function hanAnchor(text: string, T: Titles, hs: number, he: number, weak: boolean, spans: Span[]): Found | null {
  // Qualifiers before the head: the state, institutions, government words ("俄罗斯外交部发言人").
  let start = hs;
  let country: string | null | undefined;
  const dest: string[] = [];
  let governed = false;
  const words = [...T.government, ...T.modifiers].sort((a, b) => b.length - a.length);
  for (let guard = 0; guard < 6 && start > 0; guard++) {
    const s = spans.find((x) => x.end === start);
    const w = s ? '' : words.find((x) => text.endsWith(x, start));
    if (s) {
      // "驻华": the state the office is posted to, not the one it serves.
      if (text[s.start] === '驻' && s.code) dest.push(s.code);
      else if (country === undefined) country = s.code;
      start = s.start;
    } else if (w) start -= w.length;
    else break;
    governed ||= !!s || T.government.has(w!);
  }
  if (weak && !governed) return null;
  const name = readHanName(text, he, T, !!country && !HAN_STATES.has(country));
  if (!name) return null;
  const title = text.slice(start, he);
  if (country === undefined) country = T.national.find(([re]) => re.test(title))?.[1];
  return { name, start: he, end: he + name.length, title, country, dest, confidence: weak ? 0.6 : 0.85 };
}

/**
 * "王毅外长", "普京总统": a name written before a bare office, where no name follows it. A family name
 * with one or two characters (three when the third character back is a family name and the second
 * is not), or a transliteration; never part of a country or an institution.
 */
function hanNameBefore(text: string, T: Titles, hs: number, he: number, spans: Span[]): Found | null {
  const { nameStops = [], surnames = '', foreignChars = '', namedBefore = [] } = T.lex;
  if (!namedBefore.includes(text.slice(hs, he))) return null;
  const inSpan = (a: number) => spans.some((x) => x.start < hs && x.end > a);
  const clean = (a: number) => a >= 0 && !inSpan(a) && [...text.slice(a, hs)].every((c) => HAN.test(c)) && !nameStops.some((w) => text.slice(a, hs).includes(w));
  let start = -1;
  if (surnames.includes(text[hs - 3]) && !surnames.includes(text[hs - 2]) && clean(hs - 3)) start = hs - 3;
  else if (surnames.includes(text[hs - 2]) && clean(hs - 2)) start = hs - 2;
  let q = hs;
  while (q > 0 && hs - q < 8 && foreignChars.includes(text[q - 1])) q--;
  // A transliteration of at least two characters, after a character that is not one.
  if (hs - q >= 2 && clean(q) && (start < 0 || hs - q > hs - start)) start = q;
  if (start < 0) return null;
  const title = text.slice(hs, he);
  const country = T.national.find(([re]) => re.test(title))?.[1];
  return { name: text.slice(start, hs), start, end: hs, title, country, dest: [], confidence: 0.7 };
}

/** A Chinese name at p: a family name with one or two characters, or a transliteration. */
export function readHanName(text: string, p: number, T: Titles, foreignFirst: boolean): string | null {
  const { nameStops = [], surnames = '', foreignChars = '' } = T.lex;
  const boundary = (q: number) => q >= text.length || !HAN.test(text[q]) || nameStops.some((w) => text.startsWith(w, q));
  if (boundary(p)) return null;
  let q = p;
  while (q - p < 12 && foreignChars.includes(text[q] ?? '\0') && !(q > p + 1 && text[q] !== '·' && boundary(q))) q++;
  const fore = q - p >= 2 && boundary(q) && !'·-'.includes(text[q - 1]) ? text.slice(p, q) : null;
  const native = surnames.includes(text[p]) && !boundary(p + 1) ? text.slice(p, boundary(p + 2) ? p + 2 : p + 3) : null;
  if (fore && (foreignFirst || !native || fore.includes('·') || fore.length > Math.max(3, native.length))) return fore;
  return native;
}

function arabicAnchor(ix: TokenIndex, T: Titles, hs: number, he: number, weak: boolean): Found | null {
  const { tokens } = ix;
  let k = he;
  let country: string | null | undefined;
  const dest: string[] = [];
  let governed = false;
  let posted = false;
  // After the head: the state's adjective or name, modifiers, the ministry, courtesy words.
  for (let guard = 0; guard < 5 && tokens[k]?.gap === 'space'; guard++) {
    const c = ix.country[k];
    const o = ix.org[k];
    if (c >= 0 || o >= 0) {
      const code = c >= 0 ? ix.countries[c].code : ix.orgCode[o];
      // "سفير ... لدى الأمم المتحدة": where the office is posted.
      if (posted) code && dest.push(code);
      else if (country === undefined) country = code;
      governed = true;
      while (c >= 0 ? ix.country[k] === c : ix.org[k] === o) k++;
      continue;
    }
    // "العاهل الأردني الملك عبد الله الثاني": a second office or a courtesy word before the name.
    const h = T.honorifics.matchAt(tokens, k) ?? (k > he ? T.heads.matchAt(tokens, k) : null);
    const w = foldArabic(tokens[k].text);
    if (h) k = h.tokenEnd;
    else if (T.modifiers.has(w) || T.government.has(w) || w === 'لدي') {
      governed ||= T.government.has(w);
      posted = w === 'لدي';
      k++;
    } else break;
  }
  if (weak && !governed) return null;
  const end = readArabicName(ix, T, k);
  if (end <= k) return null;
  const part = (a: number, b: number) => tokens.slice(a, b).map((t) => t.text).join(' ');
  return { name: part(k, end), start: tokens[k].start, end: tokens[end - 1].end, title: part(hs, k), country, dest, confidence: weak ? 0.6 : 0.85 };
}

/** The end token of an Arabic name starting at token k (k itself when there is none). */
function readArabicName(ix: TokenIndex, T: Titles, k: number): number {
  const { tokens } = ix;
  const stops = new Set((T.lex.nameStops ?? []).map(foldArabic));
  const isStop = (f: string) => stops.has(f) || (f[0] === 'و' && stops.has(f.slice(1)));
  let j = k;
  let bound: false | 'patronym' | 'compound' = false;
  let object = false;
  for (; j < tokens.length && j - k < 4; j++) {
    const t = tokens[j];
    const f = foldArabic(t.text);
    if (t.gap !== 'space' || !ARABIC_WORD.test(t.text) || isStop(f)) break;
    if (ix.country[j] >= 0 || ix.org[j] >= 0 || T.heads.matchAt(tokens, j) || T.modifiers.has(f) || T.government.has(f)) break;
    // A first name never has the article; a third word that looks like a verb ("يزور") ends the name.
    if (j === k && f.startsWith('ال')) return k;
    if (j - k >= 2 && !bound && /^[يتن]/.test(f) && f.length >= 4) break;
    // "بشار الأسد": a family name with the article ends the name; after "بن سلمان" a word with the
    // article is no longer part of it.
    if (j > k && !bound && f.startsWith('ال')) return object ? j : j + 1;
    object = bound === 'patronym';
    bound = BINDERS.has(f) ? (PATRONYMS.has(f) ? 'patronym' : 'compound') : false;
  }
  while (j > k && BINDERS.has(foldArabic(tokens[j - 1].text))) j--;
  // One word is a name only where something clearly ends it ("الرئيس ترامب،").
  const next = tokens[j];
  if (j - k === 1 && next?.isWord && next.gap === 'space' && !isStop(foldArabic(next.text))) return k;
  return j;
}

/** One entity per name, with every occurrence of it; the state from the titles, else the article's. */
function group(text: string, found: Found[], countries: CountryMention[]): OfficialEntity[] {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const byName = new Map<string, Found[]>();
  for (const f of found) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  return [...byName].map(([name, fs]) => {
    const said = fs.find((f) => f.country !== undefined)?.country;
    const dest = new Set(fs.flatMap((f) => f.dest));
    const country = said !== undefined ? said : [...counts].filter(([c]) => !dest.has(c)).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const mentions: { start: number; end: number }[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length });
    // Written with other spaces than the name's words are joined with: the anchors themselves.
    if (!mentions.length) mentions.push(...fs.map(({ start, end }) => ({ start, end })));
    const confidence = Math.max(...fs.map((f) => f.confidence)) * (said === undefined ? 0.9 : 1);
    return {
      type: 'official' as const, key: slug(name) || name, name, aliases: [], titles: [...new Set(fs.map((f) => f.title))],
      country, mentions, confidence: Math.round(confidence * 100) / 100,
    };
  }).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
