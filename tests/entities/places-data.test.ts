// The places data (scripts/build-places.ts): fresh, one state per place, never a country's own
// form, the reviewed lists applied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../scripts/build-places';
import { LEXICON_EN } from '../../lib/entities/data/countries.en.generated';
import { PLACES_EN } from '../../lib/entities/data/places.en.generated';
import { expandForms } from '../../lib/entities/countries';

const dataDir = path.resolve(__dirname, '../../lib/entities/data');
const list = (f: string) =>
  readFileSync(path.join(dataDir, f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('|'));
const stateOf = new Map<string, string[]>();
for (const [code, names] of Object.entries(PLACES_EN)) for (const n of names) stateOf.set(n, [...(stateOf.get(n) ?? []), code]);

describe('places data', () => {
  it('is what the generator builds from the packages and lists (run npm run data)', () => {
    expect(readFileSync(path.join(dataDir, 'places.en.generated.ts'), 'utf8')).toBe(build());
  });

  it('gives every place one state', () => {
    for (const [place, codes] of stateOf) expect(codes, place).toHaveLength(1);
  });

  it('leaves country names, aliases and demonyms to the country data', () => {
    const forms = new Set([...Object.values(LEXICON_EN.forms).flatMap((k) => k.flatMap(expandForms)), ...LEXICON_EN.ambiguous.map((a) => a.form)]);
    for (const place of stateOf.keys()) expect(forms.has(place), place).toBe(false);
  });

  it.each([
    ['Kyiv', 'UA'], ['Kharkiv', 'UA'], ['Belgorod', 'RU'], ['Nizhny Novgorod', 'RU'], ['Tokyo', 'JP'], ['California', 'US'],
    ['Washington', 'US'], ['Beijing', 'CN'], ['Xinjiang', 'CN'], ['Quebec', 'CA'], ['Rivers State', 'NG'], ['Bavaria', 'DE'],
  ])('knows %s as %s', (place, code) => {
    expect(stateOf.get(place)).toEqual([code]);
  });

  it('takes every place of the reviewed list, and none of the excluded ones', () => {
    for (const [place, code] of list('places.en.txt')) expect(stateOf.get(place), place).toEqual([code]);
    for (const [place] of list('places-excluded.en.txt')) expect(stateOf.has(place), place).toBe(false);
  });

  it('drops a name two states share', () => {
    // Punjab is in India and in Pakistan; Victoria is an Australian state and the Seychelles' capital.
    for (const place of ['Punjab', 'Victoria']) expect(stateOf.has(place), place).toBe(false);
  });
});
