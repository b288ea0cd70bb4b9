// The words that are never part of a personal name (data/not-names.en.ts) are data like any other
// list: kept sorted and clean here, and carried by the English pack to every page.
import { describe, expect, it } from 'vitest';
import { NOT_NAMES_EN } from '../../lib/entities/data/not-names.en';
import { languagePack } from '../../lib/entities/data/packs';
import { isNameWord } from '../../lib/entities/names';

describe('NOT_NAMES_EN', () => {
  it('is sorted, without repeats', () => {
    expect([...new Set(NOT_NAMES_EN)].sort()).toEqual(NOT_NAMES_EN);
  });
  it('holds single capitalised words', () => {
    for (const w of NOT_NAMES_EN) expect(w, w).toMatch(/^\p{Lu}[\p{L}]*$/u);
  });
  it('has sentence openers, calendar words and institutions, and no given name', () => {
    expect(NOT_NAMES_EN).toEqual(expect.arrayContaining(['The', 'However', 'Thursday', 'January', 'Ministry', 'Embassy']));
    for (const given of ['John', 'Mohammed', 'Wang', 'Maria', 'Sergei']) expect(NOT_NAMES_EN).not.toContain(given);
  });
  it('travels in the English pack, and is what isNameWord refuses', async () => {
    expect((await languagePack('en'))?.notNames).toBe(NOT_NAMES_EN);
    expect(NOT_NAMES_EN.filter((w) => isNameWord(w))).toEqual([]);
    expect(isNameWord('Lavrov')).toBe(true);
  });
});
