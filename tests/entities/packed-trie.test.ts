import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCountryMatcher, findCountries, registerLexicon } from '../../lib/entities/countries';
import { LEXICONS } from '../../lib/entities/data/lexicons';
import { PACK_LANGS } from '../../lib/entities/language-pack';
import { PhraseMatcher, tokenize, type Match } from '../../lib/entities/matcher';
import { packMatcher, unpackMatcher, type PackedMatcher } from '../../lib/entities/packed-trie';
import { compileTitleMatchers } from '../../lib/entities/title-registry';
import { matchersFile, matchersModule } from '../../scripts/build-matchers';
import { corpusGold, sharedDir } from '../helpers/load-page';
import { arabicClitics, foldArabic, PARTICLES } from '../../lib/entities/arabic';

const roundTrip = <V>(m: PhraseMatcher<V>, opts = {}) => unpackMatcher<V>(JSON.parse(JSON.stringify(packMatcher(m))), opts);
const plain = (ms: Match<unknown>[]) => ms.map((m) => ({ ...m, value: JSON.stringify(m.value) }));
// Each matcher gets tokens of its own: its memos are per token list.
const sameScans = <V>(a: PhraseMatcher<V>, b: PhraseMatcher<V>, text: string) =>
  expect(plain(b.scan(text, tokenize(text)).matches)).toEqual(plain(a.scan(text, tokenize(text)).matches));

describe('packMatcher / unpackMatcher', () => {
  const entries = [
    { phrase: 'South Korea', value: 'KR', caseMode: 'upper' as const },
    { phrase: 'Korea', value: 'KR?', caseMode: 'upper' as const },
    { phrase: 'Guinea-Bissau', value: 'GW', caseMode: 'upper' as const },
    { phrase: 'U.S.', value: 'US', caseMode: 'exact' as const },
    { phrase: 'US', value: 'US', caseMode: 'exact' as const },
    { phrase: 'foreign minister', value: 'title', caseMode: 'fold' as const },
    // Two readings of one phrase in capitals: the first listed wins, packed or not.
    { phrase: 'Congo', value: 'CG', caseMode: 'upper' as const },
    { phrase: 'CONGO', value: 'CD', caseMode: 'exact' as const },
  ];
  const texts = [
    'South Korea and Guinea-Bissau met the U.S. Foreign Minister; Korea and the US too.',
    'SOUTH KOREA AND GUINEA-BISSAU: THE FOREIGN MINISTER OF CONGO',
    'Congo, CONGO, congo; the foreign MINISTER. Guinea - Bissau is not Guinea-Bissau.',
  ];

  it('gives the matcher it packed: the same matches, case by case', () => {
    const m = new PhraseMatcher(entries);
    for (const t of texts) sameScans(m, roundTrip(new PhraseMatcher(entries)), t);
  });

  it('packs an unpacked matcher back into the same pack, branches read or not', () => {
    const p = packMatcher(new PhraseMatcher(entries));
    const back = unpackMatcher<string>(JSON.parse(JSON.stringify(p)));
    back.find('South Korea');
    expect(packMatcher(back)).toEqual(p);
  });

  it('reads a branch only when a text has its first word, and leaves a malformed one empty', () => {
    const p = packMatcher(new PhraseMatcher(entries));
    const good = unpackMatcher<string>(p);
    const branch = () => good.trieRoots.fold.sp?.get('foreign');
    expect(typeof branch()?.pending).toBe('function');
    expect(branch()?.sp).toBeNull();
    expect(good.find('the Foreign Minister').map((x) => x.value)).toEqual(['title']);
    expect(branch()?.pending).toBeNull();
    expect(branch()?.sp?.has('minister')).toBe(true);
    // The branch of "foreign" in the folded trie: spoil the count of its spaced children.
    const at = p.fold.indexOf('foreign');
    p.fold[at + 3] = 'x';
    const m = unpackMatcher<string>(p);
    expect(m.find('the Foreign Minister').map((x) => x.value)).toEqual([]);
    expect(m.find('South Korea').map((x) => x.value)).toEqual(['KR']);
  });

  it('is JSON: a pack survives a runtime message', () => {
    const p = packMatcher(new PhraseMatcher(entries));
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('refuses a matcher whose capitals branch was already completed (its phrases would be lost)', () => {
    const m = new PhraseMatcher(entries);
    m.find('SOUTH KOREA');
    expect(() => packMatcher(m)).toThrow(/completed before packing/);
  });

  it.each<[string, (p: PackedMatcher) => unknown]>([
    ['a word where a count belongs', (p) => (p.exact[1] = 'x')],
    ['a value it does not have', (p) => (p.exact[0] = 99)],
    ['a trie cut short', (p) => p.exact.pop()],
    ['a trie too long', (p) => p.fold.push(0)],
    ['a capitals list of odd length', (p) => p.upper.push('X')],
    ['a waiting phrase without its value', (p) => ((p.upper[1] as unknown[])[0] = ['South Korea', 7])],
  ])('throws on a malformed pack: %s', (_, spoil) => {
    const p = packMatcher(new PhraseMatcher(entries));
    spoil(p);
    expect(() => unpackMatcher(p)).toThrow(/malformed|does not have/);
  });
});

// Page text of every corpus page (tags stripped), and the same in capitals for the capitals tries.
const pageTexts = corpusGold().map((g) => {
  const text = readFileSync(path.join(sharedDir, g.page), 'utf8').replace(/<(script|style)[^]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').slice(0, 40_000);
  return { lang: (g as { lang?: string }).lang ?? 'en', text };
});

describe.each(PACK_LANGS)('the %s matchers, packed and unpacked', (lang) => {
  const { countries, titles } = LEXICONS[lang];
  const arabic = lang === 'ar';
  const texts = pageTexts.filter((p) => p.lang === lang).map((p) => p.text);
  const all = [...texts, ...texts.map((t) => t.toUpperCase())].slice(0, 40);

  it('find what the compiled ones find on the corpus pages in that language (and in capitals)', () => {
    expect(texts.length).toBeGreaterThan(0);
    const opts = arabic ? { fold: foldArabic, clitics: arabicClitics(countries.clitics ?? []) } : {};
    const compiled = compileCountryMatcher(countries);
    const unpacked = roundTrip(compileCountryMatcher(countries), opts);
    for (const t of all) sameScans(compiled, unpacked, t);
    const heads = compileTitleMatchers(titles, LEXICONS.en.titles).heads;
    const headsBack = roundTrip(compileTitleMatchers(titles, LEXICONS.en.titles).heads, arabic ? { fold: foldArabic, clitics: arabicClitics(PARTICLES) } : {});
    for (const t of all) sameScans(heads, headsBack, t);
  });

  it(`are what ${path.basename(matchersFile(lang))} holds (else run npm run data)`, () => {
    expect(readFileSync(matchersFile(lang), 'utf8') === matchersModule(lang)).toBe(true);
  });
});

describe('a lexicon whose packed matcher is malformed', () => {
  it('is compiled from its phrases instead, with the same answers', () => {
    const text = 'The Albanian Ambassador met officials from South Korea and the UK.';
    const before = findCountries(text, { lang: 'en' });
    expect(before.map((c) => c.code)).toEqual(['AL', 'KR', 'GB']);
    registerLexicon(LEXICONS.en.countries, { values: [], exact: ['x'], fold: [], upper: [] });
    try {
      expect(findCountries(text, { lang: 'en' })).toEqual(before);
    } finally {
      registerLexicon(LEXICONS.en.countries, packMatcher(compileCountryMatcher(LEXICONS.en.countries)));
    }
  });
});
