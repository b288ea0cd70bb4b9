// Named officials in plain text: anchors (a name beside an office title, anchors.ts) grouped into
// one entity per person with every later short form (coreference.ts), and the state each one
// serves: from the title ("Albanian Ambassador", "of the CPC", "China's"), else from the article.
import { datelineCountry } from './dateline';
import type { CountryMention } from './countries';
import type { Token } from './matcher';
import type { Mention, OfficialEntity } from '../types';
import { firstWhere } from '../bisect';
import { findAnchors, headlineTrimmer, indexTokens, type Anchor } from './anchors';
import { nameScan } from './name-scan';
import { headAt, possessorOf } from './titles';
import { groupPersons, type NameOccurrence } from './coreference';
import { slug } from './names';
import { titlesFor } from './title-registry';
import { findUnspacedOfficials } from './officials-unspaced';

const clean = (s: string) => s.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();

/** Officials in the text; `countries` are the country mentions found in the same text. */
export function findOfficials(text: string, countries: CountryMention[], lang?: string, tokens?: Token[]): OfficialEntity[] {
  const T = titlesFor(lang);
  if (T.lex.script) return findUnspacedOfficials(text, countries, T.lex.lang, T, tokens);
  const ix = indexTokens(text, countries, lang, tokens);
  const trim = headlineTrimmer(text, ix);
  const names = nameScan(ix, trim);
  const anchors = findAnchors(ix, names, trim);
  // The names an official's persons may include: the officials' own, and any sharing a word with them.
  for (const a of anchors) names.get(a.name.tokenEnd);
  names.readLinked(anchors.map((a) => a.name));
  const spans = names.spans();

  // Name occurrences: every name read, with the anchors' own spans taking precedence.
  const anchorsAt = new Map<number, number[]>();
  anchors.forEach((a, k) => anchorsAt.set(a.name.start, [...(anchorsAt.get(a.name.start) ?? []), k]));
  const occ: NameOccurrence[] = [];
  const scannedAt = new Map(spans.map((s) => [s.start, s]));
  const taken: Mention[] = [];
  for (const [, ids] of anchorsAt) {
    const a = anchors[ids[0]];
    const scanned = scannedAt.get(a.name.start);
    occ.push({ start: scanned?.honorificStart ?? a.name.start, end: a.name.end, nameStart: a.name.start, nameEnd: a.name.end, parts: a.name.parts, anchor: ids[0] });
    taken.push({ start: a.name.start, end: a.name.end });
  }
  taken.sort((a, b) => a.start - b.start);
  // Spans and anchors are both sorted: one merge pass drops scanned spans an anchor replaces.
  let t = 0;
  for (const s of spans) {
    while (t < taken.length && taken[t].end <= s.start) t++;
    if (t < taken.length && taken[t].start < s.end) continue;
    occ.push({ start: s.honorificStart, end: s.end, nameStart: s.start, nameEnd: s.end, parts: s.parts });
  }
  occ.sort((a, b) => a.start - b.start);
  const { persons } = groupPersons(occ);

  // The article's own country: mentions, with officials whose title names their state weighing more.
  const prior = new Map<string, number>();
  const bump = (c: string, n: number) => prior.set(c, (prior.get(c) ?? 0) + n);
  for (const c of countries) bump(c.code, 0.5);
  for (const a of anchors) if (typeof a.title.country === 'string') bump(a.title.country, 3);
  for (const code of ix.orgCode) if (code) bump(code, 2);
  const home = datelineCountry(text, countries);
  if (home) bump(home, DATELINE_WEIGHT);

  // One president, prime minister or king per state: a state whose holder is named is not the
  // state of another holder of the same office.
  const held = new Map<string, Set<string>>();
  // Asked for every anchor and candidate: each distinct head is normalised once.
  const holderOf = new Map<string, string | null>();
  // "former Prime Minister", "Deputy Prime Minister": neither holds the office one person holds.
  const holds = (a: Anchor) => !ix.tokens.slice(a.title.tokenStart, a.title.headStart).some((t) => ix.T.notHolder.has(t.text.toLowerCase()));
  const singleHolder = (head: string) => {
    let v = holderOf.get(head);
    if (v === undefined) {
      let h = head.toLowerCase().replace(/\s+/g, ' ').replace(/ ?- ?elect$/, '');
      h = ix.T.lex.sameOffice?.[h] ?? h;
      holderOf.set(head, (v = ix.T.singleHolder.has(h) ? h : null));
    }
    return v;
  };
  for (const a of anchors) {
    const head = holds(a) ? singleHolder(a.title.headText) : null;
    if (head && typeof a.title.country === 'string') held.set(head, new Set([...(held.get(head) ?? []), a.title.country]));
  }

  // The distinct countries of the sentence around an anchor, outside every title: another official's
  // ("met Ukrainian President Volodymyr Zelensky") tells that official's state, not this one's.
  const titled = new Set<number>();
  for (const a of anchors) for (let k = a.title.tokenStart; k < a.title.tokenEnd; k++) if (ix.country[k] >= 0) titled.add(ix.countries[ix.country[k]].start);
  // So does one before an office nobody in the text is named to ("hosted by the Saudi crown prince").
  for (let k = 0; k < ix.tokens.length; k++) if (ix.country[k] >= 0 && ix.country[k + 1] !== ix.country[k] && headAt(ix.tokens, k + 1, ix.T)) titled.add(ix.countries[ix.country[k]].start);
  const inTitle = (c: CountryMention) => titled.has(c.start);
  // The country mentions of the sentence around a span; they are sorted, so found by halving.
  const sentenceCountries = (at: { start: number; end: number }): CountryMention[] => {
    const from = sentenceStart(text, at.start, ix.T.lex.ordinalDots);
    const to = sentenceEnd(text, at.end, ix.T.lex.ordinalDots);
    const cs = ix.countries as CountryMention[];
    const lo = firstWhere(cs.length, (i) => cs[i].start > from);
    let hi = lo;
    while (hi < cs.length && cs[hi].end <= to) hi++;
    return cs.slice(lo, hi);
  };
  const near = (a: Anchor): Set<string> => new Set(sentenceCountries(a.name).filter((c) => !inTitle(c)).map((c) => c.code));

  // The countries of the sentences where a person is named without an office ("Netanyahu has said Israel...").
  const echoes = (at: { start: number; end: number }[]): Set<string> => new Set(at.flatMap((o) => sentenceCountries(o).map((c) => c.code)));

  // "ihres luxemburgischen Amtskollegen Jean Asselborn": the counterpart's state is not the state of
  // the other officials of that sentence.
  const counterpartOf = new Map<Anchor, string[]>();
  const counterparts = new Set(ix.T.lex.counterparts ?? []);
  for (const c of anchors) {
    if (!counterparts.has(c.title.headText.toLowerCase()) || typeof c.title.country !== 'string') continue;
    const s0 = sentenceStart(text, c.name.start, ix.T.lex.ordinalDots);
    const s1 = sentenceEnd(text, c.name.end, ix.T.lex.ordinalDots);
    for (const a of anchors) if (a !== c && a.name.start >= s0 && a.name.end <= s1) counterpartOf.set(a, [...(counterpartOf.get(a) ?? []), c.title.country]);
  }

  const entities: OfficialEntity[] = [];
  // Officials whose state is a guess, with the possessor in their title ("Trump's special envoy").
  const aides: [OfficialEntity, string][] = [];
  const keys = new Set<string>();
  for (const p of persons) {
    const ids = p.occurrences.flatMap((i) => (occ[i].anchor !== undefined ? anchorsAt.get(occ[i].nameStart) ?? [] : []));
    if (!ids.length) continue;
    const own = ids.map((k) => anchors[k]);
    const fullest = p.occurrences.reduce((best, i) => {
      const o = occ[i];
      const b = occ[best];
      return o.parts.length > b.parts.length || (o.parts.length === b.parts.length && o.nameEnd - o.nameStart > b.nameEnd - b.nameStart) ? i : best;
    });
    const name = clean(text.slice(occ[fullest].nameStart, occ[fullest].nameEnd));
    const bare = () => echoes(p.occurrences.filter((i) => occ[i].anchor === undefined).map((i) => occ[i]));
    const served = serviceCountry(own, prior, held, near, bare, (a) => (holds(a) ? singleHolder(a.title.headText) : null), own.flatMap((a) => counterpartOf.get(a) ?? []));
    // No evidence at all: the state the language's news is written from, if one dominates.
    const { country, sure } = served.country === null && !served.sure && ix.T.lex.homeCountry ? { country: ix.T.lex.homeCountry, sure: false } : served;
    const surfaces = new Set<string>();
    for (const i of p.occurrences) {
      const s = clean(text.slice(occ[i].start, occ[i].end));
      if (s !== name) surfaces.add(s);
    }
    let key = slug(name) || 'official';
    for (let n = 2; keys.has(key); n++) key = `${slug(name)}-${n}`;
    keys.add(key);
    const confidence = Math.max(...own.map((a) => a.confidence)) * (sure ? 1 : 0.9);
    entities.push({
      type: 'official',
      key,
      name,
      aliases: [...surfaces],
      titles: titlesOf(text, own, ix.tokens),
      country,
      mentions: p.occurrences.map((i) => ({ start: occ[i].start, end: occ[i].end })),
      confidence: Math.round(confidence * 100) / 100,
    });
    const possessor = sure ? null : own.map((a) => possessorOf(ix.tokens, a.title)).find(Boolean);
    if (possessor) aides.push([entities[entities.length - 1], possessor.toLowerCase()]);
  }
  // An aide serves the state of the official whose aide they are, when the article names that official.
  for (const [aide, who] of aides) {
    const boss = entities.find((o) => o !== aide && o.country && [o.name, ...o.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(who)));
    if (boss) aide.country = boss.country;
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Office phrases for a person, most specific first. */
function titlesOf(text: string, own: Anchor[], tokens: { start: number; end: number }[]): string[] {
  const seen = new Map<string, { t: string; strong: boolean }>();
  for (const a of own) {
    if (a.silent) continue;
    const t = clean(text.slice(tokens[a.title.tokenStart].start, tokens[a.title.tokenEnd - 1].end));
    const k = t.toLowerCase();
    if (!seen.has(k)) seen.set(k, { t, strong: a.title.strength === 'strong' });
  }
  return [...seen.values()].sort((a, b) => Number(b.strong) - Number(a.strong) || b.t.length - a.t.length).map((x) => x.t);
}

const SENTENCE_WEIGHT = 3;
/** Countries where the person is named again without an office weigh less than beside the office. */
const ECHO_WEIGHT = 2;
/** A "PLACE, Country —" dateline outweighs the states of the foreign officials quoted in the story. */
const DATELINE_WEIGHT = 8;

/** The state served: what the titles say, else the article's main country (never a destination). */
function serviceCountry(
  own: Anchor[], prior: Map<string, number>, held: Map<string, Set<string>>, near: (a: Anchor) => Set<string>,
  bare: () => Set<string>, singleHolder: (a: Anchor) => string | null, notStates: string[],
): { country: string | null; sure: boolean } {
  const votes = new Map<string, number>();
  for (const a of own) if (typeof a.title.country === 'string') votes.set(a.title.country, (votes.get(a.title.country) ?? 0) + 1);
  if (votes.size) return { country: [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0], sure: true };
  if (own.some((a) => a.title.country === null)) return { country: null, sure: true };
  const dest = new Set([...own.flatMap((a) => a.title.dest), ...notStates]);
  for (const a of own) for (const c of held.get(singleHolder(a) ?? '') ?? []) dest.add(c);
  // Countries named in the same sentences as the person weigh more than the article at large.
  const local = new Map(prior);
  for (const a of own) for (const c of near(a)) local.set(c, (local.get(c) ?? 0) + SENTENCE_WEIGHT);
  for (const c of bare()) local.set(c, (local.get(c) ?? 0) + ECHO_WEIGHT);
  let best: string | null = null;
  let score = 0;
  for (const [c, n] of local) if (!dest.has(c) && n > score) [best, score] = [c, n];
  return { country: best, sure: false };
}

/** Where the sentence around `at` starts; with ordinal dots (German "am 3. Juli") a number's dot is no end. */
function sentenceStart(text: string, at: number, ordinals = false): number {
  let best = text.lastIndexOf('\n', at);
  for (const p of ['. ', '? ', '! ']) {
    let i = text.lastIndexOf(p, at);
    while (ordinals && p === '. ' && i > 0 && /\d/.test(text[i - 1])) i = text.lastIndexOf(p, i - 1);
    best = Math.max(best, i);
  }
  return best;
}
function sentenceEnd(text: string, at: number, ordinals = false): number {
  const ends = ['\n', '. ', '? ', '! '].map((p) => {
    let i = text.indexOf(p, at);
    while (ordinals && p === '. ' && i > 0 && /\d/.test(text[i - 1])) i = text.indexOf(p, i + 1);
    return i;
  }).filter((x) => x >= 0);
  return ends.length ? Math.min(...ends) : text.length;
}
