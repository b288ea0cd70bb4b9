import { describe, expect, it } from 'vitest';
import { cardContent, flagEmoji } from '../../entrypoints/content/card-content';
import type { Entity } from '../../lib/types';

const names: Record<string, string> = { AL: 'Albania', CN: 'China', US: 'United States' };
const countryName = (c: string) => names[c] ?? c;
const mentions = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 3 }));
const official = (name: string, n: number, titles: string[], country: string | null): Entity => ({
  type: 'official', key: name.toLowerCase().replace(/ /g, '-'), name, mentions: mentions(n), confidence: 0.9, aliases: [], titles, country,
});
const country = (code: string, n: number): Entity => ({ type: 'country', key: code, code, name: names[code] ?? code, mentions: mentions(n), confidence: 0.9 });

describe('flagEmoji', () => {
  it.each([
    ['AL', '🇦🇱'],
    ['cn', '🇨🇳'],
    ['XK', '🇽🇰'],
    ['', ''],
    ['USA', ''],
    ['1A', ''],
  ])('%s → %s', (code, flag) => {
    expect(flagEmoji(code)).toBe(flag);
  });
});

describe('cardContent', () => {
  const selim = official('Selim Belortaja', 3, ['Ambassador'], 'AL');
  const wang = official('Wang Yi', 1, ['Foreign Minister'], 'CN');
  const li = official('Li Qiang', 4, [], 'CN');
  const guterres = official('António Guterres', 2, ['Secretary-General'], null);
  const all = [selim, wang, li, guterres, country('AL', 5), country('CN', 1), country('US', 2)];

  it('for an official: name, office, country and mentions', () => {
    const c = cardContent(selim, all, countryName);
    expect(c.title).toBe('Selim Belortaja');
    expect(c.rows).toEqual([
      { key: 'office', label: 'Office', value: 'Ambassador' },
      { key: 'country', label: 'Country', value: 'Albania' },
      { key: 'mentions', label: 'Mentions', value: '3 mentions in this article' },
    ]);
    expect(c.list).toBeNull();
    expect(c.summary).toBe('Selim Belortaja: Ambassador, Albania. 3 mentions in this article.');
  });

  it('says when the office or the country is not stated', () => {
    expect(cardContent(li, all, countryName).rows[0].value).toBe('Office not stated');
    expect(cardContent(guterres, all, countryName).rows[1].value).toBe('Not stated');
    expect(cardContent(wang, all, countryName).rows[2].value).toBe('1 mention in this article');
  });

  it('for a country: name, flag, mentions and its officials, most mentioned first', () => {
    const c = cardContent(all[5], all, countryName);
    expect(c.title).toBe('China');
    expect(c.flag).toBe('🇨🇳');
    expect(c.rows).toEqual([{ key: 'mentions', label: 'Mentions', value: '1 mention in this article' }]);
    expect(c.list?.items).toEqual(['Li Qiang', 'Wang Yi (Foreign Minister)']);
    expect(c.list?.label).toBe('Officials of China in this article');
  });

  it('a country without officials in the article has an empty list', () => {
    const c = cardContent(all[6], all, countryName);
    expect(c.list?.items).toEqual([]);
    expect(c.summary).toContain('No officials named');
  });
});
